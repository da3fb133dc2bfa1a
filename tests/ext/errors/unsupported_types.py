def f(d: dict[str, int]) -> int:  # error: parameter 'd' of exported function 'f' has type dict[str, int], which cannot be passed from Python yet
    return 0


def g(xs: list[set[int]]) -> int:  # error: parameter 'xs' of exported function 'g' has type list[set[int]], which cannot be passed from Python yet
    return 0


def _private(d: dict[str, int]) -> int:
    return 0


def ok(xs: list[tuple[int, str, None]], s: str = "a\tb") -> tuple[float, ...]:
    return (1.0,)
