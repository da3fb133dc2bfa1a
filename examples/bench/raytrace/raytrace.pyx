# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""A small ray tracer, hand-tuned Cython: vectors are C structs passed by value,
shapes are cdef classes whose cdef methods dispatch through Cython's C vtable."""

from libc.math cimport sqrt, fabs

cdef int SIZE = 1600  # bench-size smoke=24
cdef int MAX_BOUNCES = 3
cdef double EPSILON = 1e-4
cdef double AMBIENT = 0.1
cdef double NO_HIT = -1.0


cdef struct Vec:
    double x, y, z


cdef inline Vec vec_new(double x, double y, double z) noexcept nogil:
    cdef Vec v
    v.x = x
    v.y = y
    v.z = z
    return v


cdef inline Vec vec_add(Vec a, Vec b) noexcept nogil:
    return vec_new(a.x + b.x, a.y + b.y, a.z + b.z)


cdef inline Vec vec_sub(Vec a, Vec b) noexcept nogil:
    return vec_new(a.x - b.x, a.y - b.y, a.z - b.z)


cdef inline Vec vec_scale(Vec a, double k) noexcept nogil:
    return vec_new(a.x * k, a.y * k, a.z * k)


cdef inline double vec_dot(Vec a, Vec b) noexcept nogil:
    return a.x * b.x + a.y * b.y + a.z * b.z


cdef inline Vec vec_normalized(Vec a) noexcept nogil:
    cdef double length = sqrt(vec_dot(a, a))
    return vec_new(a.x / length, a.y / length, a.z / length)


cdef class Shape:
    cdef double albedo
    cdef double reflectivity

    cdef double intersect(self, Vec origin, Vec direction) noexcept:
        return NO_HIT

    cdef Vec normal_at(self, Vec point) noexcept:
        return vec_new(0.0, 1.0, 0.0)


cdef class Sphere(Shape):
    cdef Vec center
    cdef double radius

    def __cinit__(self, double x, double y, double z, double radius, double albedo, double reflectivity):
        self.center = vec_new(x, y, z)
        self.radius = radius
        self.albedo = albedo
        self.reflectivity = reflectivity

    cdef double intersect(self, Vec origin, Vec direction) noexcept:
        cdef Vec oc = vec_sub(origin, self.center)
        cdef double b = vec_dot(oc, direction)
        cdef double c = vec_dot(oc, oc) - self.radius * self.radius
        cdef double disc = b * b - c
        cdef double root, t
        if disc < 0.0:
            return NO_HIT
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return NO_HIT

    cdef Vec normal_at(self, Vec point) noexcept:
        return vec_scale(vec_sub(point, self.center), 1.0 / self.radius)


cdef class Plane(Shape):
    cdef Vec point
    cdef Vec normal

    def __cinit__(self, double py, double albedo, double reflectivity):
        self.point = vec_new(0.0, py, 0.0)
        self.normal = vec_new(0.0, 1.0, 0.0)
        self.albedo = albedo
        self.reflectivity = reflectivity

    cdef double intersect(self, Vec origin, Vec direction) noexcept:
        cdef double denom = vec_dot(self.normal, direction)
        cdef double t
        if fabs(denom) < 1e-9:
            return NO_HIT
        t = vec_dot(vec_sub(self.point, origin), self.normal) / denom
        if t > EPSILON:
            return t
        return NO_HIT

    cdef Vec normal_at(self, Vec point) noexcept:
        return self.normal


cdef list make_scene():
    cdef list scene = [Plane(-1.0, 0.8, 0.2)]
    cdef int i, j
    cdef double reflectivity
    for i in range(3):
        for j in range(3):
            reflectivity = 0.5 if (i + j) % 2 == 0 else 0.0
            scene.append(Sphere(-1.2 + 1.2 * i, -0.55, -3.0 - 1.3 * j, 0.45, 0.5 + 0.15 * j, reflectivity))
    return scene


cdef bint in_shadow(list scene, Vec origin, Vec direction):
    cdef Shape shape
    for shape in scene:
        if shape.intersect(origin, direction) > 0.0:
            return True
    return False


cdef double trace(list scene, Vec light, Vec origin, Vec direction, int bounces):
    cdef Shape shape
    cdef Shape nearest = None
    cdef double nearest_t = 1e30
    cdef double t, diffuse, color, reflected
    cdef Vec point, normal, lifted, reflected_direction
    for shape in scene:
        t = shape.intersect(origin, direction)
        if t > 0.0 and t < nearest_t:
            nearest_t = t
            nearest = shape
    if nearest is None:
        return 0.3 + 0.5 * direction.y
    point = vec_add(origin, vec_scale(direction, nearest_t))
    normal = nearest.normal_at(point)
    lifted = vec_add(point, vec_scale(normal, EPSILON))
    diffuse = vec_dot(normal, light)
    if diffuse < 0.0 or in_shadow(scene, lifted, light):
        diffuse = 0.0
    color = nearest.albedo * (AMBIENT + (1.0 - AMBIENT) * diffuse)
    if bounces < MAX_BOUNCES and nearest.reflectivity > 0.0:
        reflected_direction = vec_sub(direction, vec_scale(normal, 2.0 * vec_dot(direction, normal)))
        reflected = trace(scene, light, lifted, reflected_direction, bounces + 1)
        color = color * (1.0 - nearest.reflectivity) + nearest.reflectivity * reflected
    return color


def main():
    cdef list scene = make_scene()
    cdef Vec light = vec_normalized(vec_new(-1.0, 2.0, 1.5))
    cdef Vec camera = vec_new(0.0, 0.4, 1.0)
    cdef long checksum = 0, bright = 0, pixel
    cdef int px, py
    cdef double u, v, value
    for py in range(SIZE):
        for px in range(SIZE):
            u = 2.0 * (px + 0.5) / SIZE - 1.0
            v = 1.0 - 2.0 * (py + 0.5) / SIZE
            value = trace(scene, light, camera, vec_normalized(vec_new(u, v, -1.5)), 0)
            if value > 1.0:
                value = 1.0
            if value < 0.0:
                value = 0.0
            pixel = <long>(value * 255.0)
            checksum += pixel
            if pixel > 127:
                bright += 1
    print(checksum)
    print(bright)
