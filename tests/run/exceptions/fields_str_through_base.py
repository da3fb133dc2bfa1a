# str() of an exception whose static class is a built-in one but whose
# run-time class is a user class with __str__ (and a __str__ that raises),
# and super().__str__() reaching a user __str__ or BaseException's.


class AppError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__("app")
        self.code = code

    def __str__(self) -> str:
        if self.code < 0:
            raise ValueError("negative code")
        return f"code {self.code}"


class Sub(AppError):
    pass


class Bracketed(AppError):
    def __str__(self) -> str:
        return "<" + super().__str__() + ">"


class Plain(Exception):
    def __str__(self) -> str:
        return "[" + super().__str__() + "]"


def f(n: int) -> None:
    if n == 0:
        raise KeyError("k")
    raise Sub(n)


for n in [0, 1, -1]:
    try:
        f(n)
    except Exception as e:
        try:
            print("got", e, repr(e), f"[{e}]")
        except ValueError as v:
            print("str failed:", v)

errs: list[Exception] = [ValueError("v"), AppError(5), Bracketed(6)]
print([str(x) for x in errs])
a = AppError(7)
print(f"{a!s:>10}|{a!r}|{a}")
print(Bracketed(3), Plain("p", 2), Plain())
