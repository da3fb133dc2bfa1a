# Unions in lists, tuples, dicts and sets: printing (repr by run-time type),
# `==` across members (1 == 1.0), hashing, membership, and methods taking
# element values.

Number = int | float
Key = int | str

nums: list[Number] = [1, 2.0, 3, 0.5, -0.0, 10**18]
print(nums, len(nums), nums[-1], nums[1:3])
print(nums[0] == 1.0, nums[1] == 2, nums[3] == 0.5, nums[4] == 0, nums[2] != 3)
print(1 in nums, 2 in nums, 0.25 in nums, nums.count(3.0), nums.index(2))
nums.append(7)
nums.insert(0, 1.5)
nums.remove(1)
print(nums, nums.pop(), nums.pop(0), nums)
print(nums == [2.0, 3, 0.5, -0.0, 10**18], nums != [])

keys: dict[Key, str] = {1: "one", "two": "2", 3: "three"}
keys[4] = "four"
keys["five"] = "5"
print(keys, keys[1], keys["two"], 3 in keys, "3" in keys, keys.get(5, "none"))
del keys[1]
print(sorted(str(k) for k in keys), len(keys))
hashes: dict[Key, int] = {}
ks: list[Key] = [1, "a", 1, "a", 2]
for k in ks:
    hashes[k] = hashes.get(k, 0) + 1
print(hashes)

floaty: dict[Number, str] = {1: "int one"}
floaty[1.0] = "float one"
floaty[2.5] = "x"
print(floaty, len(floaty), floaty[1])

tags: set[Key] = {1, "a", 2, "a", 1}
print(len(tags), 1 in tags, "a" in tags, "b" in tags, 3 in tags)
tags.add("b")
tags.discard(1)
print(sorted(str(t) for t in tags))

pairs: list[tuple[str, int | float]] = [("a", 1), ("b", 2.5)]
pairs.append(("c", 3))
print(pairs, pairs[1][1], pairs[0] == ("a", 1.0))
for name, value in pairs:
    if isinstance(value, int):
        print(name, "int", value * 2)
    else:
        print(name, "float", value * 2)

nested: list[list[int] | str] = [[1, 2], "ab", [], ""]
print(nested, [len(x) for x in nested if isinstance(x, list)], [x for x in nested if x])
grid: dict[str, list[int | str]] = {"row": [1, "x", 2]}
grid["row"].append("y")
print(grid, str(grid["row"][1]), repr(grid["row"][1]))
empty: list[int | str] = []
print(empty, empty == [], len(empty))
