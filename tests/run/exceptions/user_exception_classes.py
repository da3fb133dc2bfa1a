# User exception classes deriving from built-in ones (and from each other):
# raised, caught by their own class or any base, printed with their own name.
class BankError(Exception):
    """Anything that goes wrong with an account."""


class InsufficientFunds(BankError):
    pass


class AccountLocked(BankError, ):
    ...


class BadAmount(ValueError):
    pass


class MissingAccount(KeyError):
    pass


def withdraw(balance: int, amount: int, locked: bool) -> int:
    if amount <= 0:
        raise BadAmount("amount must be positive: " + str(amount))
    if locked:
        raise AccountLocked
    if amount > balance:
        raise InsufficientFunds("balance " + str(balance) + " < " + str(amount))
    return balance - amount


for amount, locked in [(30, False), (300, False), (-5, False), (10, True)]:
    try:
        print("left:", withdraw(100, amount, locked))
    except InsufficientFunds as e:
        print("insufficient:", e, repr(e))
    except BankError as e:
        print("bank error:", repr(e), "[" + str(e) + "]")
    except ValueError as e:
        print("value error:", e)

accounts = {"alice": 10}


def balance_of(name: str) -> int:
    if name not in accounts:
        raise MissingAccount(name)
    return accounts[name]


for name in ["alice", "bob"]:
    try:
        print(name, balance_of(name))
    except LookupError as e:
        print("lookup failed:", e, repr(e))

errors: list[BankError] = [InsufficientFunds("a"), AccountLocked("b")]
print(errors)
try:
    raise errors[0]
except Exception as e:
    print("caught stored", repr(e))

print(withdraw(50, 80, False))
