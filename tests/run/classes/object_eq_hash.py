# hash() of ints, floats, bools, tuples and instances (__hash__ results kept
# as they are, so hash(V(1, 2)) == hash((1, 2)); -1 becomes -2), and sets/dicts
# of instances with __eq__(self, other: object) + __hash__ (iteration order
# follows the hashes, as in CPython).

class V:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))


class P:
    pass


class U:
    def __eq__(self, other: object) -> bool:
        return other is self


class M:
    def __hash__(self) -> int:
        return -1


class Big:
    def __hash__(self) -> int:
        return 2**62 + 7


print(hash(1), hash(-1), hash(2**61), hash(True), hash(1.5), hash(-2.5), hash(1.0))
print(hash((1, 2)), hash(()), hash((1, (2.5, True))))
print(hash(V(1, 2)) == hash((1, 2)))
s = {V(1, 2), V(1, 2), V(3, 4), V(-1, 0)}
print(len(s), [(v.x, v.y) for v in s])
d = {V(i, i): i for i in range(10)}
print([(k.x, v) for k, v in d.items()][:3], V(3, 3) in d)
p = P()
print(hash(p) == hash(p))
print(hash("abc") == hash("abc"))
try:
    print(hash(U()))
except TypeError as e:
    print("TypeError", e)


print(hash(M()), hash(Big()), hash(-1), hash(-1.0), hash(2**61 - 1), hash(-(2**61)))
print(hash(0.1), hash(1e300), hash(-0.0), hash(float("inf")), hash(float("-inf")))
