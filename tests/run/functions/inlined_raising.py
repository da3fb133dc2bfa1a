# Small functions that can raise are inlined too; an error in the inlined
# body must leave the same traceback as the call would (the frames are
# checked by crates/taipan/tests/cli.rs) and be caught by the caller.
def step(state: int) -> int:
    return (state * 1103515245 + 12345) % 2147483648


def scale(x: int, k: int) -> int:
    y = x * k
    return y // (k - 3)


def chain(n: int) -> int:
    total = 0
    for i in range(n):
        total += scale(step(i), i)
    return total


def safe(n: int) -> int:
    try:
        return chain(n)
    except ZeroDivisionError as e:
        print("caught", e)
        return -1


print(step(5), scale(10, 4))
print(safe(10))
print(chain(2))
print(chain(5))
