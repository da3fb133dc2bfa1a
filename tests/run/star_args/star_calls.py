# Star arguments: f(*t) with fixed tuples, print(*xs), and *args parameters.


def area(w: int, h: int) -> int:
    return w * h


def describe(name: str, x: float, y: float, tag: str = "pt") -> str:
    return f"{tag}:{name}({x}, {y})"


def total(*nums: int) -> int:
    s = 0
    for n in nums:
        s += n
    return s


def join_all(sep: str, *parts: str) -> str:
    print("got", len(parts), "parts:", parts)
    return sep.join(parts)


def first_or(default: float, *xs: float) -> float:
    if len(xs) == 0:
        return default
    return xs[0]


def trace(label: str) -> int:
    print("eval", label)
    return len(label)


size = (3, 4)
print(area(*size))
point = ("p", 1.5, -2.0)
print(describe(*point))
print(describe(*point, tag="q"))
print(describe("r", *(0.5, 0.25)))
print(total())
print(total(1, 2, 3, -4))
print(total(*(10, 20)))
print(join_all("-", "a", "b", "c"))
print(join_all("+"))
print(first_or(9.5), first_or(9.5, 1.25, 2.5))
print(total(trace("a"), *(trace("bb"), trace("ccc")), trace("dddd")))

xs = [1, 2, 3]
print(*xs)
print(*xs, sep=", ")
print("start", *xs, "end", sep="|", end="!\n")
empty: list[str] = []
print(*empty)
print("only", *empty)
words = ("alpha", "beta")
print(*words, sep="")
print(*words, *xs)
nested = [[1, 2], [], [3]]
print(*nested, sep=" / ")
floats: tuple[float, ...] = (1.0, 2.5, -0.0)
print(*floats)
opt: list[int | None] = [1, None, 3]
print(*opt)
print(*(1, "two", 3.0), sep=";")
