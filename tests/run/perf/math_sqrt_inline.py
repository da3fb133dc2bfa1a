# math.sqrt is compiled inline (the square root instruction behind a check):
# signed zeros, infinities, NaN, subnormals, and the ValueError for every
# negative argument, -inf included, raised at the same place as CPython's.
import math

values = [4.0, 2.0, 0.0, -0.0, 5e-324, 1e308, math.inf, 0.25]
for v in values:
    print(v, math.sqrt(v), math.copysign(1.0, math.sqrt(v)))
print(math.isnan(math.sqrt(math.nan)))


def hyp(a: float, b: float) -> float:
    return math.sqrt(a * a + b * b)


print(hyp(3.0, 4.0), hyp(-3.0, -4.0))
for bad in [-1.0, -5e-324, -math.inf, -1e308]:
    try:
        print(math.sqrt(bad))
    except ValueError as e:
        print("ValueError:", e)
total = 0.0
for i in range(5):
    total += math.sqrt(float(i))
print(total)
print(math.sqrt(2.0 - float(len(values))))
