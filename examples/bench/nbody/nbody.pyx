# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""N-body simulation, hand-tuned Cython: a C array of structs and libc sqrt."""

from libc.math cimport sqrt

cdef long STEPS = 5000000  # bench-size smoke=1000

cdef double PI = 3.14159265358979323
cdef double SOLAR_MASS = 4.0 * PI * PI
cdef double DAYS_PER_YEAR = 365.24

cdef struct Body:
    double x, y, z, vx, vy, vz, mass

cdef enum:
    N_BODIES = 5

cdef Body bodies[N_BODIES]


cdef void make_bodies() noexcept:
    bodies[0] = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS)
    bodies[1] = Body(
        4.84143144246472090e00,
        -1.16032004402742839e00,
        -1.03622044471123109e-01,
        1.66007664274403694e-03 * DAYS_PER_YEAR,
        7.69901118419740425e-03 * DAYS_PER_YEAR,
        -6.90460016972063023e-05 * DAYS_PER_YEAR,
        9.54791938424326609e-04 * SOLAR_MASS,
    )
    bodies[2] = Body(
        8.34336671824457987e00,
        4.12479856412430479e00,
        -4.03523417114321381e-01,
        -2.76742510726862411e-03 * DAYS_PER_YEAR,
        4.99852801234917238e-03 * DAYS_PER_YEAR,
        2.30417297573763929e-05 * DAYS_PER_YEAR,
        2.85885980666130812e-04 * SOLAR_MASS,
    )
    bodies[3] = Body(
        1.28943695621391310e01,
        -1.51111514016986312e01,
        -2.23307578892655734e-01,
        2.96460137564761618e-03 * DAYS_PER_YEAR,
        2.37847173959480950e-03 * DAYS_PER_YEAR,
        -2.96589568540237556e-05 * DAYS_PER_YEAR,
        4.36624404335156298e-05 * SOLAR_MASS,
    )
    bodies[4] = Body(
        1.53796971148509165e01,
        -2.59193146099879641e01,
        1.79258772950371181e-01,
        2.68067772490389322e-03 * DAYS_PER_YEAR,
        1.62824170038242295e-03 * DAYS_PER_YEAR,
        -9.51592254519715870e-05 * DAYS_PER_YEAR,
        5.15138902046611451e-05 * SOLAR_MASS,
    )


cdef void offset_momentum() noexcept:
    cdef double px = 0.0, py = 0.0, pz = 0.0
    cdef int i
    for i in range(N_BODIES):
        px -= bodies[i].vx * bodies[i].mass
        py -= bodies[i].vy * bodies[i].mass
        pz -= bodies[i].vz * bodies[i].mass
    bodies[0].vx = px / SOLAR_MASS
    bodies[0].vy = py / SOLAR_MASS
    bodies[0].vz = pz / SOLAR_MASS


cdef double energy() noexcept:
    cdef double e = 0.0
    cdef double dx, dy, dz
    cdef Body *b
    cdef Body *b2
    cdef int i, j
    for i in range(N_BODIES):
        b = &bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for j in range(i + 1, N_BODIES):
            b2 = &bodies[j]
            dx = b.x - b2.x
            dy = b.y - b2.y
            dz = b.z - b2.z
            e -= (b.mass * b2.mass) / sqrt(dx * dx + dy * dy + dz * dz)
    return e


cdef void advance(double dt) noexcept nogil:
    cdef double dx, dy, dz, d2, mag, b_mag, b2_mag
    cdef Body *b
    cdef Body *b2
    cdef int i, j
    for i in range(N_BODIES):
        b = &bodies[i]
        for j in range(i + 1, N_BODIES):
            b2 = &bodies[j]
            dx = b.x - b2.x
            dy = b.y - b2.y
            dz = b.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            b_mag = b.mass * mag
            b2_mag = b2.mass * mag
            b.vx -= dx * b2_mag
            b.vy -= dy * b2_mag
            b.vz -= dz * b2_mag
            b2.vx += dx * b_mag
            b2.vy += dy * b_mag
            b2.vz += dz * b_mag
    for i in range(N_BODIES):
        b = &bodies[i]
        b.x += dt * b.vx
        b.y += dt * b.vy
        b.z += dt * b.vz


def main():
    cdef long step
    make_bodies()
    offset_momentum()
    print(f"{energy():.9f}")
    for step in range(STEPS):
        advance(0.01)
    print(f"{energy():.9f}")
