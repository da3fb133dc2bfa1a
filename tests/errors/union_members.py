# Rejected: unions whose members cannot be told apart at run time, and
# members taipan does not support in a union yet.
from typing import Callable, Union

a: list[int] | list[str] = [1]  # error: union members 'list[int]' and 'list[str]' cannot be told apart at run time
b: Union[dict[str, int], dict[int, str]] = {"k": 1}  # error: cannot be told apart at run time
c: tuple[int, int] | tuple[str, ...] = (1, 2)  # error: cannot be told apart at run time
d: int | Callable[[int], int] = 1  # error: a union with a member of type Callable[[int], int] is not supported yet
e: int | ValueError = 1  # error: a union with a member of type ValueError is not supported yet


def f(x: set[int] | set[str]) -> None:  # error: cannot be told apart at run time
    pass
