# Scalar replacement (taipan_ir/src/scalar_instances.rs): after inlining, the
# temporary `b.scale(k)` and the sum `a.add(...)` never escape, so no
# tp_instance_new is left in `combine`: their fields are locals. `keep`
# returns its new instance, which therefore stays an object.
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


def combine(a: Vec, b: Vec, k: float) -> float:
    return a.add(b.scale(k)).dot(a)


def keep(a: Vec) -> Vec:
    return a.scale(2.0)


print(combine(Vec(1.0, 2.0), Vec(3.0, 4.0), 0.5), keep(Vec(1.0, 1.0)).x)
