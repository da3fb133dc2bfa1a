# Generator expressions consumed on the spot: their other arguments must not
# run before the elements; stored ones are generator objects, which are not
# lists and have no `in` or `reversed()` yet.


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
squares = (x * x for x in xs)
show(x for x in xs)  # error: expected list[int], found Iterator[int]
print(3 in (x for x in xs))  # error: argument of type 'generator' is not iterable
print(list(enumerate(x for x in xs)))
for i, v in enumerate((x for x in xs), pick()):  # error: the start of a call consuming a generator expression
    pass
print(list(zip(xs, (x for x in xs))))
print(list(reversed(x for x in xs)))  # error: 'generator' object is not reversible
print(max((x for x in xs), key=lambda v: -v, default=pick()))  # error: default= of a call consuming a generator expression
print(sum((x for x in xs), pick()))  # error: the start of a call consuming a generator expression must be a constant or a variable
print(min((x for x in xs if x > 5), default=pick()))  # error: default= of a call consuming a generator expression
print(sorted((x for x in xs), reverse=pick() > 0))  # error: reverse= of a call consuming a generator expression
print({1, 2}.isdisjoint(x for x in xs))  # error: expected a set[int] (or a list of its elements), found Iterator[int]
xs.extend(str(x) for x in xs)  # error: expected int, found str
xs.extend(x > 1 for x in xs)  # error: expected int, found bool
print(sum(x for x in 5))  # error: 'int' object is not iterable
print(min(Item(x) for x in xs).n)  # error: min() of a generator expression of Item values is not supported yet
print({Item(1)}.union(Item(x) for x in xs))  # error: set.union() of a generator expression of Item values is not supported yet
print(next(xs))  # error: next() of a 'list' is not supported: only generator objects and generator expressions
print(next((x for x in xs), pick()))  # error: the default of a call consuming a generator expression
print(next((x for x in xs), "none"))  # error: expected int, found str
