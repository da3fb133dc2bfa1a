# accumulate, chain and pairwise.
import itertools
from itertools import accumulate, chain, pairwise

empty: list[float] = []

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([0.5, 0.25, -1.0])), list(accumulate(empty)))
print([x * 2 for x in accumulate(range(6))])
for a, b in pairwise([1, 4, 9, 16]):
    print(b - a, end=" ")
print(list(pairwise("abc")), list(pairwise([1])))
print(list(chain([1, 2], [3], [i for i in range(0)], range(4, 6))))
print(list(chain("ab", ["cd"])), list(itertools.chain(empty)))
print(sum(chain([1, 2], (3, 4))), sorted(chain({3, 1}, [2])))
print(list(accumulate([2**62, 2**62 - 1])))
