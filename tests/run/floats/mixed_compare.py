# Int/float comparisons are exact, even where converting the int to float would round.
import math

big = 2 ** 53
print(big + 1 > float(big), big + 1 == float(big + 1), float(big + 1) < big + 1)
print(big == float(big), big + 2 == float(big + 2), big + 1 != 9007199254740992.0)
print(9223372036854775807 < 9.223372036854775807e18, 9223372036854775807 == 2.0 ** 63)
print(9223372036854775807 >= 2.0 ** 63, -9223372036854775807 - 1 == -(2.0 ** 63), -9223372036854775807 - 1 > -(2.0 ** 63))
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5, 0 == -0.0, 0 <= -0.0, 3 != 3.0000000000000004)
print(1 < math.inf, -9223372036854775807 - 1 > -math.inf, 9223372036854775807 < math.inf, 5 == math.inf)
print(1 < math.nan, 1 > math.nan, 1 == math.nan, 1 != math.nan, 1 <= math.nan, 1 >= math.nan)
print(math.nan < 1, math.nan == 1, math.nan != 1, 0.5 < 1 < 1.5, 1.5 < 2 < 1.75)

n = 0
hits = 0
while n < 70:
    p = 2 ** n if n < 63 else 9223372036854775807
    if float(p) == p:
        hits += 1
    n += 1
print(hits)
