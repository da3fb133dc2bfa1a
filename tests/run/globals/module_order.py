# Module-level statements run in order; module loops build values that functions read later.


def report() -> None:
    print("total =", total, "count =", count, "mean =", mean)


def uses_later_global() -> int:
    return LATE * 2


print("start")
total = 0
count = 0
for i in range(1, 11):
    if i % 3 == 0:
        continue
    total += i * i
    count += 1
mean = total / count
print("loop finished")
report()
LATE = 21
print(uses_later_global())
j = 0
while j < 3:
    print("module while", j)
    j += 1
if count > 5:
    print("count is large")
else:
    print("count is small")
print("end")
