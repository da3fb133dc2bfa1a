# Rejected: positional-only parameters passed by keyword, with CPython's TypeError messages.
def clamp(x: int, lo: int = 0, /, hi: int = 10) -> int:
    return max(lo, min(x, hi))


def pair(a: int, b: int, /) -> int:
    return a - b


class Vec:
    def __init__(self, x: int, y: int, /) -> None:
        self.x = x
        self.y = y


print(clamp(x=1))  # error: clamp() got some positional-only arguments passed as keyword arguments: 'x'
print(clamp(1, lo=2))  # error: clamp() got some positional-only arguments passed as keyword arguments: 'lo'
print(pair(b=2, a=1))  # error: pair() got some positional-only arguments passed as keyword arguments: 'a, b'
print(pair(1, c=2, b=3))  # error: pair() got some positional-only arguments passed as keyword arguments: 'b'
print(clamp(1, hi=2, z=3))  # error: clamp() got an unexpected keyword argument 'z'
v = Vec(1, y=2)  # error: Vec.__init__() got some positional-only arguments passed as keyword arguments: 'y'
