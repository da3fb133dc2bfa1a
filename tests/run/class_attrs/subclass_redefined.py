# A subclass defining a class attribute again: read through an instance,
# the value is the one of the instance's class (dispatch on the class), as
# in CPython; each class has its own object.


class Base:
    KINDS = ["base"]
    LIMITS: dict[str, int] = {"n": 1}
    K = 1

    def kinds(self) -> list[str]:
        return self.KINDS

    def limit(self) -> int:
        return self.LIMITS["n"] + self.K


class Mid(Base):
    KINDS = ["mid"]
    LIMITS = {"n": 20}
    K = 2


class Leaf(Mid):
    pass


class Other(Base):
    pass


xs: list[Base] = [Base(), Mid(), Leaf(), Other()]
for x in xs:
    print(type(x).__name__, x.kinds(), x.K, x.KINDS, x.limit())
Leaf.KINDS.append("leaf")
Other.KINDS.append("other")
print(Base.KINDS, Mid.KINDS, Leaf.KINDS, Other.KINDS)
print([x.kinds() for x in xs])
Mid.LIMITS["n"] = 30
print([x.limit() for x in xs])
