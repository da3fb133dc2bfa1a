# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# A range loop's counter is below its stop: i + 1 cannot overflow, but i + 2
# can, on the last pass.
MAX = 9223372036854775807


def last_plus(start: int, stop: int, extra: int) -> int:
    total = 0
    for i in range(start, stop):
        total = i + extra
    return total


print(last_plus(MAX - 3, MAX, 1))
print(last_plus(MAX - 3, MAX, 2))
