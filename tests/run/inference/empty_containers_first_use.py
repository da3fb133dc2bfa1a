# Empty containers without an annotation take their type from their first
# use, as mypy infers them: append/insert/extend, add/update, d[k] = v,
# setdefault; also list()/dict()/set() and module-level variables.


def caesar(s: str, k: int) -> str:
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def squares(n: int) -> list[int]:
    result = list()
    for i in range(n):
        result.insert(0, i * i)
    return result


def index_words(words: list[str]) -> dict[str, list[int]]:
    index = {}
    for i, w in enumerate(words):
        index.setdefault(w, [i])
        if index[w][-1] != i:
            index[w].append(i)
    return index


def lengths(words: list[str]) -> dict[str, int]:
    d = dict()
    for w in words:
        d[w] = len(w)
    return d


def letters(words: list[str]) -> list[str]:
    seen = set()
    for w in words:
        seen.update(w.split("l"))
    return sorted(seen)


def evens(xs: list[int]) -> set[int]:
    s = set()
    for x in xs:
        if x % 2 == 0:
            s.add(x)
    return s


def pairs(n: int) -> list[tuple[int, float]]:
    acc = []
    acc.extend([(i, i / 2) for i in range(n)])
    return acc


def empty_result() -> int:
    nothing = []
    nothing.append(1.5)
    nothing.pop()
    return len(nothing)


print(caesar("Hello, World!", 3))
print(squares(5), index_words("a b a c b a".split()), lengths(["x", "yy"]))
print(letters(["hello", "world"]), evens([1, 2, 3, 4, 4]), pairs(3), empty_result())

totals = {}
for name, amount in [("a", 1.5), ("b", 2.0), ("a", 3.0)]:
    totals[name] = amount
print(totals)
log = []
log.append("start")
print(log, len(log))
