# zip(*rows): the transpose idiom.
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(list(zip(*matrix)))
ragged = [[1, 2, 3], [4], [5, 6]]
print(list(zip(*ragged)))
empty: list[list[int]] = []
print(list(zip(*empty)))
words = ["abc", "de", "fgh"]
print(["".join(c) for c in zip(*words)])
points = [(1, 2), (3, 4), (5, 6)]
print([sum(c) for c in zip(*points)])


def transpose(m: list[list[float]]) -> list[list[float]]:
    return [list(r) for r in zip(*m)]


print(transpose([[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]))
print(sum(max(col) for col in zip(*matrix)))
calls = 0


def rows() -> list[list[int]]:
    global calls
    calls += 1
    return [[calls, 2], [3, 4]]


print(calls, list(zip(*rows())), calls)
for col in zip(*rows()):
    print(col, calls)
