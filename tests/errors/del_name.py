# Rejected: del of names taipan does not support.
g = 1
del g  # error: del of module-level names is not supported yet


def f() -> None:
    global g
    del g  # error: del of global 'g' is not supported


def h() -> None:
    del never  # error: local variable 'never' is deleted but never assigned


class A:
    def __init__(self) -> None:
        self.x = 1


a = A()
del a.x  # error: del of attributes and unpacked names is not supported yet
