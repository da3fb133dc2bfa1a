# A loop variable read after a loop that never ran: UnboundLocalError.


def last_index(n: int) -> int:
    for i in range(n):
        pass
    return i


print(last_index(3))
print(last_index(0))
