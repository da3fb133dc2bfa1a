# Rejected: a method call dispatched over overrides that would bind its arguments otherwise.
class A:
    def f(self, *, k: int = 1) -> int:
        return k


class B(A):
    def f(self, k: int = 2) -> int:
        return -k


class C:
    def g(self, x: int) -> int:
        return x


class D(C):
    def g(self, y: int) -> int:
        return -y


class E:
    def h(self, xs: list[int] = []) -> int:
        return len(xs)


class F(E):
    def h(self, xs: list[int] = [1]) -> int:
        return -len(xs)


def use(a: A, c: C, e: E) -> None:
    print(a.f())  # error: calling 'f' on a 'A' is not supported yet: its subclasses' f bind the arguments otherwise
    print(c.g(1))
    print(c.g(x=1))  # error: calling 'g' on a 'C' is not supported yet
    print(e.h())  # error: calling 'h' on a 'E' is not supported yet


use(B(), D(), F())
