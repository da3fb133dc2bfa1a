# int // 0 raised several calls deep: ZeroDivisionError: integer division or modulo by zero.


def average_bucket(total: int, buckets: int) -> int:
    return total // buckets


def summarize(total: int, buckets: int) -> int:
    return average_bucket(total, buckets) + 1


def run(n: int) -> None:
    for buckets in range(n, -1, -1):
        print(buckets, summarize(100, buckets))


run(3)
print("not reached")
