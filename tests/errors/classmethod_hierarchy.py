# Rejected: a classmethod called through an instance whose class has
# subclasses (cls would be the run-time class), classmethods of an abstract
# class that instantiate it.
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


print(Impl.make(1).value(), Impl.twice(2).value(), Base.label())
x = Base.make(1)  # error: Can't instantiate abstract class Base with abstract method value
y = Base.twice(1)  # error: Can't instantiate abstract class Base with abstract method value
o: Other = OtherSub()
print(o.make())  # error: calling classmethod 'make' through an instance of 'Other', which has subclasses, is not supported yet
