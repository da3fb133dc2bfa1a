# The program behind the "Cost of try" figures in docs/benchmarks.md (with a
# small n): the same call loop outside and inside a try.
def add(a: int, b: int) -> int:
    return a + b


def outside(n: int) -> int:
    total = 0
    for i in range(n):
        total = add(total, i) % 1000003
    return total


def inside(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            total = add(total, i) % 1000003
        except OverflowError:
            total = 0
    return total


print(outside(100000), inside(100000))
