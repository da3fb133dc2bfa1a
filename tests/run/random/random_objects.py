# random.Random objects: each holds its own generator, drawing CPython's
# numbers for its seed, independently of the module's functions and of each
# other, over several seeds and every method.
import random
from random import Random


def draws(rng: random.Random) -> list[float]:
    return [rng.random() for _ in range(3)]


for seed in [0, 1, 42, -42, 2**32, 2**40 + 7, 123456789]:
    a = random.Random(seed)
    b = Random(seed + 1)
    random.seed(seed)
    # Interleaved: a, the module, b, a again.
    print(seed, a.random(), random.random(), b.random(), a.random())
    print(a.randint(1, 6), random.randint(1, 6), b.randint(-10, 10), a.randrange(100))
    print(a.randrange(5, 50, 5), b.randrange(50, 5, -7), random.randrange(3, 9), a.getrandbits(31))
    print(a.uniform(1, 2), b.uniform(-1.5, 2.5), a.gauss(0.0, 1.0), a.gauss(), b.gauss(mu=5.0, sigma=2.0))
    print(a.expovariate(2.0), b.expovariate(lambd=0.5), random.expovariate(1), a.expovariate(-3))
    xs = list(range(12))
    a.shuffle(xs)
    ys = ["x", "y", "z", "w"]
    b.shuffle(ys)
    print(xs, ys, a.choice(xs), b.choice("abcdef"), a.choice((1.5, 2.5)))
    print(a.sample(xs, 5), b.sample(range(10**9), 3), a.sample(ys, 0), b.choices(ys, k=4))
    print(a.choices([1, 2, 3], [0.5, 0.25, 0.25], k=5), b.choices(range(0, 100, 7), k=3), a.choice(range(5, 500, 3)))
    print(draws(a), draws(b), random.random())

# seed() on an object reseeds only it, and clears its cached gauss value.
g = random.Random(9)
h = random.Random(9)
first = g.gauss()
g.seed(9)
print(g.gauss() == first, g.random() == h.random(), h.gauss() == first)
g.seed(-9)
h.seed(9)
print(g.random() == h.random())
random.seed(9)
h.seed(9)
print(random.random() == h.random())

# Seeded from OS entropy: only ranges can be compared.
e = random.Random()
n = random.Random(None)
e.seed()
n.seed(None)
print(0.0 <= e.random() < 1.0, 1 <= n.randint(1, 3) <= 3, Random(True).random() == Random(1).random())

# Identity: an object is only equal to itself.
p = random.Random(1)
q = p
r = random.Random(1)
print(p == q, p != r, p is q, p is not r, p == r)
gens = [random.Random(i) for i in range(4)]
print(gens[2] in gens, r in gens, [x.randint(0, 99) for x in gens])
