# compare-traceback
# An exception raised inside a bound method propagates out of the call of
# the function value, with CPython's message.


class Queue:
    def __init__(self) -> None:
        self.items: list[int] = []

    def take(self) -> int:
        return self.items.pop(0)


def drain(q: Queue) -> int:
    total = 0
    take = q.take
    for _ in range(3):
        total += take()
        print("took, total", total)
    return total


q = Queue()
q.items.extend([4, 5])
print(drain(q))
