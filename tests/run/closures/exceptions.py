from typing import Callable


def checked_divider(d: int) -> Callable[[int], int]:
    def div(x: int) -> int:
        if d == 0:
            raise ValueError(f"cannot divide {x} by zero")
        return x // d
    return div


def run_all(fs: list[Callable[[int], int]], x: int) -> list[str]:
    out: list[str] = []
    for f in fs:
        try:
            out.append(str(f(x)))
        except ValueError as e:
            out.append("ValueError: " + str(e))
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
    return out


fs: list[Callable[[int], int]] = [checked_divider(2), checked_divider(0), lambda x: 10 // (x - 7), lambda x: [1, 2][x]]
print(run_all(fs[:3], 7))
try:
    print(run_all(fs, 7))
except IndexError as e:
    print("IndexError:", e)


def outer() -> int:
    def inner(k: int) -> int:
        return {"a": 1}[str(k)]
    return inner(3)


outer()
