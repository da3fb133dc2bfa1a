# Narrowing of optional module globals in the module body itself: the same
# rules as for locals (is None / is not None / truth / early exit / assert /
# `and` / conditional expressions), narrowed numbers read unboxed.


def find(xs: list[int], t: int) -> int | None:
    for i, x in enumerate(xs):
        if x == t:
            return i
    return None


def half(x: float) -> float | None:
    if x < 0:
        return None
    return x / 2


def label(n: int) -> str | None:
    if n % 2 == 0:
        return "even" + str(n)
    return None


r = find([1, 2, 3], 2)
if r is not None:
    print("found", r + 1, r * 10, -r)
else:
    print("missing")

missing = find([1, 2, 3], 7)
if missing is None:
    print("missing is None", missing)
else:
    print("unexpected", missing + 1)

# `if r:` narrows the true branch only: 0 is falsy too.
first = find([5, 6], 5)
if first:
    print("truthy", first + 1)
else:
    print("falsy", first, first == 0, first is None)
none_r = find([], 1)
if not none_r:
    print("not none_r", none_r)
else:
    print("none_r", none_r - 1)

# Conditions combined with `and`, negated, and conditional expressions.
a = find([4, 5, 6], 6)
b = find([4, 5, 6], 4)
if a is not None and b is not None:
    print("both", a + b, a - b)
if not (a is None or b is None):
    print("neither None", a * b)
print("ifexp", a + 100 if a is not None else -1, b * 3 if b is not None else -1)
if a is not None and a > 1:
    print("and", a)
if none_r is not None and none_r > 1:
    print("unexpected and", none_r)
while b is not None and b < 3:
    b = b + 1
print("while and", b)

# Floats, strs and bools.
h = half(5.0)
if h is not None:
    print("half", h + 0.25, h * 2)
neg_h = half(-1.0)
print("neg_h", neg_h, neg_h is None)
s = label(4)
if s is not None:
    print(s.upper(), len(s), s + "!")
t = label(3)
if t:
    print("t", t.upper())
else:
    print("t is", t)
flag: bool | None = None
flag = len(s or "") > 2
if flag is not None:
    print("flag", flag and True, not flag)

# Early exit at module level: `raise` in the None branch narrows what follows.
found = find([7, 8, 9], 9)
if found is None:
    raise ValueError("9 not found")
print("after raise", found + 1, found // 2)

# assert narrows what follows.
pos = find([3, 1], 1)
assert pos is not None
print("asserted", pos * 7)
assert pos is not None, "never"
print("again", pos - 1)

# Assigning a value narrows; assigning an optional or None un-narrows.
v: int | None = None
v = 41
print("assigned", v + 1)
v = find([1], 2)
print("reassigned", v, v is None)
if v is None:
    v = 0
print("joined", v + 5)
