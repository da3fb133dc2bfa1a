# Methods called through their class: Base.m(obj) runs Base's code whatever
# obj's class (no dispatch), str.m(s, ...) is s.m(...).
class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"shape {self.name}"

    def scaled(self, k: int) -> int:
        return k


class Square(Shape):
    def __init__(self, side: int) -> None:
        super().__init__("square")
        self.side = side

    def describe(self) -> str:
        return "a square, " + Shape.describe(self)

    def scaled(self, k: int) -> int:
        return self.side * k + Shape.scaled(self, k)


sq = Square(3)
print(sq.describe(), Shape.describe(sq), Square.describe(sq))
print(sq.scaled(2), Shape.scaled(sq, 2), Square.scaled(sq, k=5))
shapes: list[Shape] = [Shape("dot"), sq]
print([Shape.describe(s) for s in shapes], [s.describe() for s in shapes])

print(str.upper("abc"), str.join(", ", ["x", "y"]), str.split("a  b"), str.split("a-b", "-"))
print(str.strip("  pad  "), str.count("banana", "a"), str.replace("aaa", "a", "b", 2))
words = ["Kiwi", "apple"]
print(sorted(words, key=lambda w: str.lower(w)), str.startswith(words[0], "K"))
