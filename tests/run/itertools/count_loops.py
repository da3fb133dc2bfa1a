# for loops over itertools.count(): endless, ended by break or return;
# continue moves to the next number.
import itertools
from itertools import count


def first_square_above(limit: int) -> int:
    for n in count(1):
        if n * n > limit:
            return n
    return -1


def collatz_steps(n: int) -> int:
    for steps in itertools.count():
        if n == 1:
            return steps
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    return -1


evens: list[int] = []
for i in count(10, 2):
    if i % 3 == 0:
        continue
    evens.append(i)
    if len(evens) == 6:
        break
else:
    print("never printed")
print(evens)

for x in count(start=0.5, step=0.25):
    if x > 1.6:
        break
    print(x, end=" ")
print()

for k in count(step=-3):
    if k < -10:
        print("stopped at", k)
        break

total = 0
for a in range(3):
    for b in count(a):
        if b > a + 2:
            break
        total += b
print(total, first_square_above(1000), collatz_steps(27))
