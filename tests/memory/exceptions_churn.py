# Raising and catching in a loop must not leak: exception objects, args
# tuples, messages and the temporaries of interrupted statements are freed.
def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        return -1


def pick(xs: list[int], i: int) -> int:
    try:
        try:
            return xs[i] + len(str(xs) + "pad")
        finally:
            xs[0] += 1
    except IndexError as e:
        if len(str(e)) > 100:
            raise
        return 0


total = 0
words = ["12", "x" * 10, "7"]
xs = [1, 2, 3]
for i in range(1000000):
    total += parse(words[i % 3])
    total += pick(xs, i % 5)
    try:
        raise KeyError("k" + str(i % 10))
    except LookupError as e:
        total += len(repr(e))
    for j in range(2):
        try:
            if j == 1:
                break
            raise ValueError(str(j))
        except ValueError:
            continue
        finally:
            total += 1
    # A `break` in a finally swallows the exception in flight.
    for j in range(3):
        try:
            raise RuntimeError("swallowed " + str(j))
        finally:
            total += 2
            break
print(total % 1000003)
