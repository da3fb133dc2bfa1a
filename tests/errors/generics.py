# Rejected: generic calls whose type arguments cannot be inferred or would
# need two types at once, a generic function used as a value, a TypeVar
# defined inside a function, and an operation one instantiation does not
# support (reported at the generic's line, naming the instance).
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


def pick(a: T, b: T) -> T:
    return a


def plus(a: T, b: U) -> T:
    return a + b  # error: unsupported operand types for +: 'str' and 'int' (in plus[str, int])


def empty() -> list[T]:
    return []


def local_type_var() -> None:
    V = TypeVar("V")  # error: a TypeVar must be assigned to a name at the top level of the module


print(plus(1, 2), plus(1.5, 2))
print(plus("a", 1))
print(pick(1, "a"))  # error: type variable 'T' of generic function 'pick' would be both int and str in this call
print(empty())  # error: cannot infer the type argument 'T' of generic function 'empty' from this call
typed: list[str] = empty()
f = pick  # error: generic function 'pick' can only be called
