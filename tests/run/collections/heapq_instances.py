# Heaps of instances ordered by __lt__ (called back by the runtime), and of
# dataclasses with order=True: equal keys keep CPython's positions.
import heapq
from dataclasses import dataclass


class Task:
    def __init__(self, priority: int, name: str) -> None:
        self.priority = priority
        self.name = name

    def __lt__(self, other: "Task") -> bool:
        return self.priority < other.priority

    def __repr__(self) -> str:
        return f"Task({self.priority}, {self.name!r})"


@dataclass(order=True)
class Job:
    cost: float
    label: str


tasks: list[Task] = []
for i, p in enumerate([3, 1, 3, 2, 1, 5, 1]):
    heapq.heappush(tasks, Task(p, "t" + str(i)))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))


jobs = [Job(2.0, "x"), Job(1.0, "y"), Job(2.0, "a"), Job(0.5, "q")]
heapq.heapify(jobs)
print(jobs)
print(heapq.nsmallest(2, jobs), heapq.nlargest(2, jobs))
print(heapq.heappushpop(jobs, Job(0.1, "first")))
print(heapq.heapreplace(jobs, Job(9.0, "last")), jobs)
