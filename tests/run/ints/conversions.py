# int(), float() and bool() on ints and floats; int() truncates toward zero.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0), int(2.0))
print(int(1e18), int(-1e18), int(9.2e18), int(-9.223372036854775808e18))
print(int(7), int(-7), int(True), int(False))
print(float(7), float(-7), float(0), float(2 ** 53), float(2 ** 53 + 1), float(9223372036854775807))
print(float(-9223372036854775807 - 1), float(3.5), float(123456789012345678))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(1e-300))
print(int(float(12345)), float(int(12.75)))
