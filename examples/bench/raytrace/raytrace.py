"""A small ray tracer (the object-oriented benchmark): vector objects, a Shape
class hierarchy with overridden methods, shadows and recursive reflections,
rendered to a SIZE x SIZE grey-scale image that is reduced to a checksum."""

from __future__ import annotations

import math
from typing import Final

SIZE: Final = 1600  # bench-size smoke=24
MAX_BOUNCES: Final = 3
EPSILON: Final = 1e-4
AMBIENT: Final = 0.1
NO_HIT: Final = -1.0


class Vec:
    def __init__(self, x: float, y: float, z: float) -> None:
        self.x = x
        self.y = y
        self.z = z

    def add(self, other: Vec) -> Vec:
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def sub(self, other: Vec) -> Vec:
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, other: Vec) -> float:
        return self.x * other.x + self.y * other.y + self.z * other.z

    def normalized(self) -> Vec:
        length = math.sqrt(self.dot(self))
        return Vec(self.x / length, self.y / length, self.z / length)


class Ray:
    def __init__(self, origin: Vec, direction: Vec) -> None:
        self.origin = origin
        self.direction = direction


class Shape:
    def __init__(self, albedo: float, reflectivity: float) -> None:
        self.albedo = albedo
        self.reflectivity = reflectivity

    def intersect(self, ray: Ray) -> float:
        """Distance along `ray` to the nearest hit beyond EPSILON, or NO_HIT."""
        return NO_HIT

    def normal_at(self, point: Vec) -> Vec:
        """The unit surface normal at `point`, which lies on the surface."""
        return Vec(0.0, 1.0, 0.0)


class Sphere(Shape):
    def __init__(self, center: Vec, radius: float, albedo: float, reflectivity: float) -> None:
        super().__init__(albedo, reflectivity)
        self.center = center
        self.radius = radius

    def intersect(self, ray: Ray) -> float:
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return NO_HIT
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return NO_HIT

    def normal_at(self, point: Vec) -> Vec:
        return point.sub(self.center).scale(1.0 / self.radius)


class Plane(Shape):
    def __init__(self, point: Vec, normal: Vec, albedo: float, reflectivity: float) -> None:
        super().__init__(albedo, reflectivity)
        self.point = point
        self.normal = normal

    def intersect(self, ray: Ray) -> float:
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return NO_HIT
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return NO_HIT

    def normal_at(self, point: Vec) -> Vec:
        return self.normal


def make_scene() -> list[Shape]:
    scene: list[Shape] = [Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0), 0.8, 0.2)]
    for i in range(3):
        for j in range(3):
            center = Vec(-1.2 + 1.2 * i, -0.55, -3.0 - 1.3 * j)
            reflectivity = 0.5 if (i + j) % 2 == 0 else 0.0
            scene.append(Sphere(center, 0.45, 0.5 + 0.15 * j, reflectivity))
    return scene


def in_shadow(scene: list[Shape], ray: Ray) -> bool:
    for shape in scene:
        if shape.intersect(ray) > 0.0:
            return True
    return False


def trace(scene: list[Shape], light: Vec, ray: Ray, bounces: int) -> float:
    """The brightness seen along `ray`."""
    nearest: Shape | None = None
    nearest_t = 1e30
    for shape in scene:
        t = shape.intersect(ray)
        if t > 0.0 and t < nearest_t:
            nearest_t = t
            nearest = shape
    if nearest is None:
        return 0.3 + 0.5 * ray.direction.y
    point = ray.origin.add(ray.direction.scale(nearest_t))
    normal = nearest.normal_at(point)
    lifted = point.add(normal.scale(EPSILON))
    diffuse = normal.dot(light)
    if diffuse < 0.0 or in_shadow(scene, Ray(lifted, light)):
        diffuse = 0.0
    color = nearest.albedo * (AMBIENT + (1.0 - AMBIENT) * diffuse)
    if bounces < MAX_BOUNCES and nearest.reflectivity > 0.0:
        direction = ray.direction.sub(normal.scale(2.0 * ray.direction.dot(normal)))
        reflected = trace(scene, light, Ray(lifted, direction), bounces + 1)
        color = color * (1.0 - nearest.reflectivity) + nearest.reflectivity * reflected
    return color


def main() -> None:
    scene = make_scene()
    light = Vec(-1.0, 2.0, 1.5).normalized()
    camera = Vec(0.0, 0.4, 1.0)
    checksum = 0
    bright = 0
    for py in range(SIZE):
        for px in range(SIZE):
            u = 2.0 * (px + 0.5) / SIZE - 1.0
            v = 1.0 - 2.0 * (py + 0.5) / SIZE
            direction = Vec(u, v, -1.5).normalized()
            value = trace(scene, light, Ray(camera, direction), 0)
            if value > 1.0:
                value = 1.0
            if value < 0.0:
                value = 0.0
            pixel = int(value * 255.0)
            checksum += pixel
            if pixel > 127:
                bright += 1
    print(checksum)
    print(bright)


if __name__ == "__main__":
    main()
