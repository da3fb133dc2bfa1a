def total(*xs: int) -> int:  # error: '*args' parameters of exported functions are not supported yet ('total')
    return sum(xs)


def _private_total(*xs: int) -> int:
    return sum(xs)


def uses(a: int) -> int:
    return _private_total(a, a, 1)
