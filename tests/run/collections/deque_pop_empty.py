from collections import deque

d: deque[str] = deque()
d.pop()
