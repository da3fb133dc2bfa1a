# round() of nan with one argument: ValueError: cannot convert float NaN to integer.
import math

print(round(2.5), round(math.nan, 2))
print(round(math.nan))
