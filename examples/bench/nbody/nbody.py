"""N-body simulation of the Jovian planets (after the Computer Language
Benchmarks Game): float arithmetic on a list of bodies, each a list of floats."""

import math
from typing import Final

STEPS: Final = 5_000_000  # bench-size smoke=1000

PI: Final = 3.14159265358979323
SOLAR_MASS: Final = 4.0 * PI * PI
DAYS_PER_YEAR: Final = 365.24

# Indices into a body: position, velocity, mass.
X: Final = 0
Y: Final = 1
Z: Final = 2
VX: Final = 3
VY: Final = 4
VZ: Final = 5
MASS: Final = 6


def make_bodies() -> list[list[float]]:
    sun = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]
    jupiter = [
        4.84143144246472090e00,
        -1.16032004402742839e00,
        -1.03622044471123109e-01,
        1.66007664274403694e-03 * DAYS_PER_YEAR,
        7.69901118419740425e-03 * DAYS_PER_YEAR,
        -6.90460016972063023e-05 * DAYS_PER_YEAR,
        9.54791938424326609e-04 * SOLAR_MASS,
    ]
    saturn = [
        8.34336671824457987e00,
        4.12479856412430479e00,
        -4.03523417114321381e-01,
        -2.76742510726862411e-03 * DAYS_PER_YEAR,
        4.99852801234917238e-03 * DAYS_PER_YEAR,
        2.30417297573763929e-05 * DAYS_PER_YEAR,
        2.85885980666130812e-04 * SOLAR_MASS,
    ]
    uranus = [
        1.28943695621391310e01,
        -1.51111514016986312e01,
        -2.23307578892655734e-01,
        2.96460137564761618e-03 * DAYS_PER_YEAR,
        2.37847173959480950e-03 * DAYS_PER_YEAR,
        -2.96589568540237556e-05 * DAYS_PER_YEAR,
        4.36624404335156298e-05 * SOLAR_MASS,
    ]
    neptune = [
        1.53796971148509165e01,
        -2.59193146099879641e01,
        1.79258772950371181e-01,
        2.68067772490389322e-03 * DAYS_PER_YEAR,
        1.62824170038242295e-03 * DAYS_PER_YEAR,
        -9.51592254519715870e-05 * DAYS_PER_YEAR,
        5.15138902046611451e-05 * SOLAR_MASS,
    ]
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bodies: list[list[float]]) -> None:
    px = 0.0
    py = 0.0
    pz = 0.0
    for body in bodies:
        px -= body[VX] * body[MASS]
        py -= body[VY] * body[MASS]
        pz -= body[VZ] * body[MASS]
    sun = bodies[0]
    sun[VX] = px / SOLAR_MASS
    sun[VY] = py / SOLAR_MASS
    sun[VZ] = pz / SOLAR_MASS


def energy(bodies: list[list[float]]) -> float:
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[MASS] * (b[VX] * b[VX] + b[VY] * b[VY] + b[VZ] * b[VZ])
        for j in range(i + 1, n):
            b2 = bodies[j]
            dx = b[X] - b2[X]
            dy = b[Y] - b2[Y]
            dz = b[Z] - b2[Z]
            e -= (b[MASS] * b2[MASS]) / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies: list[list[float]], dt: float) -> None:
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        for j in range(i + 1, n):
            b2 = bodies[j]
            dx = b[X] - b2[X]
            dy = b[Y] - b2[Y]
            dz = b[Z] - b2[Z]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            b_mag = b[MASS] * mag
            b2_mag = b2[MASS] * mag
            b[VX] -= dx * b2_mag
            b[VY] -= dy * b2_mag
            b[VZ] -= dz * b2_mag
            b2[VX] += dx * b_mag
            b2[VY] += dy * b_mag
            b2[VZ] += dz * b_mag
    for body in bodies:
        body[X] += dt * body[VX]
        body[Y] += dt * body[VY]
        body[Z] += dt * body[VZ]


def main() -> None:
    bodies = make_bodies()
    offset_momentum(bodies)
    print(f"{energy(bodies):.9f}")
    for _ in range(STEPS):
        advance(bodies, 0.01)
    print(f"{energy(bodies):.9f}")


if __name__ == "__main__":
    main()
