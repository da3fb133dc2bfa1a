import maps
from _support import compiled, expect, expect_error, show

# dict[str, int]: order, empty, nested results.
d = {"b": 2, "a": 1, "z": 26, "é": 5}
show(maps.total, d)
show(maps.total, {})
show(maps.keys_in_order, d)
show(maps.keys_in_order, {"x": 1, "b": 2, "a": 3})
# Insertion order survives both ways, also after deletions in the original.
src = {f"k{i}": i * 0.5 for i in range(20)}
for i in range(0, 20, 3):
    del src[f"k{i}"]
src["k0"] = -1.0
show(maps.identity, src)
print(list(maps.identity(src)) == list(src))
show(maps.invert, {"a": 1, "b": 2, "c": 1})
show(maps.counts, ["x", "y", "x", "z", "x"])
show(maps.counts, [])
show(maps.group, [("a", 1), ("b", 2), ("a", 3)])
show(maps.sizes, {"a": [1, 2, 3], "b": [], "c": [True]})
show(maps.nested, 4)
show(maps.nested, 0)
show(maps.row_sums, [{"x": 1.0, "y": 2}, {}, {"z": -0.5}])
show(maps.grid, {(0, 0): "a", (2, -1): "b"})
show(maps.by_flag, {True: 2.5, False: 1})
show(maps.by_flag, {})
show(maps.scaled, {1.5: 2.0, -0.0: 1.0, 3: 1}, 2.0)
d2 = {"a": 1, "b": 2}
r = maps.mutate(d2)
print(r, d2 if compiled(maps) else {"a": 1, "b": 2})
show(maps.empty_dict)
# Results are real dicts and sets.
print(type(maps.counts(["a"])).__name__, type(maps.evens(3)).__name__, type(maps.nested(2)["k1"]).__name__)

# set[int], set[float], set[str], set[tuple[int, int]].
show(maps.set_size, {1, 2, 3})
show(maps.set_size, set())
show(maps.set_sum, {1.5, 2, -3.25})
show(maps.set_identity, {5, 3, 9, 1, 100, -4})
show(maps.set_identity, {8, 0, 16, 24})
show(maps.set_identity, set(range(50)))
show(maps.evens, 10)
show(maps.evens, 0)
print(sorted(maps.words("the cat saw the dog")))
show(maps.points, 4)
show(maps.contains_point, {(1, 2), (3, 4)}, 3, 4)
show(maps.contains_point, {(1, 2), (3, 4)}, 4, 3)
show(maps.union_all, [{"a", "b"}, set(), {"c", "a"}])
show(maps.union_all, [])
show(maps.tags, {"x": {"b", "a"}, "y": set()})
show(maps.empty_set)

# Large containers.
b = maps.big(100000)
print(len(b), list(b)[:5], list(b.items())[-3:])
show(maps.big_total, b)
show(maps.set_size, set(range(0, 300000, 3)))

if compiled(maps):
    # Wrong containers, keys and values: TypeError naming where.
    expect_error("TypeError: total() argument 'd' must be dict[str, int], not list", maps.total, [("a", 1)])
    expect_error("TypeError: total() argument 'd' must be dict[str, int], not None", maps.total, None)
    expect_error("TypeError: total() argument 'd' must be dict[str, int], but value ['a'] is float", maps.total, {"a": 1.0})
    expect_error("TypeError: total() argument 'd' must be dict[str, int], but value ['b'] is str", maps.total, {"a": 1, "b": "2"})
    expect_error("TypeError: total() argument 'd' must be dict[str, int], but a key is int", maps.total, {"a": 1, 2: 3})
    expect_error("OverflowError: Python int too large to convert to C long", maps.total, {"a": 2**70})
    expect_error(
        "TypeError: sizes() argument 'd' must be dict[str, list[int]], but item ['b'][1] is str",
        maps.sizes,
        {"a": [1], "b": [2, "x"]},
    )
    expect_error(
        "TypeError: sizes() argument 'd' must be dict[str, list[int]], but value ['a'] is tuple",
        maps.sizes,
        {"a": (1,)},
    )
    expect_error(
        "TypeError: row_sums() argument 'rows' must be list[dict[str, float]], but value [1]['y'] is str",
        maps.row_sums,
        [{"x": 1.0}, {"y": "no"}],
    )
    expect_error(
        "TypeError: row_sums() argument 'rows' must be list[dict[str, float]], but a key in item [0] is bytes",
        maps.row_sums,
        [{b"x": 1.0}],
    )
    expect_error(
        "TypeError: grid() argument 'cells' must be dict[tuple[int, int], str], but item [1] of a key is str",
        maps.grid,
        {(0, "1"): "a"},
    )
    expect_error(
        "TypeError: grid() argument 'cells' must be dict[tuple[int, int], str], but a key is a tuple of 3 items",
        maps.grid,
        {(0, 1, 2): "a"},
    )
    expect_error(
        "TypeError: grid() argument 'cells' must be dict[tuple[int, int], str], but value [(0, 1)] is int",
        maps.grid,
        {(0, 1): 5},
    )
    expect_error("TypeError: by_flag() argument 'd' must be dict[bool, float], but a key is int", maps.by_flag, {1: 1.0})
    expect_error("TypeError: set_size() argument 's' must be set[int], not frozenset", maps.set_size, frozenset({1}))
    expect_error("TypeError: set_size() argument 's' must be set[int], not dict", maps.set_size, {1: 2})
    expect_error("TypeError: set_size() argument 's' must be set[int], but an element is str", maps.set_size, {1, "2"})
    expect_error(
        "TypeError: contains_point() argument 's' must be set[tuple[int, int]], but item [0] of an element is float",
        maps.contains_point,
        {(1.0, 2)},
        0,
        0,
    )
    expect_error(
        "TypeError: union_all() argument 'sets' must be list[set[str]], but an element in item [1] is int",
        maps.union_all,
        [{"a"}, {"b", 3}],
    )
    expect_error(
        "TypeError: tags() argument 'd' must be dict[str, set[str]], but an element in value ['y'] is None",
        maps.tags,
        {"x": set(), "y": {None}},
    )
    # Keys distinct in Python that one taipan dict or set cannot hold apart.
    expect_error(
        "ValueError: scaled() argument 'd' cannot be copied to dict[float, float]: two keys are both 9007199254740992.0 once converted",
        maps.scaled,
        {2**53: 1.0, 2**53 + 1: 2.0},
        1.0,
    )
    expect_error(
        "ValueError: set_sum() argument 's' cannot be copied to set[float]: two elements are both nan once converted",
        maps.set_sum,
        {float("nan"), float("nan")},
    )
    # The same NaN object twice is one element in Python too.
    nan = float("nan")
    expect(str(maps.set_sum({nan, 1.0})), "nan")
    # A dict whose __missing__ a copy would lose (defaultdict, Counter) is refused.
    import collections

    expect_error(
        "TypeError: total() argument 'd' must be dict[str, int], not collections.defaultdict (a dict with __missing__ cannot be copied)",
        maps.total,
        collections.defaultdict(int, a=1),
    )
    expect_error(
        "TypeError: total() argument 'd' must be dict[str, int], not Counter (a dict with __missing__ cannot be copied)",
        maps.total,
        collections.Counter("ab"),
    )
    # So is a defaultdict or Counter made in compiled code, as a result.
    expect_error(
        "TypeError: a Counter cannot be returned to Python as dict[str, int]: its default would be lost",
        maps.tally,
        ["a", "b", "a"],
    )
    expect_error(
        "TypeError: a defaultdict cannot be returned to Python as dict[str, list[int]]: its default would be lost",
        maps.grouped,
        [("a", 1)],
    )
    # Subclasses without __missing__ convert, as plain copies.
    expect(maps.total(collections.OrderedDict(a=1, b=2)), 3)

    class MySet(set):
        pass

    expect(maps.set_size(MySet({1, 2})), 2)

    # A set subclass whose iteration raises: the error arrives as it is.
    class BadSet(set):
        def __iter__(self):
            raise KeyError("no iteration")

    expect_error("KeyError: 'no iteration'", maps.set_size, BadSet({1}))

    # A set subclass whose iteration empties the list holding it: the copy
    # stops where the list now ends, and nothing is freed under its feet.
    holder: list = []

    class Clearing(set):
        def __iter__(self):
            holder.clear()
            return super().__iter__()

    holder.extend([{"a"}, Clearing({"b"}), {"c"}])
    expect(maps.union_all(holder), ["a", "b"])

    # A set's order after crossing is the copy's: a copy can differ from the
    # original after removals (here 8 moves ahead of 1), as `set(s)` does.
    s = {0, 1, 8}
    s.remove(0)
    expect(list(maps.set_identity(s)), list(set(s)))
    # Many calls with dict arguments stay flat (also failing ones).
    import resource

    words = {f"w{i}": i for i in range(50)}
    for _ in range(2000):
        maps.sizes({"a": [1, 2], "b": []})
        maps.total(words)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(20000):
        maps.sizes({"a": [1, 2], "b": []})
        maps.total(words)
        maps.nested(3)
        maps.points(3)
        try:
            maps.total({"a": 1, "b": "x"})
        except TypeError:
            pass
        try:
            maps.set_sum({float("nan"), float("nan")})
        except ValueError:
            pass
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    expect(after - before < 4096, True)
