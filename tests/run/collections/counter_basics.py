# Counter: counting, missing keys read 0 without being stored,
# most_common with ties in insertion order, elements, update/subtract,
# total, equality ignoring zero counts, reprs ordered by count.
from collections import Counter
import collections

text = "it was the best of times it was the worst of times it was the age of wisdom"
words = Counter(text.split())
print(words)
print(words["it"], words["zebra"], "zebra" in words, len(words))
print(words.most_common(3))
print(words.most_common(), words.most_common(0), words.most_common(-1))
print(words.total())

letters = Counter("mississippi")
print(letters, sorted(letters.elements()), list(letters.elements()))
for ch in letters.elements():
    print(ch, end="")
print()

c: Counter[str] = Counter()
print(c, len(c), c.total())
for w in ["a", "b", "a", "c", "b", "a"]:
    c[w] += 1
print(c, c.most_common(1))
c.update(["c", "c", "d"])
print(c)
c.update(Counter(["a"]))
print(c)
c.subtract(["a", "z"])
print(c)
c.subtract(Counter(["b", "b", "b"]))
print(c, c.total())
del c["nothing"]
del c["z"]
print(c)
print(Counter([1, 2, 2]) == Counter([2, 1, 2]), Counter(["x"]) == Counter(["y"]))
zero: Counter[str] = Counter(["q"])
zero["q"] -= 1
none: Counter[str] = Counter()
print(zero, zero == none, none == zero, zero == {"q": 0})
nums = Counter([3, 1, 3, 2, 3, 1])
print(nums, nums.most_common(2), sorted(nums), nums.copy())
d = dict(nums)
print(d)
counted = collections.Counter({"a": 2, "b": 5})
print(counted)
for k, v in sorted(words.items()):
    if v > 2:
        print(k, v)
print([k for k in letters], max(letters, key=lambda k: letters[k]))
