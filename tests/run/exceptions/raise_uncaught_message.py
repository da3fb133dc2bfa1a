# An uncaught exception raised in a called function: the last stderr line and exit 1.
def check(n: int) -> int:
    if n < 0:
        raise ValueError("negative value: " + str(n))
    return n * 2


print(check(3))
print(check(-4))
print("not reached")
