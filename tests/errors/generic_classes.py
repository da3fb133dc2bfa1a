# Rejected: a generic class whose type arguments nothing tells, the wrong
# number of type arguments, and a method one instantiation cannot run
# (reported at the method's line, naming the instance), a type variable in a
# method of a class that is not generic, and a generic class as a value.
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []


class Counter(Generic[T]):
    def __init__(self, start: T) -> None:
        self.value = start

    def bump(self) -> T:
        return self.value + 1  # error: unsupported operand types for +: 'str' and 'int' (in Counter[str].bump)


s = Stack()  # error: cannot infer the type arguments of generic class 'Stack' from this call


def size(t: Stack[int, str]) -> int:  # error: generic class 'Stack' expects 1 type argument, got 2
    return 0


print(Counter(1).bump())
print(Counter("a").value)


class Plain:
    def same(self, x: T) -> int:  # error: type variable 'T' can only be used in the signature (and body) of a top-level function or in a Generic[...] class
        return 0


print(Stack)  # error: generic class 'Stack' can only be called or given type arguments
