# @classmethod: called through the class and through an instance; `cls(...)`
# constructs the class, `cls.K` reads its constants, `cls.m()` calls its
# static methods and other classmethods.


class Temperature:
    SCALE = "C"

    def __init__(self, degrees: float) -> None:
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        return cls((f - 32.0) * 5.0 / 9.0)

    @classmethod
    def freezing(cls) -> "Temperature":
        return cls.from_fahrenheit(32.0)

    @classmethod
    def describe(cls, t: "Temperature", digits: int = 1) -> str:
        return f"{round(t.degrees, digits)} {cls.SCALE} ({cls.unit_name()})"

    @staticmethod
    def unit_name() -> str:
        return "celsius"

    def warmer(self, by: float) -> "Temperature":
        return self.from_fahrenheit(self.degrees * 9.0 / 5.0 + 32.0 + by * 9.0 / 5.0)


class Counter:
    def __init__(self, start: int) -> None:
        self.n = start

    @classmethod
    def many(cls, k: int) -> list["Counter"]:
        out: list[Counter] = []
        for i in range(k):
            out.append(cls(i * 10))
        return out


t = Temperature.from_fahrenheit(212.0)
print(t.degrees)
print(Temperature.describe(t))
print(Temperature.describe(t, digits=3))
print(Temperature.freezing().degrees)
print(t.describe(Temperature(-40.0)))          # through an instance
print(t.from_fahrenheit(-40.0).degrees)
print(t.warmer(10.0).degrees)
print([c.n for c in Counter.many(4)])
print(len(Counter.many(0)))
