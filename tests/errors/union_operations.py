# Rejected: operations an un-narrowed union does not support (only
# conversion, printing, ==/!=, hashing and truth are allowed before an
# isinstance test narrows it).


class Point:
    def __init__(self, x: int) -> None:
        self.x = x


class Label:
    def __init__(self, text: str) -> None:
        self.text = text


def takes_int(n: int) -> int:
    return n


x: int | str = 3
print(x + 1)  # error: operator '+' is not supported for 'int | str'; narrow it with isinstance() first
print(x < 2)  # error: operator '<' is not supported for 'int | str'; narrow it with isinstance() first
print(x.upper())  # error: method 'upper' is not supported for 'int | str'; narrow it with isinstance() first
print(len(x))  # error: len() is not supported for 'int | str'; narrow it with isinstance() first
print(takes_int(x))  # error: expected int, found int | str: narrow it with isinstance() first
x += 1  # error: operator '+' is not supported for 'int | str'
y: int | float = 2.5
print(y * 2)  # error: operator '*' is not supported for 'int | float'
p: Point | Label = Point(1)
print(p.x)  # error: attribute 'x' is not supported for 'Label | Point'; narrow it with isinstance() first
n: int | str | None = None
print(n + 1)  # error: operator '+' is not supported for 'int | str | None'
if isinstance(x, int):
    print(x + 1)
else:
    print(x + 1)  # error: unsupported operand types for +: 'str' and 'int'
b: int = "s" if x else 1  # error: conditional expression branches have different types
print(x is y)  # error: 'is' between a int | str and a int | float is not supported: compare numbers with '=='
