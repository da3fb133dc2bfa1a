# heapq on list[int], list[float], list[str] and list[tuple]: CPython's
# algorithms, so the heap's layout (printed whole) matches after every step.
import heapq
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nsmallest, nlargest

h: list[int] = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, -4, 6]:
    heappush(h, x)
    print(h)
out: list[int] = []
while h:
    out.append(heappop(h))
print(out)

xs = [9, 4, 7, 1, -2, 6, 5, 4, 4, 0, 12, -7, 3]
heapify(xs)
print(xs)
print(heappushpop(xs, -100), xs)
print(heappushpop(xs, 100), xs)
print(heapreplace(xs, 50), xs)
print(heapreplace(xs, -50), xs)

empty: list[int] = []
print(heappushpop(empty, 3), empty)
heapify(empty)
print(empty)

fs = [2.5, -1.0, 3.25, 0.0, -0.0, 1e10]
heapq.heapify(fs)
print(fs, heapq.heappop(fs), fs)

words = ["pear", "apple", "fig", "banana", "kiwi", "apple"]
heapify(words)
print(words)
print([heappop(words) for _ in range(len(words))])

bools = [True, False, True, False]
heapify(bools)
print(bools)

nums = [5, 1, 8, 3, 9, 2, 7, 1, 8]
print(nsmallest(3, nums), nlargest(3, nums))
print(nsmallest(0, nums), nlargest(-2, nums), nsmallest(100, nums))
print(heapq.nsmallest(1, nums), heapq.nlargest(1, nums))
print(nsmallest(2, [w for w in ["bb", "a", "ccc", "dd"]], key=lambda w: len(w)))
print(nlargest(2, ["bb", "a", "ccc", "dd"], key=lambda w: len(w)))
print(nsmallest(3, (x * x for x in range(-3, 4))))
print(nlargest(2, {4, 9, 1}), nsmallest(2, (3, 1, 2)), nsmallest(2, "hello"))
print(nums)
