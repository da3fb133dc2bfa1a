from typing import Callable


def self_replacing() -> list[int]:
    out: list[int] = []

    def second() -> None:
        out.append(2)
    f: Callable[[], None] = second

    def first() -> None:
        nonlocal f
        out.append(1)
        f = second
    f = first
    f()
    f()
    f()
    return out


class Hook:
    def __init__(self) -> None:
        self.cb: Callable[[int], int] | None = None
        self.names: list[str] = []

    def fire(self, x: int) -> int:
        cb = self.cb
        if cb is None:
            return -1
        return cb(x)


def chain(fs: list[Callable[[str], str]]) -> Callable[[str], str]:
    def run(s: str) -> str:
        for f in fs:
            s = f(s)
        return s
    return run


h = Hook()
print(h.fire(3))
h.cb = lambda x: x * x
print(h.fire(3))
base = 10
h.cb = lambda x: x + base
base = 20
print(h.fire(3))
print(self_replacing())
steps: list[Callable[[str], str]] = [lambda s: s.strip(), lambda s: s.upper(), lambda s: s + "!"]
run = chain(steps)
print(run("  hi "))
steps.append(lambda s: s * 2)
print(run("x"), chain([])("same"))
flag = True
pick: Callable[[int], bool] = (lambda n: n > 0) if flag else (lambda n: n < 0)
print(pick(5), pick(-5))
