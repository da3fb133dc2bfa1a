# Rejected: what optional numbers and strs do not support yet.


def keys(x: int | None) -> int:
    return len({x})  # error: unhashable type


def order(xs: list[int | None]) -> None:
    print(sorted(xs))  # error: sorted() of NoneType values is not supported


def nones(d: dict[str, None]) -> None:
    print(d.get("a"))  # error: dict.get(k) without a default on a dict of None values is not supported


def mixed(x: int | None, y: float | None) -> bool:
    return x == y  # error: '==' between a int | None and a float | None is not supported yet


def chained(x: int | None) -> bool:
    return 0 < x < 3  # error: not supported between instances of 'int' and 'NoneType'


class C:
    pass


def is_c(x: int | None) -> bool:
    return isinstance(x, C)  # error: isinstance() of a int | None value and a class is always False


def same(x: int | None, y: int | None) -> bool:
    return x is y  # error: 'is' between a int | None and a int | None is not supported: compare numbers with '=='


keys(1)
order([])
nones({})
print(mixed(1, 1.0), chained(1), is_c(None), same(1, 1))
