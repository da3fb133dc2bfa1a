# The walrus operator in if/while conditions and comprehension conditions.

items = ["alpha", "beta", "", "gamma", ""]


def next_item() -> str:
    if len(items) == 0:
        return ""
    return items.pop(0)


def lengths(xs: list[int]) -> None:
    if (n := len(xs)) > 3:
        print("long", n)
    else:
        print("short", n)
    print("n after:", n)


def reader() -> list[str]:
    out: list[str] = []
    while (line := next_item()) != "":
        out.append(line.upper())
    print("stopped at", repr(line))
    return out


def squares(xs: list[int]) -> list[int]:
    return [y for x in xs if (y := x * x) % 2 == 1]


def last_bound(xs: list[int]) -> int:
    last = -1
    found = [x for x in xs if (last := x) > 100]
    print(found)
    return last


def in_expression(a: int) -> int:
    return (b := a + 1) * b


def with_optional(d: dict[str, int], k: str) -> str:
    if (v := d.get(k)) is not None:
        return f"{k}={v + 1}"
    return f"{k} missing"


def loop_narrowing(d: dict[int, int], start: int) -> list[int]:
    chain: list[int] = []
    k = start
    while (nxt := d.get(k)) is not None:
        chain.append(nxt)
        k = nxt
    return chain


def conditional_binding(flag: bool) -> str:
    if flag and (word := "yes"):
        return word
    try:
        return word
    except UnboundLocalError as e:
        return "unbound: " + str(e)


lengths([1, 2, 3, 4, 5])
lengths([])
print(reader())
print(squares([1, 2, 3, 4, 5, -3]))
print(last_bound([5, 200, 7]))
print(last_bound([]))
print(in_expression(4))
print(with_optional({"a": 1}, "a"), with_optional({"a": 1}, "b"))
print(loop_narrowing({1: 2, 2: 5, 5: 9}, 1), loop_narrowing({}, 3))
print(conditional_binding(True), conditional_binding(False))
print(reader())
chunks = [1, 2, 3]
if (size := len(chunks)) == 3:
    print("module-level", size)
total_len = [w for w in ["ab", "cde"] if (m := len(w)) > 2]
print(total_len, m)


def countdown(n: int) -> list[int]:
    out: list[int] = []
    while (n := n - 1) > 0:
        out.append(n)
    return out


def objects_rebound(words: list[str]) -> str:
    best = ""
    for w in words:
        if len(cur := w.strip()) > len(best):
            best = cur
    return best + "|" + cur


print(countdown(4), countdown(0))
print(objects_rebound(["  a ", " abc", "ab  "]))
print([(k, v) for k in range(4) if (v := k * k) > 2 and v < 10], v)
