# float() of ints rounds to nearest-even; int() of floats truncates; math.floor/ceil/trunc give ints.
import math


def show(x: float) -> None:
    print(x, int(x), math.floor(x), math.ceil(x), math.trunc(x), round(x))


show(2.5)
show(-2.5)
show(0.9999999999999999)
show(-0.9999999999999999)
show(1e-300)
show(-1e-300)
show(4503599627370495.5)
show(-4503599627370494.5)
show(9.223372036854775e18)
show(-9.223372036854776e18)
print(float(9007199254740993), float(9007199254740995), float(-9007199254740993))
print(float(18014398509481983), float(9223372036854775807), float(4611686018427387903))
print(float(1), float(-1), float(12345678901234567))
print(float(2.5), int(7), int(-0.9), int(1.9999999999999998))
