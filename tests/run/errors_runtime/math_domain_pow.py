# math.pow of a negative base and a fractional exponent: ValueError: math domain error (unlike **).
import math

print(math.pow(-8.0, 2.0))
print(math.pow(-8.0, 1.0 / 3.0))
