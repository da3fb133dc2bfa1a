# Rejected: container annotations without or with the wrong number of type arguments.
def first(xs: list) -> int:  # error: 'list' needs type arguments (as in list[int])
    return 0


def count(d: dict[str]) -> None:  # error: 'dict' expects 2 type arguments, got 1
    pass


pair: tuple[int, str] = (1, 2)  # error: expected tuple[int, str], found tuple[int, int]
