# dataclasses.field(compare=..., repr=..., init=...).
import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    tags: list[str] = field(default_factory=list, compare=False, repr=False)


@dataclass(frozen=True)
class Key:
    a: int
    b: int
    note: str = field(default="", compare=False)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list[str] = field(default_factory=list, init=False, repr=False)
    kind: str = field(default="basic", init=False)

    def deposit(self, x: float) -> None:
        self.balance += x
        self.history.append(f"+{x}")


jobs: list[Job] = []
heapq.heappush(jobs, Job(2, 1, "write"))
heapq.heappush(jobs, Job(1, 2, "read", ["io"]))
heapq.heappush(jobs, Job(2, 0, "sync"))
print([heapq.heappop(jobs) for _ in range(3)])
print(Job(1, 1, "x") == Job(1, 1, "y"), Job(1, 1, "x") < Job(1, 2, "a"))
k1, k2 = Key(1, 2, "first"), Key(1, 2, "second")
print(k1 == k2, hash(k1) == hash(k2), len({k1, k2}), k1)
acc = Account("ann", 5.0)
acc.deposit(2.5)
other = Account("bob")
print(acc, acc.history, other.history, acc.kind, acc == Account("ann", 7.5))
