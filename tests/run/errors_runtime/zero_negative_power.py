# 0.0 raised to a negative power: ZeroDivisionError: 0.0 cannot be raised to a negative power.
base = 2.0
while base >= 0.0:
    print(base ** -1.0)
    base -= 1.0
