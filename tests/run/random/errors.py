# Errors raised by random functions, caught and printed, then one uncaught.
import random


def attempt(kind: str, n: int) -> None:
    try:
        if kind == "randrange1":
            print(random.randrange(n))
        elif kind == "randrange2":
            print(random.randrange(n, 5))
        elif kind == "randrange3":
            print(random.randrange(0, 10, n))
        elif kind == "randint":
            print(random.randint(n, 3))
        elif kind == "bits":
            print(random.getrandbits(n))
        elif kind == "sample":
            print(random.sample([1, 2, 3], n))
        elif kind == "choices":
            empty: list[int] = []
            print(random.choices(empty, k=n))
    except ValueError as e:
        print("ValueError:", e)
    except IndexError as e:
        print("IndexError:", e)


random.seed(5)
for n in [0, -3, 1]:
    attempt("randrange1", n)
for n in [5, 9, 4]:
    attempt("randrange2", n)
for n in [0, -2, 3, 11]:
    attempt("randrange3", n)
for n in [3, 4, -1]:
    attempt("randint", n)
for n in [-1, 0, 63]:
    attempt("bits", n)
for n in [-1, 4, 3, 0]:
    attempt("sample", n)
for n in [0, -5, 2]:
    attempt("choices", n)
print(random.randrange(10, 0, -3), random.randrange(-10, -20, -1))
empty: list[str] = []
print(random.choice(empty))
