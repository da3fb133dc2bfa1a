# math.log(x, 1) divides by log(1) == 0: ZeroDivisionError: float division by zero.
import math

print(math.log(8, 2))
print(math.log(8, 1))
