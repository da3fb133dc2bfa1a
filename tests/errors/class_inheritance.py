# Rejected: overrides with another signature, multiple inheritance, a classmethod
# in a class with subclasses (`cls` could be either),
# unsupported special methods, printing containers of instances with __repr__.
class Base:
    def __init__(self) -> None:
        pass

    def size(self) -> int:
        return 0

    @classmethod
    def make(cls) -> int:  # error: classmethod 'make' in class 'Base', which has subclasses, is not supported yet
        return 1


class Child(Base):
    def size(self) -> float:  # error: Child.size overrides Base.size with a different signature
        return 1.5


class Mixed(Base, Child):  # error: multiple inheritance is not supported yet
    pass


class Shown:
    def __init__(self) -> None:
        pass

    def __repr__(self) -> str:
        return "Shown()"


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __hash__(self) -> int:  # error: special method '__hash__' is not supported yet
        return self.cents


print([Shown()])  # error: printing a list[Shown] is not supported yet

