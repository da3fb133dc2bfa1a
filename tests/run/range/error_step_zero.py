# range() with a zero step is a ValueError where the range is made.
def make(step: int) -> range:
    return range(0, 10, step)


print(make(2))
r = make(0)
print("not reached", r)
