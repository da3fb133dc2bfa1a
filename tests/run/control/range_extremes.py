# range() near the ends of the 64-bit range: stepping past the last element must not overflow.
for i in range(9223372036854775800, 9223372036854775807, 3):
    print(i, end=" ")
print()
for i in range(-9223372036854775807 - 1, -9223372036854775807 + 5, 2):
    print(i, end=" ")
print()
for i in range(-9223372036854775800, -9223372036854775807 - 1, -5):
    print(i, end=" ")
print()
count = 0
for i in range(9223372036854775806, 9223372036854775807):
    count += 1
print(count, i)
for i in range(0, 9223372036854775807, 4611686018427387904):
    print(i, end=" ")
print()
for i in range(9223372036854775807, -9223372036854775807 - 1, -9223372036854775807):
    print(i, end=" ")
print()
