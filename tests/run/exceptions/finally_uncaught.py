# `finally` runs on the way out of an uncaught exception, which then continues.
def work(n: int) -> int:
    try:
        print("working on", n)
        return 10 // n
    finally:
        print("finally for", n)


print(work(5))
print(work(0))
