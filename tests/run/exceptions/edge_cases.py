# Awkward paths: errors in else/finally/handlers, reused handler names, names
# deleted after a clause, asserts, recursion depth after a caught RecursionError.
def else_is_not_protected(n: int) -> str:
    try:
        try:
            x = n + 1
        except ValueError:
            return "inner handler (wrong)"
        else:
            raise ValueError("from else " + str(x))
    except ValueError as e:
        return "outer caught: " + str(e)


print(else_is_not_protected(1))


def finally_raises_instead() -> str:
    try:
        try:
            raise KeyError("original")
        finally:
            raise IndexError("from finally")
    except KeyError:
        return "KeyError (wrong)"
    except IndexError as e:
        return "IndexError: " + str(e)


print(finally_raises_instead())


def handler_error_runs_outer_finally(n: int) -> int:
    try:
        try:
            return 10 // n
        except ZeroDivisionError:
            raise OverflowError("replaced")
        finally:
            print("inner finally", n)
    except OverflowError as e:
        print("outer got", e)
        return -1
    finally:
        print("outer finally", n)


print(handler_error_runs_outer_finally(5))
print(handler_error_runs_outer_finally(0))


def reuse_names(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        try:
            if v == "k":
                raise KeyError(v)
            out.append(str(int(v)))
        except KeyError as e:
            out.append("key " + str(e))
        except ValueError as e:
            out.append("value " + str(e))
    return out


print(reuse_names(["1", "k", "z", "22"]))


def assertion(n: int) -> str:
    try:
        assert n > 0, "must be positive"
        assert n < 10
        return "ok"
    except AssertionError as e:
        return "assertion failed: [" + str(e) + "]"


print(assertion(5), assertion(-1), assertion(50))


def depth(n: int) -> int:
    if n == 0:
        return 0
    return depth(n - 1) + 1


def unbounded(n: int) -> int:
    return unbounded(n + 1)


for attempt in range(3):
    try:
        unbounded(0)
    except RecursionError:
        print("recursion error", attempt, "then depth", depth(900))


def loop_with_handlers(limit: int) -> int:
    n = 0
    count = 0
    while True:
        n += 1
        try:
            if n % 3 == 0:
                raise ValueError("skip")
            if n > limit:
                break
            count += n
        except ValueError:
            continue
        finally:
            count += 100
    return count


print(loop_with_handlers(10))


def break_from_handler(xs: list[int]) -> int:
    total = 0
    for x in xs:
        try:
            total += 100 // x
        except ZeroDivisionError:
            print("stop at zero")
            break
    return total


print(break_from_handler([1, 2, 0, 4]), break_from_handler([5, 10]))


def return_from_handler_in_finally_function(s: str) -> int:
    try:
        try:
            return int(s)
        except ValueError:
            return -1
    finally:
        print("done with", repr(s))


print(return_from_handler_in_finally_function("17"), return_from_handler_in_finally_function("??"))

tries = 0
while tries < 5:
    tries += 1
    try:
        if tries < 3:
            raise RuntimeError("again")
    except RuntimeError:
        print("retry", tries)
        continue
    print("succeeded on try", tries)
    break

names: list[str] = []
for word in ["a", "bb", "", "ccc"]:
    try:
        names.append(word[0] * 2)
    except IndexError as err:
        names.append("<" + str(err) + ">")
    finally:
        names.append("|")
print(names)
