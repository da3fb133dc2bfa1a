# Generator expressions are accepted only where they are consumed at once.


def show(xs: list[int]) -> None:
    print(xs)


def pick() -> int:
    return 1


class Item:
    def __init__(self, n: int) -> None:
        self.n = n

    def __lt__(self, other: "Item") -> bool:
        return self.n < other.n

    def __hash__(self) -> int:
        return self.n


xs = [3, 1, 2]
squares = (x * x for x in xs)  # error: generator expressions outside a call that consumes them are not supported yet
show(x for x in xs)  # error: generator expressions outside a call that consumes them
print(3 in (x for x in xs))  # error: generator expressions outside a call that consumes them
print(list(enumerate(x for x in xs)))  # error: generator expressions outside a call that consumes them
for i, v in enumerate((x for x in xs), pick()):  # error: the start of a call consuming a generator expression
    pass
print(list(zip(xs, (x for x in xs))))  # error: generator expressions outside a call that consumes them
print(list(reversed(x for x in xs)))  # error: generator expressions outside a call that consumes them
print(max((x for x in xs), key=lambda v: -v, default=pick()))  # error: default= of a call consuming a generator expression
print(sum((x for x in xs), pick()))  # error: the start of a call consuming a generator expression must be a constant or a variable
print(min((x for x in xs if x > 5), default=pick()))  # error: default= of a call consuming a generator expression
print(sorted((x for x in xs), reverse=pick() > 0))  # error: reverse= of a call consuming a generator expression
print({1, 2}.isdisjoint(x for x in xs))  # error: generator expressions outside a call that consumes them
xs.extend(str(x) for x in xs)  # error: expected int, found str
xs.extend(x > 1 for x in xs)  # error: expected int, found bool
print(sum(x for x in 5))  # error: 'int' object is not iterable
print(min(Item(x) for x in xs).n)  # error: min() of a generator expression of Item values is not supported yet
print({Item(1)}.union(Item(x) for x in xs))  # error: set.union() of a generator expression of Item values is not supported yet
print(next(xs))  # error: next() of a 'list' is not supported: only generator objects and generator expressions
print(next((x for x in xs), pick()))  # error: the default of a call consuming a generator expression
print(next((x for x in xs), "none"))  # error: expected int, found str
