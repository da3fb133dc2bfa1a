from collections import deque

d = deque([1], maxlen=-1)
