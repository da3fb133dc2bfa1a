# Static methods, properties, class constants, default arguments, methods
# returning new instances, recursion through methods.
import math


class Vec:
    ORIGIN_NAME = "origin"
    DIMS: int = 2
    EPS = 1e-9

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    @staticmethod
    def unit(angle: float) -> "Vec":
        return Vec(math.cos(angle), math.sin(angle))

    @staticmethod
    def dot(a: "Vec", b: "Vec") -> float:
        return a.x * b.x + a.y * b.y

    @property
    def length(self) -> float:
        return math.sqrt(Vec.dot(self, self))

    def scaled(self, k: float = 2.0) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def is_zero(self) -> bool:
        return self.length < Vec.EPS

    def text(self) -> str:
        if self.is_zero():
            return self.ORIGIN_NAME
        return f"({self.x:.3f}, {self.y:.3f})"


class Tree:
    def __init__(self, value: int, children: list["Tree"]) -> None:
        self.value = value
        self.children = children

    def total(self) -> int:
        t = self.value
        for c in self.children:
            t += c.total()
        return t

    def depth(self) -> int:
        best = 0
        for c in self.children:
            best = max(best, c.depth())
        return best + 1


def main() -> None:
    v = Vec(3, 4)
    print(v.length, v.scaled().length, v.scaled(0.5).text())
    print(Vec.unit(0.0).text(), Vec.dot(v, Vec.unit(math.pi / 2)))
    print(Vec(0, 0).text(), Vec.ORIGIN_NAME, v.DIMS, Vec.DIMS * 10)
    u = v.unit(math.pi)
    print(u.text(), u.is_zero())
    leaf = Tree(1, [])
    t = Tree(10, [leaf, Tree(5, [Tree(2, []), leaf]), Tree(-3, [])])
    print(t.total(), t.depth(), leaf.depth())


main()
