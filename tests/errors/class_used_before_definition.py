# A class that code running before its definition may use.


def make() -> "Late":
    return Late()


def run() -> None:
    print(make().n)


run()


class Late:  # error: a class used by code that may run before its definition is not supported yet
    def __init__(self) -> None:
        self.n = 1
