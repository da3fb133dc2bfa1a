import traceback

import raising
from _support import compiled, expect, expect_error, show

show(raising.div, 7, 2)
show(raising.div, -7, 2)
show(raising.div, 1, 0)
show(raising.mod, -7, 2)
show(raising.mod, 1, 0)
show(raising.fdiv, 1.0, 4.0)
show(raising.fdiv, 1.0, 0.0)
show(raising.fdiv, 1.0, -0.0)
show(raising.root, 2.0)
show(raising.root, -1.0)
show(raising.checked, 4)
show(raising.checked, -1)
show(raising.plain_assert, 3)
show(raising.outer, 5)
show(raising.outer, 0)
show(raising.depth, 500)
# The module keeps working after an exception.
show(raising.div, 9, 3)

# Exceptions are real instances of the builtin types, catchable by base class.
try:
    raising.div(1, 0)
except ArithmeticError as e:
    print("caught", type(e).__name__, e.args)
try:
    raising.checked(-5)
except AssertionError as e:
    print("caught", type(e).__name__, e.args)
try:
    raising.plain_assert(3)
except AssertionError as e:
    print("caught", type(e).__name__, e.args)

# Deep recursion raises RecursionError in both (the limits differ slightly).
try:
    raising.depth(100000)
except RecursionError:
    print("RecursionError")
show(raising.depth, 10)

if compiled(raising):
    # The compiled frames appear in the traceback, innermost last.
    try:
        raising.outer(0)
    except ZeroDivisionError as e:
        frames = [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]
        expect(frames[-2:], [("outer", 38), ("inner", 34)])
    expect_error("OverflowError: integer overflow: result does not fit in 64 bits", raising.square, 2**32)

# A user exception class reaches Python as its nearest built-in base, with
# the message its __str__ gives.
show(raising.limited, 3)
try:
    raising.limited(11)
except ValueError as e:
    print("caught ValueError:", e)
