# Rejected: dataclasses.asdict/astuple/replace where the result type would
# not be static, or where CPython raises at the call.
from dataclasses import asdict, astuple, dataclass, field, replace
from typing import NamedTuple


@dataclass
class Mixed:
    name: str
    count: int


@dataclass
class Shape:
    sides: int


@dataclass
class Square(Shape):
    size: int = 1


class Plain:
    def __init__(self) -> None:
        self.v = 1


@dataclass
class Holder:
    p: Plain


@dataclass
class Stamped:
    value: int
    stamp: int = field(default=0, init=False)


class Row(NamedTuple):
    a: int


@dataclass
class Tree:
    v: int
    kids: list["Tree"] = field(default_factory=list)


m = Mixed("a", 1)
print(asdict(m))  # error: asdict() of 'Mixed' needs fields that all convert to one type (here str and int)
print(astuple(m))
s: Shape = Square(4)
print(astuple(s))  # error: dataclasses.astuple() of a 'Shape', which has subclasses, is not supported yet
print(asdict(Holder(Plain())))  # error: dataclasses.asdict() of a field holding a 'Plain' is not supported yet
print(asdict(Plain()))  # error: asdict() should be called on dataclass instances
print(astuple(Row(1)))  # error: astuple() should be called on dataclass instances
st = Stamped(1)
print(replace(st, stamp=2))  # error: field stamp is declared with init=False, it cannot be specified with replace()
print(replace(st, valu=2))  # error: Stamped.__init__() got an unexpected keyword argument 'valu'
print(replace(st, 2))  # error: dataclasses.replace() takes one positional argument (the instance)
print(asdict(Tree(1)))  # error: dataclasses.asdict() of 'Tree', which contains itself, is not supported yet
f = asdict  # error: dataclasses.asdict as a value is not supported yet
