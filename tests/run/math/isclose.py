# math.isclose with the default tolerance and with rel_tol and abs_tol keyword arguments.
import math

print(math.isclose(1.0, 1.0), math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0000001), math.isclose(1.0, 1.000000001))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(0.0, 0.0), math.isclose(-0.0, 0.0))
print(math.isclose(100.0, 101.0, rel_tol=0.01), math.isclose(100.0, 102.0, rel_tol=0.01), math.isclose(5, 6, abs_tol=1))
print(math.isclose(1.0, 1.1, rel_tol=0.05, abs_tol=0.2), math.isclose(1.0, 1.5, abs_tol=0.2, rel_tol=0.05))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1e308, math.inf))
print(math.isclose(2.0, 2.0 + 1e-10), math.isclose(3, 3), math.isclose(1e-300, 2e-300, rel_tol=0.0))
