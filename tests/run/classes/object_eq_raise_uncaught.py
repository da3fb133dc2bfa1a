# An __eq__(self, other: object) that raises: from ==, !=, `in`, dict lookups;
# the last one is uncaught.
class K:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, K):
            return NotImplemented
        if other.x < 0:
            raise ValueError("negative")
        return self.x == other.x

    def __hash__(self) -> int:
        return self.x % 3


a = K(1)
try:
    print(a == K(-1))
except ValueError as e:
    print("caught", e)
try:
    print(a != K(-1))
except ValueError as e:
    print("caught", e)
try:
    print(K(-1) in [K(1), K(2)])
except ValueError as e:
    print("caught", e)
d = {K(1): "one", K(4): "four"}
print(d[K(4)], K(7) in d)
try:
    print(d[K(-2)])
except ValueError as e:
    print("caught", e)
except KeyError as e:
    print("key", e)
print(a == K(-5))
