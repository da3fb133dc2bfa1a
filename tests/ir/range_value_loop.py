# A loop over a range held in a variable: the three bounds are read from the
# object once (field.get), then the counted loop of `for i in range(...)` runs.
def total(r: range) -> int:
    acc = 0
    for i in r:
        acc += i
    return acc


print(total(range(1, 10, 3)))
