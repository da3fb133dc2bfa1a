# Local variables take their type from the first assignment or an annotation; an int assigned to a float variable behaves as a float.


def average(a: int, b: int) -> float:
    total: float = 0
    total += a
    total += b
    return total / 2


def scaled() -> float:
    x: float = 1
    x = x * 0.5
    return x


def shadow(n: int) -> int:
    result = n * 2
    n = n + 1
    result += n
    return result


w: float = 3
print(w / 2, w + 0.5, w == 3, w > 2.5)
print(average(3, 4), average(-1, 1), scaled(), shadow(5))
count = 0
acc = 0.0
for i in range(1, 6):
    count += 1
    acc += 1 / i
print(count, acc)
