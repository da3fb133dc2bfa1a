# math.exp of a large argument: OverflowError: math range error.
import math

x = 700.0
print(math.exp(x))
x += 10.0
print(math.exp(x))
