# @property setters: plain and augmented assignment, validation that raises,
# overriding in a subclass, setters called from methods.


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._c = 0.0
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @property
    def fahrenheit(self) -> float:
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9


class Clamped(Temperature):
    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, value: float) -> None:
        print("clamping", value)
        self._c = max(-50.0, min(50.0, value))


t = Temperature(20.0)
t.celsius = 25.0
t.celsius += 5
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212.0
print(t.celsius)
temps: list[Temperature] = [Temperature(1.0), Clamped(100.0)]
for x in temps:
    x.celsius = 80.0
    print(type(x).__name__, x.celsius)
try:
    t.celsius = -300.0
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
t.celsius = -500.0
