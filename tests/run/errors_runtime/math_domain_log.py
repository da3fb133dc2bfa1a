# math.log(0.0): ValueError: math domain error.
from math import log

print(log(1.0))
print(log(0.0))
