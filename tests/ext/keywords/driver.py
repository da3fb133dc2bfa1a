import kw
from _support import compiled, expect_error, show

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

if compiled(kw):
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
