import math

import conv
from _support import compiled, expect_error, show

I64_MAX = 2**63 - 1
I64_MIN = -(2**63)

# int: negatives, the 64-bit extremes, bools (an int subclass).
for a, b in [(2, 3), (-7, 4), (0, 0), (I64_MAX, 0), (I64_MIN, 0), (I64_MAX, I64_MIN), (True, 1), (False, -1)]:
    show(conv.add, a, b)
# float: floats, ints (promoted), bools, special values.
for x in [1.5, -0.0, 3, -2, True, 1e308, math.inf, -math.inf, 2**50 - 1, -(2**50)]:
    show(conv.scale, x)
show(conv.scale, 1.5, 3)
show(conv.scale, math.nan, 1.0)
for w, h in [(3, 2), (3, 2.5), (1.5, 2), (-4, 3), (True, 5), (2**49, 1), (1e300, 2)]:
    show(conv.area, w, h)
show(conv.area, 7)
print(type(conv.area(3, 2)).__name__, type(conv.area(3, 2.0)).__name__)
show(conv.half, 7)
show(conv.half, -7)
show(conv.half, I64_MIN)
for flag in [True, False]:
    for other in [True, False]:
        show(conv.both, flag, other)
for x in [1.0, -1.0, 0.0, -0.0, 5, math.nan]:
    show(conv.is_positive, x)
show(conv.as_int, True)
show(conv.as_int, False)
show(conv.answer)
show(conv.nothing, 5)
# Defaults, from none to all arguments passed.
show(conv.mix, 1)
show(conv.mix, 1, 2.0)
show(conv.mix, 1, 2.0, False)
show(conv.mix, 1, 2.5, False, 10)
# Results are real Python objects of the right types.
print(type(conv.add(1, 2)).__name__, type(conv.scale(1)).__name__, type(conv.both(True, False)).__name__)
print(conv.nothing(1) is None, conv.both(True, False) is True)

if compiled(conv):
    # Wrong types name the function and the parameter.
    expect_error("TypeError: add() argument 'a' must be int, not str", conv.add, "1", 2)
    expect_error("TypeError: add() argument 'b' must be int, not float", conv.add, 1, 2.0)
    expect_error("TypeError: add() argument 'a' must be int, not None", conv.add, None, 2)
    expect_error("TypeError: add() argument 'b' must be int, not list", conv.add, 1, [])
    expect_error("TypeError: scale() argument 'x' must be float, not str", conv.scale, "1.5")
    expect_error("TypeError: scale() argument 'factor' must be float, not complex", conv.scale, 1.0, 1j)
    expect_error("TypeError: both() argument 'flag' must be bool, not int", conv.both, 1, True)
    expect_error("TypeError: both() argument 'other' must be bool, not None", conv.both, True, None)
    # Ints beyond 64 bits, and beyond the float range.
    expect_error("OverflowError: Python int too large to convert to C long", conv.add, I64_MAX + 1, 0)
    expect_error("OverflowError: Python int too large to convert to C long", conv.add, 0, I64_MIN - 1)
    # An int stays exact where a float is declared up to 2**50, and past
    # that taipan raises rather than round it (docs/language.md).
    too_large = "OverflowError: taipan: an int stored where a float is declared must stay within ±2**50"
    expect_error(too_large, conv.scale, 2**53 + 1)
    expect_error(too_large, conv.scale, 10**400)
    expect_error(too_large, conv.area, 2**50)
    # 64-bit results: taipan's documented deviation.
    expect_error("OverflowError: integer overflow: result does not fit in 64 bits", conv.add, I64_MAX, 1)
    # Arity.
    expect_error("TypeError: add() takes exactly 2 arguments (1 given)", conv.add, 1)
    expect_error("TypeError: add() takes exactly 2 arguments (3 given)", conv.add, 1, 2, 3)
    expect_error("TypeError: half() takes exactly one argument (0 given)", conv.half)
    expect_error("TypeError: answer() takes no arguments (1 given)", conv.answer, 1)
    expect_error("TypeError: mix() takes at least 1 argument (0 given)", conv.mix)
    expect_error("TypeError: mix() takes at most 4 arguments (5 given)", conv.mix, 1, 2, True, 4, 5)
    expect_error("TypeError: scale() takes at most 2 arguments (3 given)", conv.scale, 1, 2, 3)
    # A float subclass converts; an int subclass does too.
    class MyFloat(float):
        pass

    class MyInt(int):
        pass

    expect_error("TypeError: add() argument 'a' must be int, not MyFloat", conv.add, MyFloat(1.0), 1)
    assert conv.scale(MyFloat(1.25)) == 2.5
    assert conv.add(MyInt(40), 2) == 42
