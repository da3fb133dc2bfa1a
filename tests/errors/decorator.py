# Rejected: decorators (reported on the decorator line).
def identity(n: int) -> int:
    return n


@identity  # error: decorators are not supported yet
def seven() -> int:
    return 7


print("never runs")
