# A generator consumed by any() or sum() builds no list: its clauses become
# the consumer's loop. any() jumps out at the first true element, releasing
# the nested loop's list and the clause variables on the way.
def has_long(rows: list[list[str]]) -> bool:
    return any(len(w) > 3 for row in rows for w in row)


def total(xs: list[int]) -> int:
    return sum(x * x for x in xs if x > 0)
