# After a loop the loop variable keeps its last value; a loop that never runs leaves it untouched.


def last_of(n: int) -> int:
    i = -1
    for i in range(n):
        pass
    return i


print(last_of(5), last_of(1), last_of(0))
j = 100
for j in range(3, 30, 7):
    pass
print(j)
for j in range(0):
    pass
print(j)
k = 0
for k in range(10):
    if k * k > 20:
        break
print(k)
for m in range(4, 0, -1):
    continue
print(m)
