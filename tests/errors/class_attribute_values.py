# Class attributes holding objects: the type must be known (annotate an
# empty display), and the value may not name the class body's own names
# (CPython looks them up in the class namespace).


def lookup() -> list[int]:
    return [1]


class Table:
    rows = []  # error: cannot infer the type of class attribute 'rows': annotate it
    WIDTHS = [1, 2]
    TOTAL: list[int] = [sum(WIDTHS)]  # error: class attribute 'TOTAL' refers to 'WIDTHS' of the class body
    SOURCE: list[int] = lookup()
    NAMES: list[str] = [1]  # error: expected str, found int
    FIRST: "Table | None" = Table()  # error: name 'Table' is not defined (the class body runs before its name is bound)


class Base:
    KINDS = ["base"]


class Sub(Base):
    KINDS = ["sub"]


class Other:
    KINDS = ["base"]


class OtherSub(Other):
    KINDS = {"sub": 1}


def kinds(o: Other) -> list[str]:
    return o.KINDS  # error: class attribute 'KINDS' of 'Other' is redefined with another type in a subclass


def first_kinds(bs: list[Base]) -> list[str]:
    return bs[0].KINDS  # error: class attribute 'KINDS' is redefined by subclasses of 'Base': read it through a variable
