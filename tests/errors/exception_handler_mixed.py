# A name bound by `except` clauses of unrelated classes reads, where the
# clause's narrowing is lost, as their common base.
class PortError(Exception):
    pass


def connect() -> None:
    raise PortError("closed", 3)


def retry() -> None:
    try:
        print(int("x"))
    except ValueError as e:
        print(e.args)
    try:
        connect()
    except PortError as e:
        for _ in range(2):
            # (The loop assigns `e`: its narrowing ends at the loop head.)
            print(e.args)  # error: 'Exception.args' cannot be typed statically
            again: PortError = e  # error: expected PortError, found Exception
            e = PortError("again", 4)  # error: expected ValueError, found PortError


retry()
