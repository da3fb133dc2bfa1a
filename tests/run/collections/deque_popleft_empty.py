from collections import deque

d = deque([1])
print(d.popleft())
print(d.popleft())
