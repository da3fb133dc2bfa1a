# del of local names: the value is released, later reads raise, rebinding works.


class Res:
    def __init__(self, name: str) -> None:
        self.name = name


def basic() -> None:
    x = 10
    s = "text"
    del x
    x = 20
    print(x, s)
    del s
    s = "again"
    print(s)


def several(n: int) -> int:
    a = [1, 2, 3]
    b = {"k": n}
    c = n * 2
    del a[0], b["k"]
    print(a, b)
    del a, b
    a = [c]
    return a[0]


def in_loop(n: int) -> list[str]:
    out: list[str] = []
    for i in range(n):
        tmp = f"item{i}"
        out.append(tmp)
        del tmp
    return out


def conditional(flag: bool) -> str:
    value = "set"
    if flag:
        del value
    try:
        return value
    except UnboundLocalError as e:
        return "caught: " + str(e)


def param_deleted(p: int, q: str) -> str:
    if p > 0:
        del q
        q = "replaced"
    return q


def instance_release() -> None:
    r = Res("a")
    rs = [r]
    del r
    print(rs[0].name, len(rs))


def del_twice() -> None:
    y = 1
    del y
    try:
        del y
    except UnboundLocalError as e:
        print("second del:", e)


def loop_reread(n: int) -> None:
    v = 0
    i = 0
    while i < n:
        try:
            print("v is", v)
        except UnboundLocalError:
            print("v unbound at", i)
            v = i
        else:
            del v
        i += 1


basic()
print(several(4))
print(in_loop(3))
print(conditional(False))
print(conditional(True))
print(param_deleted(1, "orig"), param_deleted(0, "orig"))
instance_release()
del_twice()
loop_reread(4)
