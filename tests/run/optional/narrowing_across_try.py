# A narrowing made before a `try` still holds after it for the variables
# the `try` statement does not assign.
from typing import Optional


class Acct:
    def __init__(self, name: str, balance: float) -> None:
        self.name = name
        self.balance = balance

    def withdraw(self, amount: float) -> None:
        if amount > self.balance:
            raise ValueError(f"{self.name}: insufficient funds")
        self.balance -= amount


def find(accts: dict[str, Acct], name: str) -> Optional[Acct]:
    return accts.get(name)


def transfer(accts: dict[str, Acct], src: str, dst: str, amount: float) -> bool:
    a, b = find(accts, src), find(accts, dst)
    if a is None or b is None:
        print("unknown account")
        return False
    try:
        a.withdraw(amount)
    except ValueError as e:
        print("failed:", e)
        return False
    finally:
        print("attempted", a.name, "->", b.name)
    b.balance += amount
    return True


accts = {"ann": Acct("ann", 100.0), "bob": Acct("bob", 5.0)}
print(transfer(accts, "ann", "bob", 30.0), transfer(accts, "bob", "ann", 50.0), transfer(accts, "x", "ann", 1.0))
print(accts["ann"].balance, accts["bob"].balance)
