# A plain @dataclass has __hash__ = None: using one as a dict key raises
# TypeError at run time (exit status 1), after the output before it.
from dataclasses import dataclass


@dataclass
class Account:
    owner: str
    balance: int


accounts = [Account("ann", 10), Account("bob", 5)]
print(accounts)
print(Account("bob", 5) in accounts)
by_account: dict[Account, int] = {}
for i, a in enumerate(accounts):
    by_account[a] = i
print("not reached")
