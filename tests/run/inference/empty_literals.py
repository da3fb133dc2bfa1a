# Empty literals passed straight to builtins, tested with 'in' and iterated.


def total(xs: list[int]) -> int:
    return sum(xs)


def keys(d: dict[str, int]) -> list[str]:
    return sorted(d)


def main() -> None:
    print(all([]), any([]), sum([]), len([]), len({}), len(set()), len(()))
    print(min([], default=-1), max([], default=0))
    print(list([]), sorted([]), set(), dict(), str([]), repr({}))
    print(total([]), keys({}))
    print(3 in [], "a" in {}, 1 in set(), 2 not in [])
    for x in []:
        print("never", x)
    n = 0
    for k in {}:
        n += 1
    print(n)
    print(sum([], 10), sum([], 2.5))
    print(sorted({}), list(set()), sum({}), max({}, default=7), min(set(), default=-2.5))
    print([] == [], {} != {}, 0 in {}, 'x' not in set(), 1.5 in [])
    print(len(()), () == ())
    if not []:
        print('empty is false')
    if [] or {} or set():
        print('never')
    print(bool([]), [y * 2 for y in []], {k: 1 for k in []})
    print(len(""), "" in "abc")


main()
