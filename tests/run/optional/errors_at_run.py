# An exception raised while optional values are live; a None that reaches
# int() through a path the checker allows (str(None)) is an ordinary
# ValueError.


def parse(s: str | None) -> int:
    if s is None:
        raise ValueError("no text")
    return int(s)


def main() -> None:
    values: list[str | None] = ["1", None, "x"]
    for v in values:
        try:
            print(parse(v))
        except ValueError as e:
            print("error:", e)
    d = {"a": 1}
    got = d.get("b")
    print(got)
    print(int(str(got)))


main()
