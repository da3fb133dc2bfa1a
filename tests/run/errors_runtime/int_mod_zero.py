# int % 0: ZeroDivisionError: integer modulo by zero.
d = 3
while True:
    print(17 % d)
    d -= 1
