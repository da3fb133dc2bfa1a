# An exception raised in __repr__ while a list of instances is printed
# propagates out of print(): nothing of the list is written.


class Meter:
    def __init__(self, value: float) -> None:
        self.value = value

    def __repr__(self) -> str:
        if self.value != self.value:
            raise ArithmeticError("meter reading is NaN")
        return f"{self.value} m"


readings = [Meter(1.5), Meter(float("nan"))]
print(readings[:1])
print("before")
print(readings)
print("not reached")
