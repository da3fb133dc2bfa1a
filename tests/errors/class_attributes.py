# Rejected: unknown attributes and methods, wrong field types, wrong method
# arguments — each names the class and the member.
class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def shifted(self, dx: float) -> "Point":
        return Point(self.x + dx, self.y)


p = Point(1.0, 2.0)
print(p.z)  # error: 'Point' object has no attribute 'z'
p.norm()  # error: 'Point' object has no attribute 'norm'
p.w = 3.0  # error: 'Point' object has no attribute 'w'
p.x = "left"  # error: expected float, found str
p.shifted()  # error: Point.shifted() missing 1 required positional argument: 'dx'
p.shifted(1.0, 2.0)  # error: Point.shifted() takes 2 positional arguments but 3 were given
q = Point(1.0)  # error: Point.__init__() missing 1 required positional argument: 'y'
print(Point.origin)  # error: type object 'Point' has no attribute 'origin'
