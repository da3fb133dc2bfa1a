# A __str__ that raises while the uncaught exception is printed.


class Broken(Exception):
    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.n = n

    def __str__(self) -> str:
        if self.n > 0:
            raise ValueError("inner")
        return "fine"


b = Broken(0)
print(b)
raise Broken(1)
