# Class attributes assigned through their class are class variables:
# counters, registries, configuration changed at run time.


class Account:
    count = 0
    bank_name: str = "First"
    rate: float = 0.0
    last_owner = ""

    def __init__(self, owner: str) -> None:
        Account.count += 1
        self.id = Account.count
        self.owner = owner
        Account.last_owner = owner

    def describe(self) -> str:
        return f"{self.bank_name}#{self.id} {self.owner} rate={self.rate} of {self.count}"

    @staticmethod
    def rename(name: str) -> None:
        Account.bank_name = name


class Savings(Account):
    def describe(self) -> str:
        return "savings " + super().describe()


def total_accounts() -> int:
    return Account.count


print(Account.count, total_accounts())
a = Account("ann")
b = Savings("bob")
print(a.describe())
Account.rename("Second")
Account.rate = 0.5
Account.rate *= 3
print(b.describe(), Savings.count, Account.last_owner, total_accounts())
for i in range(3):
    Account("x")
print(Account.count, Account.last_owner, Savings.bank_name)
