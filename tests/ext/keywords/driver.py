import kw
from _support import compiled, expect, expect_error, show

show(kw.add, 5, 2)
show(kw.add, a=5, b=2)
show(kw.add, b=2, a=5)
show(kw.add, 5, b=2)
show(kw.mix, 1)
show(kw.mix, 1, c=False)
show(kw.mix, a=1, name="n")
show(kw.mix, 1, 2.0, name="n", c=False)
show(kw.mix, name="n", c=False, b=3.5, a=4)
show(kw.three, "a", third="c", second="b")
show(kw.none)
# The errors of a Python function, compiled or not.
show(kw.add, 1, b=2, c=3)
show(kw.add, 1, a=2)
show(kw.add, b=2)
show(kw.add, c=1)
show(kw.three, second="b")
show(kw.three, "a", third="c")
show(kw.none, x=1)
show(kw.mix, b=1.0)
# A keyword argument is converted like a positional one.
show(kw.mix, 1, name="ünï")
show(lambda: kw.add(**{"a": 1, "b": 2}))
# Keyword-only and positional-only parameters, bound as a Python function's.
show(kw.connect, "db")
show(kw.connect, "db", retries=0)
show(kw.connect, host="h", timeout=2.5, retries=1)
show(kw.connect, "db", 2.0)
show(kw.connect, "db", 2.0, retries=1)
show(kw.connect, "db", port=1)
show(kw.lookup, key="abc")
show(kw.lookup)
show(kw.lookup, "abc")
show(kw.clamp, 42)
show(kw.clamp, -3, -5, hi=-4)
show(kw.clamp, 5, 6, 7)
show(kw.clamp, 5, 6, 7, 8)
show(kw.clamp, x=1)
show(kw.clamp, 1, lo=2)
show(kw.pair, 7, 2)
show(kw.pair, b=2, a=7)
show(kw.pair, 7)
show(kw.both, 1, 2, k="x")
show(kw.both, 1, b=2, k="x", t=True)
show(kw.both, 1, 2)
show(kw.both, 1, k="x")
show(kw.both, 1, 2, "x")
show(kw.both, a=1, b=2, k="x")
show(kw.both, 1, 2, k="x", z=0)
show(kw.both, 1, 2, k="x", b=3)

if compiled(kw):
    import inspect

    expect(str(inspect.signature(kw.connect)), "(host, *, timeout=1.0, retries=3)")
    expect(str(inspect.signature(kw.lookup)), "(*, key)")
    expect(str(inspect.signature(kw.clamp)), "(x, lo=0, /, hi=10)")
    expect(str(inspect.signature(kw.pair)), "(a, b, /)")
    expect(str(inspect.signature(kw.both)), "(a, /, b, *, k, t=False)")
    expect_error("TypeError: both() argument 'k' must be str, not int", kw.both, 1, 2, k=3)
    expect_error("TypeError: add() argument 'b' must be int, not str", kw.add, 1, b="2")
    expect_error("TypeError: mix() argument 'name' must be str, not int", kw.mix, 1, name=2)
    expect_error("TypeError: add() takes exactly 2 arguments (3 given)", kw.add, 1, 2, 3, b=1)
    # Many calls with keywords keep memory flat (the bound arguments are borrowed).
    import resource

    for _ in range(2000):
        kw.mix(1, name="abc")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(100000):
        kw.mix(1, name="abc")
        try:
            kw.mix(1, name=2)
        except TypeError:
            pass
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert after - before < 4096, (before, after)
