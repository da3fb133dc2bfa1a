# Keyword-only parameters: after a bare `*` or after `*args`, with and
# without defaults, in module functions.


def connect(host: str, *, timeout: float = 1.0, retries: int = 3) -> str:
    return f"{host} timeout={timeout} retries={retries}"


def lookup(*, key: str) -> int:
    return len(key)


def join(*args: int, sep: str = " ") -> str:
    return sep.join([str(a) for a in args])


def scale(x: int, *rest: int, factor: int, offset: int = 0) -> list[int]:
    return [(v * factor) + offset for v in (x,) + rest]


def mixed(a: int, b: int = 2, *, c: int, d: int = 4) -> int:
    return a * 1000 + b * 100 + c * 10 + d


def countdown(n: int, *, step: int = 1, acc: list[int]) -> list[int]:
    if n <= 0:
        return acc
    acc.append(n)
    return countdown(n - step, step=step, acc=acc)


def order(tag: str, *, first: int, second: int) -> int:
    print(tag, first, second)
    return first - second


def noisy(label: str, value: int) -> int:
    print("eval", label)
    return value


print(connect("db"))
print(connect("db", timeout=2.5))
print(connect("db", retries=0, timeout=0.5))
print(connect(host="h", retries=-1))
print(lookup(key=""))
print(lookup(key="abc"))
print(join())
print(join(1, 2, 3))
print(join(1, 2, 3, sep="-"))
print(join(sep=", "))
print(scale(1, factor=3))
print(scale(1, 2, 3, factor=-2, offset=1))
print(scale(offset=5, x=2, factor=2))
print(mixed(1, c=3))
print(mixed(1, 9, c=3, d=0))
print(mixed(d=7, c=6, b=5, a=1))
print(countdown(5, acc=[]))
print(countdown(10, step=3, acc=[100]))
# Keyword arguments are evaluated in the order they are written.
print(order("o", second=noisy("second", 1), first=noisy("first", 10)))
print(order(first=noisy("a", 3), tag="t", second=noisy("b", 4)))
