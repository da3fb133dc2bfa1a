# int() of nan: ValueError: cannot convert float NaN to integer.
import math

print(int(2.5))
print(int(math.nan))
