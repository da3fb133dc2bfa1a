# float / 0.0 (and / -0.0): ZeroDivisionError: float division by zero.
x = 1.0
y = 0.5
for _ in range(3):
    print(x / y)
    y -= 0.25
y = -y
print("divisor", y)
print(x / (y * -1.0))
