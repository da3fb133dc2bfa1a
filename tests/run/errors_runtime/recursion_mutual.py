# Unbounded mutual recursion through two functions: RecursionError: maximum recursion depth exceeded.


def ping(n: int) -> int:
    return pong(n + 1)


def pong(n: int) -> int:
    if n < 0:
        return n
    return ping(n + 1)


print("ping-pong")
print(ping(0))
