# A generator's body runs only as its consumer asks for elements, so the
# side effects interleave as in CPython.
from typing import Iterator


def noisy(tag: str, n: int) -> Iterator[int]:
    print(tag, "starts")
    for i in range(n):
        print(tag, "makes", i)
        yield i
    print(tag, "ends")


g = noisy("g", 2)
print("made, nothing ran yet")
for x in g:
    print("body sees", x)

for x in noisy("b", 5):
    if x == 1:
        print("break at", x)
        break

print("next:", next(noisy("n", 3)))
print(any(x == 1 for x in noisy("any", 5)))
print([x * 2 for x in noisy("comp", 2)])

for a, b in zip(noisy("A", 3), noisy("B", 2)):
    print("pair", a, b)

for i, x in enumerate(noisy("e", 2)):
    print("enumerated", i, x)

# An infinite generator consumed with break, and one resumed step by step.
def naturals() -> Iterator[int]:
    n = 0
    while True:
        n += 1
        yield n


total = 0
for n in naturals():
    total += n
    if total > 20:
        break
print("total", total, "at", n)
nat = naturals()
print(next(nat), next(nat), next(nat))
steps = noisy("s", 2)
print("first", next(steps))
print("between")
print("second", next(steps))
print("third", next(steps, -1))
print("again", next(steps, -2))
