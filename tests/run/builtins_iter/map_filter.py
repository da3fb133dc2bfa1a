# map() and filter() wherever a generator expression goes: lambdas, builtins,
# functions, unbound methods, several iterables, filter(None, ...).


class Scaler:
    def __init__(self, k: int) -> None:
        self.k = k

    def apply(self, x: int) -> int:
        return x * self.k


def square(x: int) -> int:
    return x * x


def noisy(x: int) -> bool:
    print("test", x)
    return x % 2 == 0


xs = [3, 1, 2, 0, 5]
words = ["apple", "Bob", "", "cat"]
print(list(map(str, xs)), list(filter(lambda v: v > 1, xs)), sum(map(lambda v: v * 2, xs)))
print(list(map(square, xs)), sorted(map(len, words)), list(map(str.upper, words)))
print(list(filter(None, xs)), list(filter(None, words)), list(filter(str.islower, words)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])), list(map(max, xs, [2, 2, 2, 2, 2])))
print(max(map(len, words)), min(map(abs, [-3, 2, -1])), any(map(str.isupper, words)), ",".join(map(str, xs)))
for w in filter(lambda s: len(s) > 2, words):
    print("long", w)
print({w: n for w, n in zip(words, list(map(len, words)))})
print(set(map(lambda v: v % 3, xs)), tuple(map(float, xs)))
# lazy, interleaved with the consumer as in CPython
for n in filter(noisy, [1, 2, 3, 4]):
    print("got", n)
print(list(map(int, "1 2 3".split())), [x + 1 for x in map(int, ["4", "5"])])


s = Scaler(3)
print(list(map(s.apply, xs)), list(filter(s.apply, xs)))
