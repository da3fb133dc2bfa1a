"""Sieve of Eratosthenes, run ROUNDS times: a list of bools written in strided loops."""

from typing import Final

LIMIT: Final = 2_000_000
ROUNDS: Final = 60  # bench-size smoke=1


def sieve(limit: int) -> list[bool]:
    """is_prime[i] for 0 <= i <= limit."""
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


def main() -> None:
    total_count = 0
    prime_sum = 0
    largest = 0
    for _ in range(ROUNDS):
        is_prime = sieve(LIMIT)
        count = 0
        prime_sum = 0
        for n in range(LIMIT + 1):
            if is_prime[n]:
                count += 1
                prime_sum += n
                largest = n
        total_count += count
    print(total_count)
    print(prime_sum)
    print(largest)


if __name__ == "__main__":
    main()
