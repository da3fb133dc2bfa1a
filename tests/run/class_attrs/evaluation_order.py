# Class attribute values are evaluated where the class statement runs, in
# body order, after the module code before it.


def make(tag: str, n: int) -> list[int]:
    print("make", tag, n)
    return list(range(n))


print("before")


class A:
    FIRST = make("first", 2)
    K = 5
    SECOND: list[int] = make("second", 3)


print("between", A.FIRST, A.SECOND)


class B:
    ONLY = make("only", 1)


print("after", B.ONLY, A.K)
