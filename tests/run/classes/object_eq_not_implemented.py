# `return NotImplemented` from __eq__/__ne__(self, other: object): CPython
# tries the reflected method (the right operand's first when its class is a
# proper subclass of the left one's), then falls back to identity; a class
# without __ne__ inverts __eq__.


class A:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        print("A.__eq__", self.x)
        return isinstance(other, A) and self.x == other.x


class B:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        print("B.__eq__", self.x)
        if other is self:
            return True
        if isinstance(other, B):
            return self.x == other.x
        if isinstance(other, A):
            return self.x == other.x + 100
        return NotImplemented


class C:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        print("C.__eq__", self.x)
        if other is None:
            return False
        return NotImplemented


class D(C):
    def __eq__(self, other: object) -> bool:
        print("D.__eq__", self.x)
        if isinstance(other, D):
            return self.x == other.x
        return NotImplemented


class E(D):
    pass


class Plain:
    pass



class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        print("P.__eq__")
        if isinstance(other, P):
            return self.x == other.x
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        print("P.__ne__")
        if isinstance(other, P):
            return self.x != other.x
        return NotImplemented


class Q(P):
    def __ne__(self, other: object) -> bool:
        print("Q.__ne__")
        return NotImplemented


class R:
    def __eq__(self, other: object) -> bool:
        print("R.__eq__")
        return NotImplemented


a = A(1)
b = B(101)
c = C(1)
d = D(1)
p = Plain()
print(a == b)
print(b == a)
print(b == c)
print(c == b)
print(c == c)
print(c != c)
print(c == C(1))
print(c == d)
print(d == c)
print(d == D(1))
print(d != D(2))
print(d == E(1))
print(E(1) == d)
print(c == p)
print(p == c)
print(b == b)
print(c in [C(1), C(2)])
print(c in [c])
cs: list[C] = [C(1), D(1)]
cs.append(d)
print(cs.index(d))
print(cs.count(d))
# Through a base-class reference: the run-time classes decide.
x: C = D(5)
y: C = D(5)
print(x == y, x != y)

p1 = P(1)
q = Q(1)
r = R()
print(p1 != P(1), p1 != P(2))
print(p1 != q, q != p1)
print(q != q)
print(p1 != r, r != p1)
print(r != r, r == r)
r2 = R()
print(r != r2, r == r2)
print(r in [r2], r in [r2, r])
