# Every run-time fault the runtime raises is catchable.
import math


def deep(n: int) -> int:
    return deep(n + 1) + 1


def attempt(what: int, words: list[str]) -> str:
    xs = [1, 2, 3]
    s = words[0]
    t = (1, 2)
    try:
        if what == 0:
            return str(xs[5])
        if what == 1:
            return s[10]
        if what == 2:
            return str(int(float(words[3])))
        if what == 3:
            return str(int(words[1]))
        if what == 4:
            return str(float(words[2]))
        if what == 5:
            return str(math.sqrt(-1.0))
        if what == 6:
            return str(deep(0))
        if what == 7:
            return str(1.5 / 0)
        if what == 8:
            return str(10 % 0)
        if what == 9:
            return str(xs.pop(7))
        if what == 10:
            return str(math.exp(1000.0) + t[0])
        return "nothing raised"
    except Exception as e:
        return repr(e)


for i in range(12):
    print(i, attempt(i, ["abc", "12abc", "nope", "inf"]))
