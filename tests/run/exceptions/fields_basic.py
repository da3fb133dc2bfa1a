# User exception classes with fields, __init__, methods and __str__.


class AppError(Exception):
    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code

    def describe(self) -> str:
        return f"[{self.code}] {self}"


class NotFound(AppError):
    def __str__(self) -> str:
        return f"not found ({self.code})"


class Detailed(AppError):
    retries: int

    def __init__(self, code: int, msg: str, retries: int = 3) -> None:
        super().__init__(code, msg)
        self.retries = retries
        self.history: list[str] = []

    def describe(self) -> str:
        return f"detailed {self.code}/{self.retries}: {super().describe()}"


try:
    raise NotFound(404, "x")
except AppError as e:
    print(e.code, e, e.describe(), e.args, repr(e))
    print(str(e), f"<{e}>", len(str(e)))

try:
    raise AppError(500, "server")
except AppError as e:
    print(e.code, e, e.describe(), e.args, repr(e))

d = Detailed(7, "slow")
d.history.append("first")
d.history.append("second")
d.code = d.code + 1
print(d.code, d.retries, d.history, d, d.describe(), repr(d))
d2 = Detailed(1, "fast", retries=0)
print(d2.retries, d2.args)


def lookup(key: str, depth: int) -> int:
    if depth > 0:
        return lookup(key, depth - 1) + 1
    raise NotFound(len(key), key)


try:
    lookup("abc", 5)
except NotFound as nf:
    print("caught deep", nf.code, nf, nf.args)
except AppError:
    print("wrong clause")

errors: list[AppError] = [AppError(1, "one"), NotFound(2, "two"), Detailed(3, "three")]
for err in errors:
    print(err.code, err, err.describe())
print(errors)
first = errors[0]
print(first.code, str(first))


def fail(which: int) -> None:
    if which == 0:
        raise AppError(10, "ten")
    if which == 1:
        raise NotFound(11, "eleven")
    raise ValueError("plain")


for which in range(3):
    try:
        fail(which)
    except NotFound as e:
        print("NotFound", e.code, e)
    except AppError as e:
        print("AppError", e.code, e)
    except ValueError as e:
        print("ValueError", e)
