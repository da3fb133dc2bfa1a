# A negative shift count: ValueError: negative shift count.
s = 2
while True:
    print(1 << s, 64 >> s)
    s -= 1
