# compare-traceback
# __repr__ raising while print shows a list of instances.


class Item:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        if self.name == "":
            raise RuntimeError("unnamed item")
        return f"Item({self.name!r})"


def show(items: list[Item]) -> None:
    print(items)


show([Item("a"), Item("b")])
show([Item("c"), Item("")])
