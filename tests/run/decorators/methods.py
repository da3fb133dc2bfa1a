# Decorators of the module on methods: applied as CPython applies them
# (m = deco(m) in the class body), so calls through instances, self and
# subclasses go through the wrapper; functools.wraps is accepted.
import functools
from functools import wraps
from typing import Callable


def logged(f: Callable[["Account", int], int]) -> Callable[["Account", int], int]:
    @functools.wraps(f)
    def wrapper(self: "Account", amount: int) -> int:
        print(f"call with {amount}")
        r = f(self, amount)
        print(f"-> {r}")
        return r
    return wrapper


def twice(f: Callable[["Account"], None]) -> Callable[["Account"], None]:
    @wraps(f)
    def run(a: "Account") -> None:
        f(a)
        f(a)
    return run


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance

    @logged
    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance

    @twice
    def bump(self) -> None:
        self.balance += 1

    def both(self) -> int:
        self.bump()
        return self.deposit(100)


def doubled(f: Callable[["Savings", int], int]) -> Callable[["Savings", int], int]:
    def wrapper(self: "Savings", amount: int) -> int:
        return f(self, amount * 2)
    return wrapper


class Savings(Account):
    @doubled
    def deposit(self, amount: int) -> int:
        return super().deposit(amount + 1000)


a = Account(10)
print(a.deposit(5))
a.bump()
print(a.balance, a.both())
s = Savings(0)
print(s.deposit(1))
accounts: list[Account] = [a, s]
for acc in accounts:
    print(acc.deposit(3))




def repeat(times: int) -> Callable[[Callable[["Counter"], int]], Callable[["Counter"], int]]:
    def deco(f: Callable[["Counter"], int]) -> Callable[["Counter"], int]:
        def run(c: "Counter") -> int:
            total = 0
            for _ in range(times):
                total += f(c)
            return total
        return run
    return deco


def traced(f: Callable[["Counter"], int]) -> Callable[["Counter"], int]:
    def inner(c: "Counter") -> int:
        r = f(c)
        print(f"tick -> {r}")
        return r
    return inner


class Counter:
    def __init__(self) -> None:
        self.n = 0

    # Bottom-up: traced(repeat(3)(tick)).
    @traced
    @repeat(3)
    def tick(self) -> int:
        self.n += 1
        return self.n

    def __repr__(self) -> str:
        return f"Counter({self.n})"


c = Counter()
print(c.tick(), c.tick(), c)
ticks = [Counter().tick() for _ in range(2)]
print(ticks)
