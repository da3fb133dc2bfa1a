# split with an empty separator raises ValueError.
def parts(s: str, sep: str) -> list[str]:
    return s.split(sep)


print(parts("a b", " "))
print(parts("a b", ""))
