# math.sqrt of a negative number: ValueError: math domain error.
import math

v = 4.0
while True:
    print(math.sqrt(v))
    v -= 1.5
