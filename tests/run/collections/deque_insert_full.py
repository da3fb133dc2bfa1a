from collections import deque

d = deque([1, 2], maxlen=3)
d.insert(0, 0)
print(d)
d.insert(0, -1)
