# choice / sample / choices of ranges (drawn without building them), strs
# and tuples: the same draws as CPython's.
import random

random.seed(99)
print([random.choice(range(10)) for _ in range(10)])
print(random.choice(range(5, 100, 7)), random.choice(range(10, 0, -3)), random.choice(range(-5, 5)))
print(random.sample(range(100), 10))
print(random.sample(range(10**12), 5), random.sample(range(0, 1000, 3), k=4))
print(random.sample(range(30), 30)[:6], random.sample(range(5), 0))
print(random.choices(range(6), k=8), random.choices(range(3)))
try:
    print(random.choice(range(-2**62, 2**62)))
except OverflowError as e:
    print("OverflowError:", e)
print(random.choice(range(-2**61, 2**61)))
print([random.choice("ACGT") for _ in range(12)])
print(random.choice((1.5, 2.5, 3.5)), random.sample("abcdefgh", 3), random.choices(("x", "y"), k=4))
print("".join(random.choices("01", k=16)))
try:
    random.choice(range(3, 3))
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample(range(3), 4)
except ValueError as e:
    print("ValueError:", e)
print(random.choice(""))
