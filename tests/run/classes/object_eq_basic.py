# The mypy-clean equality: `def __eq__(self, other: object) -> bool` with
# isinstance narrowing and `return NotImplemented`, used by ==, !=, `in`,
# list.index/count, dict keys and sets (with __hash__).


class V:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"V({self.x}, {self.y})"


class W:
    def __init__(self, x: int) -> None:
        self.x = x


class Named:
    def __init__(self, name: str) -> None:
        self.name = name

    # The `and` form: the right operand sees `other` narrowed.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Named) and self.name == other.name


class Pos:
    def __init__(self, x: int) -> None:
        self.x = x

    # The `or` form: past `not isinstance(...)`, `other` is a Pos.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pos) or other.x < 0:
            return False
        return other is self or self.x == other.x


a = V(1, 2)
b = V(1, 2)
c = V(2, 3)
w = W(1)
print(a == b, a == c, a != b, a != c, a == a, a != a)
# Unrelated classes: both decline (W has no __eq__), so identity decides.
print(a == w, w == a, a != w, w != a)
vs = [a, c]
print(b in vs, V(5, 5) in vs, V(5, 5) not in vs, w in [w])
print(vs.index(b), vs.index(V(2, 3)), [a, b, c, V(1, 2)].count(V(1, 2)))
empty: list[V] = []
print(V(0, 0) in empty)
try:
    print(vs.index(V(9, 9)))
except ValueError as e:
    print("ValueError", e)
d: dict[V, str] = {a: "a", c: "c"}
print(d[V(2, 3)], V(1, 2) in d, V(3, 2) in d)
d[V(1, 2)] = "again"
print(len(d), d[a], d)
s = {a, b, c, V(2, 3)}
print(len(s), V(2, 3) in s, V(-1, -1) in s)
s.discard(V(1, 2))
print(sorted([p.x for p in s]))
n1 = Named("x")
print(n1 == Named("x"), n1 == Named("y"), n1 != Named("y"), n1 == a, a == n1)
print([Named("a"), Named("b")].index(Named("b")))
p0 = Pos(0)
print(p0 == Pos(0), p0 == Pos(-1), Pos(-1) == Pos(-1), p0 == p0, p0 == a, p0 != Pos(1))
