# Sorting instances of two classes of an order=True dataclass hierarchy:
# CPython's generated methods decline operands of another class, so the
# comparison raises TypeError naming the run-time classes.
from dataclasses import dataclass


@dataclass(order=True)
class Job:
    priority: int


@dataclass(order=True)
class UrgentJob(Job):
    deadline: int = 0


def first(jobs: list[Job]) -> Job:
    return min(jobs)


print(first([Job(3), Job(1)]))
print(first([UrgentJob(2, 5), UrgentJob(2, 1)]))
print(first([Job(3), UrgentJob(1)]))
