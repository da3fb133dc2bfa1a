from collections import deque

d = deque([1, 2, 3])
for x in d:
    print(x)
    d[0] = 5
    d.reverse()
print(d)
for x in d:
    print(x)
    if x == 2:
        d.append(4)
