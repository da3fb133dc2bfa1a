class P:
    def scale(self, x: int) -> int:
        return x * 2


def make() -> P:
    return P()


m = map(str, [1, 2])
print(list(map(make().scale, [1, 2])))  # error: builtin 'map' is not supported yet
