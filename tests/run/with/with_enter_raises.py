# An exception in __enter__ does not call __exit__; one in __exit__ replaces
# the body's exception.


class Bad:
    def __init__(self, fail_enter: bool) -> None:
        self.fail_enter = fail_enter

    def __enter__(self) -> "Bad":
        if self.fail_enter:
            raise RuntimeError("enter failed")
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool | None:
        print("exit called, exc:", exc)
        if not self.fail_enter:
            raise ValueError("exit failed")
        return None


class Quiet:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> str:
        return self.name

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        print("quiet exit", self.name, "saw", repr(exc))


try:
    with Bad(True):
        print("never")
except RuntimeError as e:
    print("caught", e)

try:
    with Bad(False):
        raise KeyError("body")
except ValueError as e:
    print("caught", e)



try:
    with Quiet("first") as q, Bad(True):
        print("never", q)
except RuntimeError as e:
    print("second item's __enter__ failed:", e)

with Bad(False):
    print("body runs, then exit raises uncaught")
