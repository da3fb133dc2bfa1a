# list[T]: displays, indexing, assignment, methods, operators, repr.
def total(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def squares(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        out.append(i * i)
    return out


xs = [3, 1, 4, 1, 5]
print(xs, len(xs), total(xs), xs[0], xs[-1], xs[-5], xs[2:], xs[:-2], xs[::-1], xs[::2], xs[4:1])
xs[0] = 9
xs[-1] += 10
xs[1] *= 3
print(xs)
xs.append(2)
xs.insert(0, -1)
xs.insert(100, 100)
xs.insert(-1, 50)
print(xs, xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.extend([7, 8])
xs.extend(xs)
print(xs, len(xs))
empty: list[int] = []
print(empty, len(empty), total(empty), empty == [], [] == squares(0), squares(5))
print(3 in xs, 42 in xs, 42 not in xs, [1, 2] == [1, 2], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 9])
print([0] * 4, 3 * [1, 2], [1] * 0, [1, 2] + [3], list(range(5)), list(range(10, 0, -3)), list(range(0)))
fs: list[float] = [1.0, 2.5, -0.0]
fs.append(3.0)
print(fs, [0.1 + 0.2, 1e16, 1.5e-7], [True, False], [[1, 2], [], [3]])
strs = ["a", "b'c", "d\"e"]
strs[0] += "z"
print(strs, strs[1:], "b'c" in strs, len(strs[2]))
copy = list(xs)
copy[0] = 1000
print(xs[0], copy[0], xs.copy() == xs)
if xs and not empty:
    print("truthy lists")
while empty:
    empty.pop()
print(bool(empty), bool([0]))
