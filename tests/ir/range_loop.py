# A constant-step range loop: start/stop evaluated once, unchecked increment.
def total(n: int) -> int:
    acc = 0
    for i in range(n):
        acc += i
    return acc


print(total(10))
