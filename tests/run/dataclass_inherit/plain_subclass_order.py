# A plain class subclassing an order=True dataclass inherits its ordering:
# CPython's methods compare the base's fields of two instances of the very
# same class, and decline others.
from dataclasses import dataclass


@dataclass(order=True)
class Task:
    priority: int
    name: str = ""


class NamedTask(Task):
    def label(self) -> str:
        return f"{self.name}!"


def less(a: Task, b: Task) -> str:
    try:
        return str(a < b)
    except TypeError as e:
        return f"TypeError: {e}"


n1, n2 = NamedTask(2, "b"), NamedTask(2, "a")
print(n1, n1 < n2, n2 < n1, n1 >= n2, n1 == NamedTask(2, "b"), n1.label())
print(less(n1, n2), less(Task(1), n1), less(n1, Task(9)))
print(sorted([n1, n2, NamedTask(0, "z")]), max([n1, n2]))
