# Rejected: a classmethod called through an instance whose class has
# subclasses (cls would be the run-time class), classmethods of an abstract
# class that instantiate it, and an inherited classmethod that does not
# check for a subclass (each class gets its own copy, cls being that class).
from abc import ABC, abstractmethod


class Base(ABC):
    def __init__(self, n: int) -> None:
        self.n = n

    @classmethod
    def make(cls, n: int) -> "Base":
        return cls(n)

    @classmethod
    def twice(cls, n: int) -> "Base":
        return cls.make(2 * n)

    @classmethod
    def label(cls) -> str:
        return "base"

    @abstractmethod
    def value(self) -> int: ...


class Impl(Base):
    def value(self) -> int:
        return self.n


class Other:
    @classmethod
    def make(cls) -> "Other":
        return cls()


class OtherSub(Other):
    pass


class Point:
    def __init__(self, x: int) -> None:
        self.x = x

    @classmethod
    def origin(cls) -> "Point":
        return cls(0)  # error: Point3.__init__() missing 1 required positional argument: 'z'


class Point3(Point):
    def __init__(self, x: int, z: int) -> None:
        super().__init__(x)
        self.z = z


print(Impl.make(1).value(), Impl.twice(2).value(), Base.label())
x = Base.make(1)  # error: Can't instantiate abstract class Base with abstract method value
y = Base.twice(1)  # error: Can't instantiate abstract class Base with abstract method value
o: Other = OtherSub()
print(o.make())  # error: calling classmethod 'make' through an instance of 'Other', which has subclasses, is not supported yet
