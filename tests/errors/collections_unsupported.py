# Rejected: the parts of heapq, bisect and collections taipan does not
# support, and their misuses.
import heapq
import bisect
import collections
from collections import deque, defaultdict, Counter
from collections import ChainMap  # error: collections.ChainMap is not supported yet
from heapq import merge  # error: heapq.merge is not supported yet

xs = [3, 1, 2]
heapq.heappush(xs, "a")  # error: argument of heappush() has type str, expected int
heapq.heappush({1: 2}, 3)  # error: heappush() argument 'heap' must be a list, not dict[int, int]
heapq.heapify([{1: 2}])  # error: heapify() of dict values is not supported (they have no order)
heapq.heappop(xs, 1)  # error: heappop() takes exactly 1 argument (2 given)
heapq.merge([1], [2])  # error: heapq.merge is not supported yet
bisect.bisect_left(xs, 2, key=lambda x: -x)  # error: bisect_left() with key= is not supported yet
bisect.insort(xs, 2.5)  # error: argument of insort() has type float, expected int
f = heapq.heappush  # error: heapq.heappush can only be called

d = deque()  # error: deque() needs a type annotation here (as in 'd: deque[int] = deque()')
e = deque([1, 2])
e.rotate(1, 2)  # error: deque.rotate() takes from 0 to 1 arguments (2 given)
e.append("x")  # error: argument 1 of deque.append() has type str, expected int
print(e[1:])  # error: 'deque' object is not subscriptable
print(e["a"])  # error: sequence index must be integer, not 'str'
e.extend(x for x in [1])  # error: deque.extend() of a generator expression is not supported yet
g: deque = deque()  # error: 'deque' needs type arguments (as in deque[int])
h: deque[int] = deque(["a"])  # error: expected int, found str
k: deque[int] = deque("ab")  # error: deque() of str elements cannot be a deque[int]

dd = defaultdict(int)  # error: defaultdict() needs a type annotation here
lam: defaultdict[str, int] = defaultdict(lambda: 0)  # error: defaultdict() factories other than int, float, str, bool, list, set and dict are not supported yet
wrong: defaultdict[str, int] = defaultdict(list)  # error: defaultdict(list) makes list values, not int
c = Counter()  # error: Counter() needs a type annotation here
words = Counter(["a"])
print(words.elements())  # error: Counter.elements() is supported only where it is iterated
fd: dict[str, float] = {"a": 1.0}
fd.most_common()  # error: 'dict' object has no attribute 'most_common' (a dict[str, float] cannot be a Counter)
cm: collections.ChainMap[str, int] = {}  # error: collections.ChainMap annotations are not supported yet
