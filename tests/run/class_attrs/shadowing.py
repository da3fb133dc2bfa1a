# A field of the same name shadows a class attribute for instances, as in
# CPython: `obj.items` is the instance's, `C.items` the class's.


class Bag:
    items: list[int] = [1, 2]
    LIMIT: int = 3

    def __init__(self, first: int) -> None:
        self.items = [first]

    def add(self, x: int) -> None:
        self.items.append(x)


b = Bag(9)
c = Bag(8)
b.add(5)
print(b.items, c.items, Bag.items)
Bag.items.append(3)
print(b.items, Bag.items, Bag.LIMIT, b.LIMIT)
print(b.items is Bag.items, b.items is c.items)
