# Builtins and unbound methods as functions: key=len / abs / str.lower,
# map(len / str / int / str.strip, ...), and unbound methods stored in
# variables, lists and parameters.
from typing import Callable


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int) -> "Point":
        return Point(self.x + dx, self.y)


def apply_all(fs: list[Callable[[str], str]], s: str) -> list[str]:
    return [f(s) for f in fs]


words = ["banana", "Apple", "fig", "cherry", "date", ""]
print(sorted(words, key=len), sorted(words, key=str.lower))
print(max(words, key=len), min(words, key=len), sorted([-3, 1, -2, 0], key=abs))
print(list(map(len, words)), list(map(str, [1, -2, 3])), list(map(int, "4 -5 6".split())))
print(list(map(str.strip, [" a ", "b  ", ""])), sum(map(len, words)), " ".join(map(str, range(3))))
print(list(map(abs, [-1.5, 2.0])), list(map(float, ["1.5", "-0", "1e3"])), list(map(repr, ["x", "y"])))
no_words: list[str] = []
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(map(str.upper, no_words)))
words.sort(key=str.lower)
print(words)

# Stored unbound str methods.
up = str.upper
split = str.split
print(up("shout"), split("a b  c"), split(""))
cleaners: list[Callable[[str], str]] = [str.strip, str.lower, str.title, str.swapcase]
print(apply_all(cleaners, "  hEllo wOrld "))
join: Callable[[str, list[str]], str] = str.join
print(join(", ", ["x", "y"]), join("", []))
starts: Callable[[str, str], bool] = str.startswith
print(starts("prefix", "pre"), starts("prefix", "fix"))
lower = str.lower
print(sorted(["b", "C", "a"], key=lower))

# Unbound methods of a class.
pts = [Point(3, -4), Point(0, 0), Point(-1, 1)]
norm = Point.norm
print([norm(p) for p in pts], sorted(map(Point.norm, pts)), max(pts, key=Point.norm).x)
move: Callable[[Point, int], Point] = Point.moved
print(move(pts[0], 10).x, move(pts[1], -1).x)
