# `obj_expr.attr op= value` where the object is not a plain name: the object
# expression is evaluated once.


class Counter:
    def __init__(self) -> None:
        self.n = 0
        self.total = 0.0


class Registry:
    def __init__(self) -> None:
        self.items: dict[str, Counter] = {"a": Counter(), "b": Counter()}
        self.order: list[Counter] = [Counter(), Counter()]
        self.calls = 0

    def pick(self, i: int) -> Counter:
        self.calls += 1
        print("pick", i)
        return self.order[i]


r = Registry()
r.items["a"].n += 5
r.items["a"].n -= 2
r.items["b"].total += 1.5
r.pick(1).n += 10
r.pick(1).n *= 3
r.order[0].total /= 4
print(r.items["a"].n, r.items["b"].total, r.order[1].n, r.order[0].total, r.calls)
try:
    r.items["zz"].n += 1
except KeyError as e:
    print("KeyError", e)
