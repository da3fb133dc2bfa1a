# Rejected: instantiating an abstract class (CPython's TypeError, at compile
# time), calls that would run an abstract placeholder body returning a value
# (CPython returns None), @abstractmethod outside an ABC, and a concrete
# method whose body is only `...` but promises a value.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def name(self) -> str:
        """Its name."""

    @staticmethod
    @abstractmethod
    def unit() -> str: ...


class Half(Shape):
    def area(self) -> float:
        return super().area() * 2.0  # error: this calls the abstract method 'Shape.area' itself

    @staticmethod
    def unit() -> str:
        return Shape.unit()  # error: this calls the abstract method 'Shape.unit' itself


class Full(Half):
    def name(self) -> str:
        return "full"


class Plain:
    @abstractmethod  # error: @abstractmethod in class 'Plain', which does not derive from abc.ABC, has no effect in CPython
    def f(self) -> int:
        return 1


class Proto:
    def size(self) -> int: ...  # error: missing return statement: 'size' is declared to return int but its body is only a placeholder


s = Shape()  # error: Can't instantiate abstract class Shape with abstract methods area, name, unit
h = Half()  # error: Can't instantiate abstract class Half with abstract method name
print(Full().name())
print(ABC)  # error: abc.ABC can only be used as a base class or a method decorator
