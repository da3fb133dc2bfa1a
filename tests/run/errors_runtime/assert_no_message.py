# A failing assert without a message: the last stderr line is just AssertionError.


def check(n: int) -> None:
    assert n % 5 != 0
    print("ok", n)


for i in range(1, 10):
    check(i)
