# Int + - * and unary - + ~ on positive, negative and zero operands, with precedence.


def show(a: int, b: int) -> None:
    print(a, b, a + b, a - b, b - a, a * b)


show(7, 3)
show(-7, 3)
show(7, -3)
show(-7, -3)
show(0, -5)
show(123456789, 987654321)

x = 12
print(-x, +x, ~x, -(-x), ~~x, ~-x, -~x)
print(-0, +0, ~0, ~-1)
print(2 + 3 * 4, (2 + 3) * 4, 2 - 3 - 4, 2 - (3 - 4), -2 * -3)
print(10 - -3, 10 + -3, 10 * -1 * -1, --5, -+-5)
print(3000000000 * 3000000000, 4611686018427387903 + 4611686018427387904)
print(-4611686018427387904 - 4611686018427387904)
print(9223372036854775807, -9223372036854775807 - 1)

total = 0
i = 0
while i < 100:
    total = total + i * i - i
    i = i + 1
print(total)
