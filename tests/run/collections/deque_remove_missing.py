from collections import deque

d = deque(["a", "b"])
d.remove("b")
print(d)
d.remove("b")
