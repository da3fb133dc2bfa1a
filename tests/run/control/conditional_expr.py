# Conditional expressions evaluate only the chosen branch and nest right-to-left.


def loud(v: int) -> int:
    print("evaluated", v)
    return v


for n in range(-1, 3):
    print(n, -1 if n < 0 else 0 if n == 0 else 1, 0.5 if n > 0 else -0.5)
print(loud(1) if True else loud(2))
print(loud(3) if False else loud(4))
x = 5
y = x * 2 if x > 3 else x - 2
print(y)
z = 0.5 if x % 2 else 1.5
print(z)
print((1 if x > 0 else -1) + (10 if x > 10 else 20))
