# 'and'/'or' of operands of different types where only their truth is
# used: if, while, not, assert, conditional expressions, comprehension ifs.


def describe(n: int | None, name: str, xs: list[int]) -> str:
    if (n is None) and name:
        return "no number, named " + name
    if n and xs:
        return "number " + str(n) + " with " + str(len(xs)) + " items"
    if not (name or xs):
        return "nothing"
    return "other"


def count_down(n: int, tag: str) -> list[int]:
    out: list[int] = []
    while n and tag:
        out.append(n)
        n -= 1
    return out


def main() -> None:
    print(describe(None, "bob", []))
    print(describe(None, "", []))
    print(describe(3, "", [1, 2]))
    print(describe(0, "", [1, 2]))
    print(describe(0, "", []))
    print(describe(5, "x", []))
    print(count_down(3, "go"), count_down(3, ""), count_down(0, "go"))
    words = ["", "a", "bc"]
    nums = [0, 1, 2]
    print([w for w, k in zip(words, nums) if w or k])
    print([w for w, k in zip(words, nums) if w and k > 1])
    print("yes" if words and nums[0] else "no")
    print("yes" if words or nums[0] else "no")
    flag = not (nums and "")
    print(flag, not ([] or 0), not ([0] and 1.5))
    assert words and nums, "never"
    x: float = 0.0
    if x or words:
        print("float or list")
    d: dict[str, int] = {}
    if not d and words:
        print("empty dict and words")
    s: str | None = None
    label = s or "default"
    print(label)
    s = "given"
    print(s or "default")


main()
