# A range loop indexing lists by its variable, with a body that cannot change
# a list's length: a guard (start >= 0, stop <= len of each list) picks a copy
# of the loop whose list accesses are unchecked; the other copy keeps them.
def axpy(a: float, xs: list[float], ys: list[float]) -> None:
    for i in range(len(xs)):
        ys[i] += a * xs[i]


axpy(2.0, [1.0], [2.0])
