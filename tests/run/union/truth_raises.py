# The truth of a union holding an instance calls its __len__, whose error
# propagates (ValueError for a negative length, as in CPython).


class Weird:
    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n


def check(x: Weird | str) -> str:
    return "yes" if x else "no"


print(check(""), check("a"), check(Weird(0)), check(Weird(2)))
print(check(Weird(-1)))
