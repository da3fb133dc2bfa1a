# Rejected: with statements taipan cannot compile faithfully.
from types import TracebackType


class NoExit:
    def __enter__(self) -> "NoExit":
        return self


class ReadsType:
    def __enter__(self) -> int:
        return 1

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        print(exc_type)  # error: reading __exit__'s parameter 'exc_type' is not supported yet

class NarrowExc:
    def __enter__(self) -> int:
        return 1

    def __exit__(self, exc_type: object, exc: Exception | None, tb: object) -> None:
        pass


class ReturnsInt:
    def __enter__(self) -> int:
        return 1

    def __exit__(self, exc_type: object, exc: object, tb: object) -> int:
        return 0


class Holder:
    def __init__(self) -> None:
        self.v = 0


x = 1
with x:  # error: 'int' object does not support the context manager protocol
    print(x)
with open("data.txt") as f:  # error: with open(...) is not supported: taipan programs have no file I/O
    pass
with NoExit():  # error: 'NoExit' object does not support the context manager protocol (missed __exit__ method)
    pass
with NarrowExc():  # error: NarrowExc.__exit__()'s exception parameter must be annotated 'BaseException | None'
    pass
with ReturnsInt():  # error: 'with' supports __exit__ returning bool, bool | None or None
    pass
h = Holder()
with ReadsType() as h.v:  # error: 'with ... as' targets other than a name are not supported yet
    pass
