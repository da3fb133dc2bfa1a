# range() arguments are evaluated once, before the loop; rebinding them or the loop variable in the body does not change the iteration.


def arg(label: int, value: int) -> int:
    print("evaluating", label)
    return value


for i in range(arg(1, 0), arg(2, 6), arg(3, 2)):
    print("i =", i)

stop = 3
for i in range(stop):
    stop = 100
    print(i, stop)

for i in range(4):
    print("before", i)
    i = i * 10
    print("after", i)

total = 0
step = -1
for k in range(10, -1, step):
    total += k
print(total)
