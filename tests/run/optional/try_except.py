# Optional values across try/except: parsed or None, exceptions caught while
# boxes are live, a value assigned in the try body read after it.


def parse(s: str) -> int | None:
    try:
        return int(s)
    except ValueError:
        return None


def safe_div(a: int, b: int | None) -> float | None:
    if b is None:
        return None
    try:
        return a / b
    except ZeroDivisionError:
        return None


def main() -> None:
    values = [parse(s) for s in ["1", "x", "-7", "", "0"]]
    print(values)
    print([safe_div(10, v) for v in values])
    result: int | None = None
    try:
        result = parse("12")
        raise KeyError("boom")
    except KeyError as e:
        print("caught", e, result)
    print(result)
    d = {"a": 1}
    try:
        print(d["b"])
    except KeyError:
        print("missing", d.get("b"), d.get("a"))


main()
