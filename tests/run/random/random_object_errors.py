# Errors raised by the methods of random.Random objects, with CPython's
# messages, caught; then one uncaught from a method inside a function.
import random


def attempt(rng: random.Random, kind: str, n: int) -> None:
    try:
        if kind == "randrange":
            print(rng.randrange(n, 5))
        elif kind == "randint":
            print(rng.randint(n, 3))
        elif kind == "sample":
            print(rng.sample(["a", "b"], n))
        elif kind == "choice":
            print(rng.choice([1, 2, 3][:n]))
        elif kind == "expovariate":
            print(rng.expovariate(n))
        elif kind == "choices":
            print(rng.choices([1, 2], [0, n], k=2))
    except ValueError as e:
        print("ValueError:", e)
    except IndexError as e:
        print("IndexError:", e)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


r = random.Random(3)
for kind in ["randrange", "randint", "sample", "choice", "expovariate", "choices"]:
    for n in [-1, 0, 2, 5]:
        attempt(r, kind, n)
print(r.random())


def pick(rng: random.Random, xs: list[str]) -> str:
    return rng.choice(xs)


print(pick(r, ["only"]))
print(pick(random.Random(1), []))
