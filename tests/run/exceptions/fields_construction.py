# Making exceptions with fields: keyword arguments and defaults (args keep
# only the positional ones), errors raised inside __init__, comprehensions,
# and exceptions held by instances of ordinary classes.


class Invalid(ValueError):
    def __init__(self, field: str, value: int, hint: str = "none") -> None:
        if value < -100:
            raise OverflowError(f"{field} far out of range")
        self.field = field
        self.value = value
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.field}={self.value} ({self.hint})"


class Report:
    def __init__(self, error: Invalid, seen: int) -> None:
        self.error = error
        self.seen = seen

    def line(self) -> str:
        return f"#{self.seen}: {self.error} / {self.error.field}"


a = Invalid("age", -1)
b = Invalid("age", -2, hint="must be positive")
c = Invalid(field="size", value=3)
d = Invalid("size", 4, "too big")
for e in [a, b, c, d]:
    print(e, repr(e), e.hint)

try:
    Invalid("depth", -500)
except OverflowError as o:
    print("init raised:", o)
except ValueError:
    print("wrong clause")

made = [Invalid("i", i) for i in range(3)]
print([str(m) for m in made], made)
reports = [Report(m, n) for n, m in enumerate(made)]
print([r.line() for r in reports])
keep = reports[1].error
reports.clear()
made.clear()
print(keep, keep.value)


def validate(values: list[int]) -> list[Invalid]:
    found: list[Invalid] = []
    for i, v in enumerate(values):
        try:
            if v < 0:
                raise Invalid(f"v{i}", v, "negative")
        except Invalid as err:
            found.append(err)
    return found


print([f"{x.field}:{x}" for x in validate([1, -2, 3, -4])])
raise Invalid("final", -9)
