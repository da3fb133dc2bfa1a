# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# After `if n < 0`, the false branch knows n >= 0: n + 1 is still checked
# (taipan_ir/src/int_ranges.rs proves only what the test implies).
MAX = 9223372036854775807


def above(n: int) -> int:
    if n < 0:
        return n + 1
    return n + 1


print(above(-1), above(MAX - 1))
print(above(MAX))
