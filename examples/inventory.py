"""A small inventory report: dataclasses, dicts, list comprehensions, sorting
with a key, f-strings and exceptions, all compiled to native code."""

from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float
    quantity: int


class OutOfStock(Exception):
    pass


def parse(line: str) -> Item:
    name, price, quantity = line.split(",")
    return Item(name.strip(), float(price), int(quantity))


def take(stock: dict[str, Item], name: str, count: int) -> float:
    item = stock[name]
    if item.quantity < count:
        raise OutOfStock(f"only {item.quantity} {name} left")
    item.quantity -= count
    return count * item.price


def main() -> None:
    lines = ["apple, 0.5, 120", "pear, 0.75, 40", "fig, 2.25, 8", "kiwi, 0.3, 0"]
    stock = {item.name: item for item in [parse(line) for line in lines]}
    print(stock["fig"])
    total = 0.0
    for name, count in [("apple", 30), ("fig", 10), ("pear", 5), ("plum", 1)]:
        try:
            total += take(stock, name, count)
        except OutOfStock as e:
            print(f"cannot sell {count} {name}: {e}")
        except KeyError as e:
            print(f"unknown item {e}")
    print(f"sold for {total:.2f}")
    ranked = sorted(stock.values(), key=lambda item: item.price * item.quantity, reverse=True)
    for item in ranked:
        print(f"{item.name:>6} {item.quantity:4d} x {item.price:5.2f} = {item.price * item.quantity:8.2f}")
    print("empty:", [item.name for item in ranked if item.quantity == 0])


if __name__ == "__main__":
    main()
