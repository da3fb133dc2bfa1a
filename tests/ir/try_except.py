# A try body's blocks send errors to the dispatch block, which tests the
# clauses in order and re-raises when none matches; finally is inlined on the
# normal path and kept on the exceptional one.
def safe_div(a: int, b: int) -> int:
    try:
        return a // b
    except (ZeroDivisionError, OverflowError) as e:
        print(e)
        return 0
    finally:
        print("done")
