# math.isclose with a negative tolerance: ValueError: tolerances must be non-negative.
import math

print(math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isclose(1.0, 1.05, rel_tol=-0.1))
