# `for c in s` walks byte offsets (one `tp_str_char_at_byte` per character,
# advancing by its UTF-8 length); str methods are one runtime call each, with
# omitted arguments as the runtime's defaults (null separator, i64::MIN bounds);
# `str.format` reading its arguments out of order evaluates them once, in order.
def count_upper(s: str) -> int:
    n = 0
    for c in s:
        if c.isupper():
            n += 1
    return n


def fields(line: str) -> list[str]:
    return line.strip().split(maxsplit=2)


def swapped(a: int, b: str) -> str:
    return "{1}={0}".format(a * 2, b.upper())
