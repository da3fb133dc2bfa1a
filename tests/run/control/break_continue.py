# break and continue affect only the innermost loop, in for and while loops alike.
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        print(i, j)

found = 0
n = 1
while True:
    n += 1
    if n % 2 == 0:
        continue
    is_prime = True
    d = 3
    while d * d <= n:
        if n % d == 0:
            is_prime = False
            break
        d += 2
    if not is_prime:
        continue
    found += 1
    if found == 10:
        break
print("10th odd prime", n)

evens = 0
for v in range(20):
    if v % 2:
        continue
    evens += v
print(evens)
