# Special methods the runtime calls back may change containers, the one
# being searched included; the element compared stays alive meanwhile.
log: list[str] = []


class Ticket:
    def __init__(self, n: int, queue: list["Ticket"]) -> None:
        self.n = n
        self.queue = queue

    def __eq__(self, other: "Ticket") -> bool:
        log.append(f"{self.n}=={other.n}")
        same = self.n == other.n
        if same and len(self.queue) > 0:
            # Drops the last ticket of the queue being searched.
            self.queue.pop()
        return same

    def __repr__(self) -> str:
        log.append(f"repr {self.n}")
        return f"T{self.n}"

    def __hash__(self) -> int:
        log.append(f"hash {self.n}")
        return self.n % 3


queue: list[Ticket] = []
for i in range(6):
    queue.append(Ticket(i, queue))
queue.remove(Ticket(2, []))
print(queue)
print(Ticket(4, []) in queue, queue)
print(queue.count(Ticket(0, [])), queue)
print(log)
log.clear()
seen: dict[Ticket, str] = {}
t = Ticket(7, [])
seen[t] = "seven"
seen[Ticket(4, [])] = "four"
seen[Ticket(7, [])] = "again"
print(seen, log)
log.clear()
bag = {Ticket(1, []), Ticket(4, []), Ticket(1, [])}
print(len(bag), sorted(log))
