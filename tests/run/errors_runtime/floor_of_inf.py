# math.floor of infinity: OverflowError: cannot convert float infinity to integer.
import math

print(math.floor(-2.5))
print(math.floor(math.inf))
