# Conditions accept ints, floats and bools and use their truth value; `not` always gives a bool.
import math


def describe(n: int) -> None:
    if n:
        print(n, "is truthy")
    else:
        print(n, "is falsy")


describe(0)
describe(-3)
describe(1)
v = 0.5
while v:
    print("v", v)
    v = v - 0.25
print(not 0, not 5, not 0.0, not -0.0, not math.nan, not True, not False, not not 3)
print(bool(3) == True, bool(0.0) == False, (not 1) == False)
k = 3
while k:
    k -= 1
print(k)
print(1 if 0.0 else 2, 1 if -1 else 2, 1 if math.nan else 2, 1 if False else 2)
