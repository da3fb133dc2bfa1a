# Exceptions raised in methods and through __init__, caught in methods and at
# module level; an uncaught one from a method ends the program.
class Node:
    def __init__(self, depth: int) -> None:
        self.depth = depth

    def descend(self) -> int:
        if self.depth == 0:
            raise LookupError("bottom")
        return Node(self.depth - 1).descend() + 1



class Account:
    def __init__(self, owner: str, balance: int) -> None:
        if balance < 0:
            raise ValueError("negative opening balance for " + owner)
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount: int) -> int:
        if amount > self.balance:
            raise RuntimeError(self.owner + " cannot withdraw " + str(amount))
        self.balance -= amount
        return self.balance

    def safe_withdraw(self, amount: int) -> int:
        try:
            return self.withdraw(amount)
        except RuntimeError as e:
            print("refused:", e)
            return self.balance
        finally:
            print("audit", self.owner, amount)


accounts: list[Account] = []
for name, start in [("ann", 10), ("bob", -1), ("cy", 5)]:
    try:
        accounts.append(Account(name, start))
    except ValueError as e:
        print("not opened:", e)
print(len(accounts))
for a in accounts:
    print(a.safe_withdraw(7))


try:
    Node(30).descend()
except LookupError as e:
    print("from deep methods:", repr(e))
accounts[0].withdraw(100)
