# How often and in which order dicts and sets call __hash__ and __eq__:
# once per new key, never again when entries are copied (copy, dict(d),
# update, set algebra), and __eq__ only between keys with equal hashes.
class K:
    def __init__(self, v: int) -> None:
        self.v = v

    def __hash__(self) -> int:
        print("hash", self.v)
        return self.v

    def __eq__(self, other: "K") -> bool:
        print("eq", self.v, other.v)
        return self.v == other.v

    def __repr__(self) -> str:
        return f"K{self.v}"


d = {K(1): 1, K(2): 2}
e = d.copy()
f = dict(d)
d.update(e)
print(e, f, d == e)
s = {K(3), K(4)}
t = s | {K(4)}
print(len(t), K(3) in s, s == t)
print(set([K(5), K(5)]))
