# `type(x) is C`: the class exactly, not a subclass (isinstance is the range).
class A:
    def __init__(self, x: int) -> None:
        self.x = x

class B(A):
    pass

def kind(a: A) -> str:
    if type(a) is A:
        return "exactly A"
    if type(a) is not B:
        return "neither"
    return "B"

xs: list[A] = [A(1), B(2)]
print([kind(x) for x in xs], type(xs[0]) is B, type(xs[1]) is A)
print([kind(x) for x in xs], type(xs[0]) is B, type(xs[1]) is A, type(xs[1]) is not A)
