# Unbounded recursion: RecursionError: maximum recursion depth exceeded.


def countdown(n: int) -> int:
    if n == -1:
        return 0
    return countdown(n + 1) + 1


print("starting")
print(countdown(5))
