# Generic classes: each instantiation (Stack[int], Stack[str]) is its own
# class, made from the annotation, an explicit Stack[str](), or the types of
# the constructor's arguments; it prints, compares and nests as written.
from dataclasses import dataclass
from typing import Generic, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        if self.items:
            return self.items[-1]
        return None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Stack({self.items!r})"


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swapped(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __eq__(self, other: "Pair[K, V]") -> bool:  # type: ignore[override]
        return self.key == other.key and self.value == other.value


@dataclass
class Box(Generic[T]):
    item: T

    def get(self) -> T:
        return self.item


s: Stack[int] = Stack()
s.push(3)
s.push(4)
print(s.pop(), len(s), s.peek(), s)
t = Stack[str]()
print(t.peek(), len(t))
t.push("a")
print(t, t.peek())
p = Pair("a", 1)
print(p.key, p.value)
b = Box(3)
print(b, b.get(), Box("x"), Box(3) == Box(3), Box([1.5]))
boxes: list[Box[int]] = [Box(1), Box(2)]
print(boxes)
bb: Box[Box[str]] = Box(Box("in"))
print(bb, bb.item.item)
ss: Stack[Stack[int]] = Stack()
ss.push(s)
print(ss)
print(p.swapped().key, p == Pair("a", 1), p == Pair("a", 2), p.swapped().swapped() == p)


def top(s: Stack[T]) -> Optional[T]:
    # A generic function over a generic class.
    return s.peek()


def unbox_all(bs: list[Box[T]]) -> list[T]:
    return [b.item for b in bs]


print(top(s), top(t), top(Stack[float]()))
print(unbox_all(boxes), unbox_all([Box("u"), Box("v")]))
empty_stack: Stack[str] = Stack()
try:
    empty_stack.pop()
except IndexError as e:
    print("IndexError:", e)
pairs = [Pair(1, "one"), Pair(2, "two")]
print([q.value for q in pairs], [q.swapped().key for q in pairs])
by_key: dict[str, Box[float]] = {"a": Box(1.5)}
print(by_key, type(b).__name__)
