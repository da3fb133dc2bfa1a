# Rejected: abstract collection values whose elements are stored otherwise
# (an int list is no Iterable[float], a bool list no Sequence[int]), what
# an abstract type does not have (len and `in` of an Iterable, indexing a
# Collection), sets and dicts as Sequences, iterators as Collections; what
# CPython decides by the run-time class (isinstance, orderings).
from typing import Collection, Iterable, Iterator, Mapping, Sequence


def total(xs: Iterable[float]) -> float:
    return sum(xs)


def first(xs: Sequence[int]) -> int:
    return xs[0]


def size(xs: Iterable[int]) -> int:
    return len(xs)  # error: len() of an Iterable[int] is not supported (it may be an iterator): annotate it Collection[int]


def has(xs: Iterable[int]) -> bool:
    return 3 in xs  # error: 'in' of an Iterable[int] is not supported (it may be an iterator): annotate it Collection[int]


def pick(xs: Collection[int]) -> int:
    return xs[0]  # error: indexing of a Collection[int] is not supported (only a Sequence has it): annotate it Sequence[int]


def cut(xs: Collection[int]) -> Collection[int]:
    return xs[1:]  # error: slicing of a Collection[int] is not supported (only a Sequence has it): annotate it Sequence[int]


def gen() -> Iterator[int]:
    yield 1


ints = [1, 2]
print(total(ints))  # error: expected Iterable[float], found list[int] (taipan stores int elements unboxed
bools = [True]
print(first(bools))  # error: expected Sequence[int], found list[bool]
print(first({1, 2}))  # error: expected Sequence[int], found set[int]
print(first({1: 2}))  # error: expected Sequence[int], found dict[int, int]
print(first("ab"))  # error: expected Sequence[int], found str
c: Collection[int] = gen()  # error: expected Collection[int], found Iterator[int]
it: Iterator[int] = [1]  # error: expected Iterator[int], found list[int]
print(first((1, "a")))  # error: expected Sequence[int], found tuple[int, str]
s: Sequence[int, int] = [1]  # error: 'Sequence' expects 1 type argument, got 2
print(first([1]) < first((2,)))
seq: Sequence[int] = [1]
print(seq < seq)  # error: '<' between a Sequence[int] and a Sequence[int] is not supported yet
print(seq == gen(), gen() == seq)
print(seq == 3)  # error: '==' between a Sequence[int] and an int is not supported (their values are never equal)
print(isinstance(seq, list))  # error: isinstance() of a Sequence[int] value is not supported yet
print(seq.append(1))  # error: a Sequence[int] has no method 'append'
it3: Iterable[int] = [1]
a, b = it3  # error: unpacking an Iterable[int] is not supported (it may be an endless iterator)
print(it3.count(1))  # error: count() of an Iterable[int] is not supported (only a Sequence has it)
rows: list[Sequence[int]] = [[1, 2]]
for p, q in rows:  # error: unpacking a Sequence[int] here is not supported yet
    print(p, q)


def bare(xs: Sequence) -> None:  # error: 'Sequence' needs type arguments (as in Sequence[int])
    pass


def bare_map(m: Mapping) -> None:  # error: 'Mapping' needs type arguments (as in Mapping[str, int])
    pass
