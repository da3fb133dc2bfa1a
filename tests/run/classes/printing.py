# print / str / repr / f-strings of instances: __str__ and __repr__ (also
# inherited and overridden), and the default repr's shape.


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __repr__(self) -> str:
        return f"Money({self.cents})"


class Price(Money):
    def __str__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


class Discount(Price):
    def __repr__(self) -> str:
        return "Discount(" + str(self.cents) + ")"


def show(m: Money) -> str:
    return str(m) + " / " + repr(m)


def main() -> None:
    m = Money(250)
    p = Price(1999)
    d = Discount(5)
    print(m, p, d)
    print(str(m), repr(m), str(p), repr(p), str(d), repr(d))
    print(f"{m} {p!r} {d}")
    print(show(m), show(p), show(d))
    text = repr(Plain(1))
    print(text.startswith("<__main__.Plain object at 0x"), text.endswith(">"))
    plain = Plain(2)
    print(str(plain) == repr(plain))


main()
