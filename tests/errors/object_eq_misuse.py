# Rejected: `object` outside the `other` parameter of __eq__/__ne__, uses of
# such a parameter other than isinstance narrowing and `is`, a non-bool
# result, calling such a method directly (it returns NotImplemented), and
# hash() of unhashable values.


class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        print(other)  # error: 'other' is an 'object': it can only be narrowed with isinstance(other, C) or compared with 'is' yet
        y = other  # error: 'other' is an 'object': it can only be narrowed with isinstance(other, C) or compared with 'is' yet
        if isinstance(other, V):
            return self.x == other.x
        return other.x == 1  # error: 'other' is an 'object': it can only be narrowed with isinstance(other, C) or compared with 'is' yet

    def __lt__(self, other: object) -> bool:  # error: object values are not supported yet
        return True


def f(o: object) -> int:  # error: object values are not supported yet
    return 1


class W:
    def __eq__(self, other: object) -> int:  # error: a comparison method taking 'other: object' must return bool (it returns int)
        return True

    def __ne__(self, other: object) -> bool:
        return 1  # error: expected bool, found int


class T:
    def __eq__(self, other: "T") -> bool:
        return NotImplemented  # error: NotImplemented is supported only as 'return NotImplemented' in __eq__/__ne__(self, other: object)

    def __ne__(self, other: object, extra: int) -> bool:  # error: special method '__ne__' must take 'self' and 'other'
        return True


v = V(1)
print(v.__eq__(v))  # error: calling __eq__(self, other: object) directly is not supported yet: use '==' or '!='
print(W().__ne__(W()))  # error: calling __ne__(self, other: object) directly is not supported yet: use '==' or '!='
print(hash([1]))  # error: unhashable type: 'list'
print(hash(None))  # error: hash() of a None value is not supported yet
print(hash(1, 2))  # error: hash() takes exactly one argument (2 given)
x = NotImplemented  # error: NotImplemented is supported only as 'return NotImplemented'
