from collections import deque

d = deque(["a", "b"])
print(d.index("b"))
print(d.index("zz"))
