# compare-traceback
# __hash__ raising while a dict stores a key, and __eq__ raising inside `in`.


class Key:
    def __init__(self, k: int) -> None:
        self.k = k

    def __eq__(self, other: "Key") -> bool:
        return self.k == other.k

    def __hash__(self) -> int:
        return self.check() * 7

    def check(self) -> int:
        if self.k < 0:
            raise KeyError(self.k)
        return self.k


def index(keys: list[Key]) -> dict[Key, int]:
    out: dict[Key, int] = {}
    for i, key in enumerate(keys):
        out[key] = i
    return out


print(len(index([Key(1), Key(2)])))
print(len(index([Key(1), Key(-2)])))
