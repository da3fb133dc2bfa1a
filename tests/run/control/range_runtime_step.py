# range() with a step known only at run time: counted down from len(range(...)),
# in both directions, near the ends of the 64-bit range, and with else/break.


def walk(start: int, stop: int, step: int) -> int:
    n = 0
    last = 0
    for i in range(start, stop, step):
        n += 1
        last = i
    print(start, stop, step, "->", n, last)
    return n


def steps(k: int) -> int:
    return k


walk(0, 10, steps(3))
walk(10, 0, steps(-3))
walk(0, 10, steps(-1))
walk(10, 0, steps(1))
walk(5, 5, steps(2))
walk(-7, 8, steps(5))
walk(9223372036854775800, 9223372036854775807, steps(3))
walk(-9223372036854775807 - 1, 9223372036854775807, steps(4611686018427387904))
walk(9223372036854775807, -9223372036854775807 - 1, steps(-9223372036854775807 - 1))
walk(0, 9223372036854775807, steps(9223372036854775807))

total = 0
for j in range(1, 30, steps(4)):
    if j > 20:
        break
    total += j
else:
    print("not reached")
print(total)
for j in range(30, 1, steps(-7)):
    total -= j
else:
    print("else runs", total)

walk(1, 2, steps(0))
