words: list[str] = []
print(max((w for w in words), default="-"))
print(max(len(w) for w in words))
