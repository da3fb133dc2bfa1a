# Seeded sequences of every supported `random` function: printed values must
# be bit-identical to CPython's (same Mersenne Twister, same draws).
import random


def ints(seed: int) -> None:
    random.seed(seed)
    print("seed", seed)
    print([random.randint(1, 6) for _ in range(20)])
    print([random.randrange(10) for _ in range(20)])
    print([random.randrange(-5, 5) for _ in range(10)])
    print([random.randrange(0, 100, 7) for _ in range(10)])
    print([random.randrange(100, 0, -3) for _ in range(10)])
    print([random.getrandbits(k) for k in range(0, 64)])
    print(random.randrange(10**18), random.randrange(2**62), random.randint(-9223372036854775807 - 1, 9223372036854775807))
    print(random.randrange(1), random.randint(7, 7))


def floats(seed: int) -> None:
    random.seed(seed)
    print([random.random() for _ in range(5)])
    print([random.uniform(1, 10) for _ in range(3)], random.uniform(2.5, -1.0), random.uniform(0, 1.5))
    print([random.gauss(0.0, 1.0) for _ in range(5)])
    print(random.gauss(), random.gauss(10, 2), random.gauss(mu=1.0, sigma=0.5))
    # seed() resets gauss's cached second value.
    random.gauss()
    random.seed(seed)
    print(random.gauss())


for s in [0, 1, 42, -42, 2**32, 2**32 + 1, 123456789012345, -9223372036854775807 - 1, 9223372036854775807]:
    ints(s)
    floats(s)

random.seed(True)
print(random.random())
