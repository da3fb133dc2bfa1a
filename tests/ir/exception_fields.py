# A user exception class with a field and __str__: the module body registers
# it (field kinds "0", the slot-ABI __str__ wrapper the runtime calls when it
# is uncaught); construction keeps the positional args as passed, then runs
# __init__; the field lives after the exception's own (index 4 + i).
class Limit(ValueError):
    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.n = n

    def __str__(self) -> str:
        return "limit " + str(self.n)


e = Limit(3)
print(e.n, e)
