words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(min(words, key=lambda w: len(w)), max(words, key=lambda w: len(w)))
d = {"a": 3, "b": 1, "c": 2}
print(sorted(d.items(), key=lambda item: (-item[1], item[0])))
print(max(d, key=lambda k: k))
def neg(x: int) -> int:
    return -x
nums = [3, 1, 2]
nums.sort(key=neg)
print(nums)
print(sorted(nums, key=lambda n: -n * 10))
print(sorted([(1, 2.5), (0, 1.5)], key=lambda p: p[0]))
# stability with a key: equal keys keep their input order, also reversed
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted("Hello World", key=lambda c: c.lower() if False else c))
print(sorted([[3, 1], [2], []], key=lambda xs: len(xs)))
flags = [True, False, True]
print(sorted(flags, key=lambda b: 1 if b else 0))
LIMIT = 2
print(sorted([5, 1, 4], key=lambda n: n % LIMIT))
