# for over range() with 1, 2 and 3 arguments, negative steps, empty ranges and else clauses.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 6):
    print(i, end=" ")
print()
for i in range(0, 20, 7):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-5, -15, -4):
    print(i, end=" ")
print()
for i in range(-3, 3):
    print(i, end=" ")
print()
for i in range(0):
    print("empty")
for i in range(5, 5):
    print("empty")
for i in range(5, 2):
    print("empty")
for i in range(2, 5, -1):
    print("empty")
for i in range(-1):
    print("empty")
for i in range(0, 10, 100):
    print(i, end=" ")
print()
for i in range(3):
    print("loop", i)
else:
    print("else runs after the last iteration")
for i in range(0):
    print("empty")
else:
    print("else runs for an empty range too")
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
