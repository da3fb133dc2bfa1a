# Errors of range operations caught as exceptions, across function calls.
def nth(r: range, i: int) -> int:
    return r[i]


def make(a: int, b: int, c: int) -> range:
    return range(a, b, c)


for i in [0, 3, -4, 4, -5, 100]:
    try:
        print(nth(range(1, 9, 2), i))
    except IndexError as e:
        print("IndexError:", e)
for c in [1, 0, -1]:
    try:
        print(make(0, 3, c))
    except ValueError as e:
        print("ValueError:", e)
for x in [4, 5, -1]:
    try:
        print(range(0, 10, 2).index(x))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(nth(range(0), 0))
except IndexError as e:
    print("empty:", e)
