# Equality in dataclass hierarchies, as the runtime's containers see it:
# CPython's generated __eq__ compares only instances of the very same class,
# so a subclass instance with equal base fields is not equal (in, index,
# count, list ==), in either operand order.
from dataclasses import dataclass


@dataclass
class P:
    x: int


@dataclass
class Q(P):
    y: int = 0


class R(P):
    pass


ps: list[P] = [P(1), P(2)]
qs: list[P] = [Q(1, 0)]
rs: list[P] = [R(1), R(2)]
q: P = Q(1, 0)
r: P = R(2)
q2: P = Q(1)
r2: P = R(2)
rs2: list[P] = [R(1), R(2)]
qs2: list[P] = [Q(1)]
print(q in ps, r in ps, P(1) in qs, P(2) in rs, q2 in qs, r2 in rs)
print(ps.count(q), rs.count(r), rs.index(r), ps == rs, rs == rs2, qs == qs2, ps == qs)
mixed: list[P] = [P(1), Q(1), R(1), Q(1, 5)]
print(mixed.count(P(1)), mixed.count(Q(1)), mixed.count(R(1)), mixed.index(Q(1, 5)))
print(R(1) == R(1), R(1) != R(2), Q(3, 4) == Q(3, 4), Q(3, 4) != Q(3, 5))
