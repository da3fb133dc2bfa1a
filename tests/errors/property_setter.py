class A:
    def __init__(self) -> None:
        self._x = 0

    @property
    def x(self) -> int:
        return self._x

    @x.setter
    def other(self, v: int) -> None:  # error: 'x.setter' must decorate a method named 'x' after its @property
        self._x = v

    @property
    def ro(self) -> int:
        return 1


a = A()
a.ro = 2  # error: property 'ro' of 'A' object has no setter
