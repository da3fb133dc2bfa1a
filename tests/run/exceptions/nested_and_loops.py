# Nested trys, trys in loops, exceptions crossing several calls, re-raising.
def level3(x: int) -> int:
    if x % 3 == 0:
        raise ValueError("multiple of three: " + str(x))
    if x % 5 == 0:
        raise IndexError("multiple of five")
    return x


def level2(x: int) -> int:
    return level3(x) * 2


def level1(x: int) -> int:
    try:
        return level2(x)
    except IndexError:
        print("level1 handles", x)
        return -1


results: list[int] = []
for x in range(1, 11):
    try:
        results.append(level1(x))
    except ValueError as e:
        print("top level handles:", e)
        results.append(0)
print(results)


def rethrow(n: int) -> int:
    try:
        try:
            return 10 // n
        except ZeroDivisionError as e:
            print("inner saw", e)
            raise
    except ArithmeticError as e:
        print("outer saw", repr(e))
        return 0


print(rethrow(2), rethrow(0))


def handler_raises(n: int) -> str:
    try:
        try:
            raise KeyError(n)
        except KeyError:
            raise ValueError("converted " + str(n))
    except ValueError as e:
        return str(e)


print(handler_raises(7))


def count_failures(words: list[str]) -> int:
    failures = 0
    for w in words:
        try:
            int(w)
        except ValueError:
            failures += 1
            continue
        print("parsed", w)
    return failures


print(count_failures(["1", "x", "22", "", "-3", "4.5"]))

# An exception crossing a recursion, caught at the top.
def countdown(n: int) -> int:
    if n == 0:
        raise RuntimeError("bottom reached")
    return countdown(n - 1) + 1


try:
    countdown(50)
except RuntimeError as e:
    print("caught from depth 50:", e)

# Recursion errors are catchable too, and the program goes on.
def forever(n: int) -> int:
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError as e:
    print("recursion:", e)
print("still running")
