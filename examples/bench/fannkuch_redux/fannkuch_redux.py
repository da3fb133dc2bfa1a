"""Fannkuch-redux (after the Computer Language Benchmarks Game): count pancake
flips over every permutation of 0..N-1, visited in a fixed order; small lists of
ints indexed in tight loops."""

from typing import Final

N: Final = 10  # bench-size smoke=6


def fannkuch(n: int) -> tuple[int, int]:
    """Returns (checksum, maximum number of flips) over all permutations."""
    perm1 = list(range(n))
    perm = [0] * n
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            # Reverse the first k + 1 items.
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # Next permutation: rotate the first r + 1 items until a counter is left.
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main() -> None:
    checksum, max_flips = fannkuch(N)
    print(checksum)
    print(f"Pfannkuchen({N}) = {max_flips}")


if __name__ == "__main__":
    main()
