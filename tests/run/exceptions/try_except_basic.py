# try/except/else/finally: which clause runs, matching by the class hierarchy.
def divide(a: int, b: int) -> int:
    return a // b


def classify(a: int, b: int) -> str:
    try:
        q = divide(a, b)
    except ArithmeticError:
        return "arithmetic"
    else:
        return "ok " + str(q)
    finally:
        print("finally", a, b)


print(classify(7, 2))
print(classify(7, 0))
print(classify(-7, 2))


def first_match(i: int) -> str:
    xs = [10, 20, 30]
    try:
        if i == 0:
            raise ValueError("zero")
        if i == 1:
            raise KeyError("one")
        if i == 2:
            return str(xs[i * 10])
        if i == 3:
            raise RuntimeError("three")
        if i == 4:
            raise RecursionError("four")
        return str(xs[-i + 3])
    except (KeyError, ValueError) as e:
        return "key or value: " + str(e)
    except LookupError as e:
        return "lookup: " + repr(e)
    except NotImplementedError:
        return "not implemented"
    except RuntimeError as e:
        return "runtime: " + repr(e)


for i in range(6):
    print(i, first_match(i))


def bare(n: int) -> str:
    try:
        if n > 0:
            raise AssertionError("positive")
        assert n > -5, "too small"
        return "fine"
    except:
        return "bare except caught something"


print(bare(1), bare(0), bare(-10))


def catch_all(n: int) -> str:
    try:
        return str(100 // n)
    except Exception as e:
        return "Exception caught: " + str(e)


print(catch_all(3), catch_all(0))

# At module level too, with an else.
try:
    v = int("42")
except ValueError:
    print("not a number")
else:
    print("parsed", v)

try:
    w = int("4x2")
    print("not reached", w)
except ValueError as err:
    print("caught:", err)
