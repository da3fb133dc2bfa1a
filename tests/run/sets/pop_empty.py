s: set[int] = set()
s.pop()
