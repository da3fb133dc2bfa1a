from collections.abc import Iterable, Sequence
from typing import Iterator


def evens(n: int) -> Iterable[int]:
    # A generator function annotated Iterable: its value is a generator.
    for i in range(n):
        if i % 2 == 0:
            yield i


def total(xs: Iterable[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def chain(a: Iterable[int], b: Iterable[int]) -> Iterator[int]:
    for x in a:
        yield x
    yield from b


g = evens(7)
print(next(g), total(g), total(g))
print(list(chain([1, 2], (3,))), total(chain(evens(5), {10})))
print(sorted(evens(6), reverse=True), max(evens(9)), sum(evens(4)))


def firsts(rows: Sequence[Sequence[int]]) -> list[int]:
    return [r[0] for r in rows if r]


print(firsts([[1, 2], [], [3]]), firsts(([4], (5, 6))), firsts([range(7, 9)]))


def nested_total(rows: Iterable[Iterable[int]]) -> int:
    return sum(total(r) for r in rows)


print(nested_total([[1], (2, 3), {4}, range(5, 7)]), nested_total([evens(5), evens(3)]))

seq: Sequence[str] = "hello"
print(seq, len(seq), seq[1:4], seq[::-1], seq == "hello", seq != "x")
seq = ["a", "b"]
print(seq, seq == ["a", "b"], seq == ("a", "b"))
opt: Sequence[int] | None = None
print(opt is None)
opt = (1, 2)
if opt is not None:
    print(len(opt), opt[-1])
it2: Iterable[int] = iter([4, 5])
print(total(it2), total(it2))
g2 = evens(3)
ig: Iterable[int] = g2
print(ig == g2, ig == evens(3), ig != g2, ig == [0, 2])
ig = [0, 2]
print(ig == [0, 2], ig == (0, 2), ig != [0])


def pairs_of(xs: Sequence[int]) -> list[tuple[int, int]]:
    it = iter(xs)
    return [(a, next(it)) for a in it]


print(pairs_of([1, 2, 3, 4]), pairs_of((5, 6)), pairs_of(range(4)))
g3 = evens(5)
ig = g3
same = iter(ig)
print(next(same), next(g3), list(same), ig == g3)
