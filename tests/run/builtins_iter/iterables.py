def main() -> None:
    pairs = [(1, "one"), (2, "two"), (3, "three")]
    for i, (n, name) in enumerate(pairs):
        print(i, n, name)
    for i, c in enumerate("xyz", start=10):
        print(i, c)
    print(list(enumerate([2.5, 3.5], 1)), list(enumerate([True])))
    print(list(zip([1, 2, 3], ["a", "b"])), list(zip("ab", (1.5, 2.5), [True, False, True])))
    for a, b in zip(range(3), range(10, 13)):
        print(a + b)
    print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed({"k": 1, "j": 2})))
    for x in reversed((4, 5, 6)):
        print(x)
    words = ["pear", "fig", "apple", "kiwi", "date"]
    print(sorted(words), sorted(words, reverse=True), words)
    print(sorted({3: "c", 1: "a", 2: "b"}), sorted({5, 1, 3}), sorted((2, 1)))
    print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
    print(min([4, 2, 8]), max([4, 2, 8]), min("hello"), max(["b", "abc"]), min((1.5, -2.5)))
    empty: list[int] = []
    print(min(empty, default=-1), max(empty, default=99), max([3], default=0))
    print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([1, 2], 0.5), sum(empty), sum((1, 2)))
    print(sum({1: "a", 2: "b"}), sum(range(101)), sum([True, True, False]))
    print(any([0, 0, 1]), any(empty), all([1, 2, 3]), all(empty), any(["", "x"]), all(["a", ""]))
    print(any({0: 1}), all({1, 2}), any([[], [0]]), all([0.0, 1.0]))
    print(tuple([1, 2]), tuple("ab"), tuple({"a": 1}), tuple((1, 2)), tuple(empty))
    print(set("abca") == {"a", "b", "c"}, set((1, 2, 1)), set({4: 0, 2: 0}), list({7, 3}))
    print(list("abc"), list({"a": 1, "b": 2}), list({5}), list(range(3)))
    print(dict(zip(["a", "b"], [1, 2])), dict({"x": 1}), dict([(1, 2.5)]))
    m = [[1, 2], [3, 4]]
    print([list(col) for col in zip(m[0], m[1])])


main()
