# A few thousand lines of output, to check buffering and flushing of large outputs.
total = 0
for i in range(3000):
    total += i * 7 % 13
    print(i, total, i * 0.5, i % 2 == 0)
print("done", total)
