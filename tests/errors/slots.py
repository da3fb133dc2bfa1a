class A:
    __slots__ = ("x", 1)  # error: __slots__ must be a tuple or list of str literals

    def __init__(self) -> None:
        self.x = 1
