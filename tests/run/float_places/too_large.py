# expect-taipan-error: OverflowError: taipan: an int stored where a float is declared must stay within ±2**50
# An int kept in a float place is exact up to 2**50; past that taipan says so.


def double(x: float) -> float:
    return x * 2


print(double(3))
print(double(2 ** 49))
print(double(2 ** 50))
