# if/elif/else chains pick the first true branch; nested ifs and empty-ish branches with pass.


def classify(n: int) -> int:
    if n < 0:
        return -1
    elif n == 0:
        return 0
    elif n < 10:
        return 1
    elif n < 100:
        return 2
    else:
        return 3


for n in range(-2, 150, 17):
    print(n, classify(n))

x = 7
if x > 5:
    if x > 6:
        print("x > 6")
    else:
        pass
    print("x > 5")
if x > 100:
    print("big")
if x % 2 == 0:
    print("even")
elif x % 3 == 0:
    print("multiple of 3")
if x:
    pass
else:
    print("unreachable")
y = 0.5
if y < 0.25:
    print("low")
elif y < 0.75:
    print("mid")
else:
    print("high")
