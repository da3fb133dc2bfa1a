# A run-time error inside a method reached through a dispatched call ends the
# program with CPython's last traceback line and exit status 1.


class Account:
    def __init__(self, total: int, people: int) -> None:
        self.total = total
        self.people = people

    def share(self) -> int:
        return self.total // self.people


class Joint(Account):
    def share(self) -> int:
        return super().share() // 2


def report(accounts: list[Account]) -> None:
    for a in accounts:
        print(a.share())


report([Account(100, 3), Joint(90, 2), Joint(10, 0), Account(1, 1)])
