# An out-of-range str index raises IndexError from inside a function.
def last_char(s: str, k: int) -> str:
    return s[len(s) - k]


print(last_char("abc", 1), last_char("abc", 3))
print(last_char("", 1))
