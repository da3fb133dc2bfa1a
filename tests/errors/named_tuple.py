# What makes a NamedTuple a tuple in CPython is rejected: it is compiled as a
# frozen dataclass.
from typing import NamedTuple, Optional


class P(NamedTuple):
    x: int
    y: int


class Q(NamedTuple):
    name: Optional[str]


p = P(1, 2)
print(p[0])  # error: 'P' object is not subscriptable
p.x = 3  # error: cannot assign to field 'x': 'P' is a frozen dataclass
print(Q("a") < Q("b"))  # error: '<' not supported between instances of 'Q' and 'Q'
