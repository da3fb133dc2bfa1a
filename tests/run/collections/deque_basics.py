# deque: both ends, indexing (negative too), rotate, reverse, count, maxlen,
# reprs (empty, bounded, nested), equality and ordering, list(d), `in`.
from collections import deque
import collections

d: deque[int] = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d))
print(d[0], d[-1], d[3], d[-4])
d[0] = 100
d[-1] += 7
print(d)
print(d.pop(), d.popleft(), d)
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-2)
print(d)
d.rotate(0)
d.rotate(101)
print(d)
d.reverse()
print(d, d.count(0), d.count(-3), d.count(42))
print(3 in d, 42 in d, 42 not in d)
print(list(d), sorted(d), sum(d), max(d), min(d))
d.extend([7, 8])
d.extendleft([1, 2, 3])
print(d)
d.extend(d)
print(d, len(d))
d.clear()
print(d, len(d), bool(d))

b = deque([1, 2, 3], maxlen=3)
print(b, b.maxlen)
b.append(4)
print(b)
b.appendleft(0)
print(b)
b.extend([10, 11])
print(b)
b.extendleft([20, 21, 22, 23])
print(b)
z = deque([1, 2], 0)
z.append(5)
print(z, len(z), z.maxlen)

words = deque(["a", "b"])
words.appendleft("z")
print(words, repr(words), str(words), f"{words}")
fs: deque[float] = deque([1.0, 2.5])
print(fs, fs.pop(), fs)
flags = deque([True, False, True])
flags.rotate(1)
print(flags, flags[0], flags.count(True))
nested: list[deque[int]] = [deque([1]), deque(maxlen=2)]
print(nested)
tuples = deque([(1, "x"), (2, "y")])
print(tuples, (2, "y") in tuples)

print(deque([1, 2]) == deque([1, 2], maxlen=5), deque([1, 2]) != deque([2, 1]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2, 3]) >= deque([1, 2]))
e = collections.deque(range(4))
print(e, collections.deque("abc"), deque((x * x for x in range(4))), deque({5}))
print(deque(iterable=[1], maxlen=None))

total = 0
for x in deque([1, 2, 3]):
    total += x
print(total, [x * 2 for x in deque([4, 5])])

m = deque([5, 6, 7, 6])
m.remove(6)
m.insert(1, 9)
m.insert(-100, 0)
m.insert(100, 99)
print(m, m.index(7), m.index(99))
cp = m.copy()
cp.append(1)
print(m, cp, deque([1, 2], maxlen=2).copy())
