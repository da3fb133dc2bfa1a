# with statements on user context managers: __exit__ on every way out.
from types import TracebackType
from typing import Optional, Type


class Tracker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.entered = 0

    def __enter__(self) -> "Tracker":
        self.entered += 1
        print("enter", self.name)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is None:
            print("exit", self.name, "normally")
        else:
            print("exit", self.name, "with", exc)


class Suppress:
    def __init__(self, suppress: bool) -> None:
        self.suppress = suppress

    def __enter__(self) -> int:
        return 42

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: object) -> bool:
        print("suppress exit:", exc is not None, self.suppress)
        return self.suppress


def plain() -> None:
    with Tracker("a") as t:
        print("body", t.name, t.entered)
    print("after")


def without_target() -> None:
    with Tracker("b"):
        print("body b")


def returns_inside(n: int) -> int:
    with Tracker("r"):
        if n > 0:
            return n * 2
        print("not returned")
    return -1


def loop_control() -> None:
    for i in range(4):
        with Tracker(f"loop{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            print("iteration", i)
    print("loop done")


def raising() -> None:
    with Tracker("x"):
        raise ValueError("boom")


def suppressed() -> str:
    with Suppress(True) as v:
        print("value", v)
        raise KeyError("k")
    return "continued after suppression"


def not_suppressed() -> None:
    try:
        with Suppress(False):
            raise IndexError("idx")
    except IndexError as e:
        print("caught", repr(e))


def nested() -> None:
    with Tracker("outer") as o, Tracker("inner") as i:
        print("both", o.name, i.name)
    with Tracker("o2"):
        with Tracker("i2"):
            print("nested body")


def exception_in_inner() -> None:
    try:
        with Tracker("o3"), Tracker("i3"):
            print(1 // 0)
    except ZeroDivisionError as e:
        print("after nested:", e)


plain()
without_target()
print(returns_inside(5), returns_inside(0))
loop_control()
try:
    raising()
except ValueError as e:
    print("propagated", e)
print(suppressed())
not_suppressed()
nested()
exception_in_inner()
with Tracker("module") as m:
    print("module body", m.entered)


def return_in_loop(names: list[str]) -> str:
    for name in names:
        with Tracker(name) as t:
            if name.startswith("x"):
                return "found " + t.name
    return "none"


def suppress_inner() -> None:
    with Tracker("outer4"):
        with Suppress(True):
            raise ValueError("hidden")
        print("after inner suppression")


def counter_in_with(n: int) -> int:
    total = 0
    with Tracker("count") as t:
        for i in range(n):
            total += i * t.entered
    return total


print(return_in_loop(["a", "xb", "c"]))
print(return_in_loop([]))
suppress_inner()
print(counter_in_with(5))
