# Rejected: dataclass hierarchies CPython refuses when the class is created
# (field order, frozen mixing), and the ones taipan does not support yet.
from dataclasses import dataclass


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Pair:
    a: int
    b: int


@dataclass  # error: non-default argument 'b' follows default argument
class Reordered(Pair):
    a: int = 3


@dataclass
class MissingDefault(Base):
    z: str  # error: non-default argument 'z' follows default argument


@dataclass(frozen=True)  # error: cannot inherit frozen dataclass from a non-frozen one
class Frozen(Base):
    pass


@dataclass(frozen=True)
class Ice:
    t: float


@dataclass  # error: cannot inherit non-frozen dataclass from a frozen one
class Melted(Ice):
    pass


@dataclass
class Point3(Base):
    z: int = 0


class Holder:
    def __init__(self, v: int) -> None:
        self.v = v


@dataclass  # error: FromPlain.__init__ must call super().__init__(...)
class FromPlain(Holder):
    w: int


b: Base = Point3(1, 2, 3)
print(b.__eq__(Base(1)))  # error: calling __eq__(self, other: object) directly is not supported yet
