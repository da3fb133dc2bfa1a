# Unions of user classes: told apart by class id (subclasses included), with
# methods and attributes of the common base callable without narrowing.
from typing import Union


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Leaf:
    def __init__(self, value: int) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"Leaf({self.value})"


class Node:
    def __init__(self, left: "Leaf | Node", right: "Leaf | Node") -> None:
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"Node({self.left!r}, {self.right!r})"


Tree = Union[Leaf, Node]


def total(t: Tree) -> int:
    if isinstance(t, Leaf):
        return t.value
    return total(t.left) + total(t.right)


def depth(t: Tree) -> int:
    if isinstance(t, Node):
        return 1 + max(depth(t.left), depth(t.right))
    return 0


def describe(v: Square | Circle | int) -> str:
    if isinstance(v, Shape):
        return f"{v.name} {v.area()}"
    return f"int {v}"


def squares_only(v: Shape | str) -> str:
    if isinstance(v, Square):
        return f"square of side {v.side}"
    elif isinstance(v, str):
        return "str " + v
    return f"another shape: {v.name}"


def exact(v: Shape | int) -> str:
    if type(v) is Shape:
        return "exactly Shape"
    if isinstance(v, int):
        return "int"
    return "a subclass: " + v.name


t: Tree = Node(Leaf(1), Node(Leaf(2), Leaf(3)))
print(t, total(t), depth(t), depth(Leaf(0)))
print(describe(Square(2.0)), describe(Circle(1.0)), describe(7))
print(squares_only(Square(3.0)), squares_only("q"), squares_only(Circle(2.0)), squares_only(Shape("blob")))
print(exact(Shape("s")), exact(Circle(1.0)), exact(3))

shapes: list[Square | Circle] = [Square(1.0), Circle(2.0), Square(0.5)]
print([s.area() for s in shapes], [s.name for s in shapes])
print(sum(s.area() for s in shapes))
forest: list[Tree] = [Leaf(5), t, Leaf(-1)]
print(forest, [total(x) for x in forest])
leaf = forest[0]
print(leaf == forest[0], leaf != forest[1], leaf is forest[0])
