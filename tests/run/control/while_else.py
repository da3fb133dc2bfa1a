# while loops, with else clauses that run only when the loop ends without break.
i = 0
while i < 5:
    print(i, end=" ")
    i += 1
else:
    print("else after normal exit, i =", i)

j = 0
while j < 5:
    if j == 3:
        print("break at", j)
        break
    j += 1
else:
    print("not printed")

k = 10
while k < 5:
    print("never runs")
else:
    print("else of a zero-iteration while")

n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps", steps)

outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner > outer:
            break
    else:
        print("not printed either")
    print(outer, inner)
    outer += 1
