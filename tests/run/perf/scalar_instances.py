# Temporary instances that never escape become locals (taipan_ir/src/
# scalar_instances.rs). The results must be those of real objects: fields
# start as set by __init__, each loop pass makes a new object, an object kept
# from the previous pass is not overwritten by the next one, and errors raised
# while temporaries are live propagate as usual.
from __future__ import annotations


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add(self, o: Vec) -> Vec:
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k)

    def dot(self, o: Vec) -> float:
        return self.x * o.x + self.y * o.y

    def inv(self) -> Vec:
        return Vec(1.0 / self.x, 1.0 / self.y)


class Counter:
    def __init__(self) -> None:
        self.n = 0
        self.flag = False

    def bump(self) -> None:
        self.n += 1
        self.flag = not self.flag


def chain(a: Vec, b: Vec, k: float) -> float:
    # b.scale(k) and the sum are temporaries; only a float leaves.
    return a.add(b.scale(k)).dot(a)


def walk(steps: int) -> float:
    pos = Vec(0.0, 0.0)
    prev = Vec(0.0, 0.0)
    total = 0.0
    for i in range(steps):
        step = Vec(float(i), -float(i)).scale(0.5)
        # prev holds the previous pass's position: it must not see this one's.
        prev = pos
        pos = pos.add(step)
        total += pos.dot(prev) + step.x
    return total


def counted(n: int) -> tuple[int, bool]:
    c = Counter()
    for _ in range(n):
        c.bump()
    return c.n, c.flag


def local_only(n: int) -> float:
    s = 0.0
    for i in range(n):
        v = Vec(float(i), 2.0)
        w = v
        v = Vec(3.0, float(i))
        s += w.dot(v)
    return s


def failing(x: float) -> float:
    # inv() raises ZeroDivisionError for x == 0 while temporaries are live.
    return Vec(x, 1.0).inv().add(Vec(1.0, 1.0)).dot(Vec(2.0, 2.0))


print(chain(Vec(1.0, 2.0), Vec(3.0, 4.0), 0.5))
print(walk(10), walk(0))
print(counted(5), counted(0))
print(local_only(4))
print(failing(4.0))
try:
    print(failing(0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(failing(-0.0))
