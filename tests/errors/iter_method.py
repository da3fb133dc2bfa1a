# Rejected: __iter__ other than a builtin iterator over a field, `self` or a
# generator (tests/run/generators/iter_method.py), a
# wrong annotation, an overridden __iter__ iterated through the base class,
# an iterator class without __next__ or iterated outside a for statement.
from typing import Iterator


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class NoNext:
    def __iter__(self) -> "NoNext":
        return self


class Twice:
    def __init__(self) -> None:
        self.n = 0

    def __iter__(self) -> "Twice":  # error: __iter__ is supported only as 'return iter(self.field)'
        print("iter")
        return self


class Wrong:
    def __init__(self) -> None:
        self.names: list[str] = ["a"]

    def __iter__(self) -> Iterator[int]:  # error: __iter__ of 'Wrong' must be annotated '-> Iterator[str]' (from typing)
        return iter(self.names)


class Base:
    def __init__(self) -> None:
        self.a: list[int] = [1]
        self.b: list[int] = [2]

    def __iter__(self) -> Iterator[int]:
        return iter(self.a)


class Sub(Base):
    def __iter__(self) -> Iterator[int]:
        return iter(self.b)


for w in Wrong():
    print(w)
base: Base = Sub()
print(list(base))  # error: iterating a 'Base', whose subclasses override __iter__, is not supported yet
print(list(Sub()))
print(sum(Countdown(3)))  # error: iterating a 'Countdown' (an iterator class: __iter__ returns self) is supported only in a for statement yet
print([x for x in Countdown(3)])  # error: iterating a 'Countdown' (an iterator class: __iter__ returns self) is supported only in a for statement yet
for bad in NoNext():  # error: 'NoNext' returns itself from __iter__, so it needs a method __next__(self) returning the next element
    pass
