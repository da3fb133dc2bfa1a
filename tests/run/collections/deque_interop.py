# Deques with the builtins over iterables, as fields and parameters, and
# defaultdicts/Counters as dict parameters.
from collections import Counter, defaultdict, deque
from dataclasses import dataclass


@dataclass
class Window:
    size: int
    items: deque[float]

    def push(self, x: float) -> float:
        self.items.append(x)
        if len(self.items) > self.size:
            self.items.popleft()
        return sum(self.items) / len(self.items)


def last_two(d: deque[str]) -> tuple[str, str]:
    return d[-2], d[-1]


def make(n: int) -> deque[int]:
    return deque(range(n), maxlen=n)


w = Window(3, deque())
print([w.push(x) for x in [1.0, 2.0, 6.0, 10.0]], w)
words = deque(["x", "y", "z"])
print(last_two(words), make(4), make(0))
d = deque([3, 1, 2])
print(list(enumerate(d)), list(zip(d, words)), any(d), all(d), tuple(d), set(d))
print(sum(x * x for x in d), min(d, key=lambda v: -v), sorted(d, reverse=True), list(reversed(list(d))))
print(", ".join(words), "y" in words, d == deque([3, 1, 2]), d != deque([3, 1]))
for i, x in enumerate(d):
    d[i] = x * 10
print(d)
grid: list[deque[int]] = [deque([i]) for i in range(3)]
grid[1].appendleft(-1)
print(grid)


def total(counts: dict[str, int]) -> int:
    return sum(counts.values())


c = Counter(["a", "b", "a"])
dd: defaultdict[str, int] = defaultdict(int)
dd["q"] += 5
print(total(c), total(dd), f"{c} and {dd}")
