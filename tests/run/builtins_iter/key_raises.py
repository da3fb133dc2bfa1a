def key(s: str) -> int:
    return int(s)


print(sorted(["3", "1"], key=key))
print(sorted(["3", "x"], key=key))
