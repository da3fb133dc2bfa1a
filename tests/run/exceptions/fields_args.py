# What `args`, str() and repr() of user exceptions with an __init__ are, as
# CPython's BaseException.__new__/__init__ decide them. (`NoSuper.args` has
# two shapes, `(int, str)` and `Chained`'s `(int,)`, so only its repr shows it.)


class NoSuper(Exception):
    def __init__(self, a: int, b: str) -> None:
        self.a = a
        self.b = b


class TwoArgs(ValueError):
    def __init__(self, x: int) -> None:
        super().__init__("v", x)
        self.x = x


class Empty(Exception):
    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n


class Scaled(Exception):
    def __init__(self, factor: float, label: str = "none") -> None:
        super().__init__(label, factor)
        self.factor = factor


class KeyLike(KeyError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class Chained(NoSuper):
    def __init__(self, a: int) -> None:
        super().__init__(a, "chained")
        self.extra: int = a * 2


n = NoSuper(1, "q")
print(str(n), repr(n), n.a, n.b)
t = TwoArgs(3)
print(t.args, str(t), repr(t), t.x)
e = Empty(5)
print(e.args, "[" + str(e) + "]", repr(e), e.n)
s = Scaled(2.0)
print(s.args, str(s), repr(s), s.factor)
s2 = Scaled(-0.5, label="half")
print(s2.args, str(s2), repr(s2), s2.factor)
k = KeyLike("missing")
print(k.args, str(k), repr(k), k.key)
c = Chained(4)
print(c.args, str(c), repr(c), c.a, c.b, c.extra)

try:
    raise TwoArgs(-1)
except ValueError as err:
    print("as ValueError:", err, repr(err))

try:
    raise KeyLike("k")
except LookupError as err:
    print("as LookupError:", err)

try:
    raise KeyLike("k2")
except KeyLike as err:
    print("as KeyLike:", err, err.key, err.args)

try:
    raise Chained(0)
except NoSuper as err:
    print("as NoSuper:", err.a, err.b, err)
