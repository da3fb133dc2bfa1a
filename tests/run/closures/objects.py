from typing import Callable


class Account:
    def __init__(self, owner: str, balance: float) -> None:
        self.owner = owner
        self.balance = balance
        self.log: list[str] = []

    def depositor(self) -> Callable[[float], float]:
        def deposit(amount: float) -> float:
            self.balance += amount
            self.log.append(f"+{amount}")
            return self.balance
        return deposit

    def reporter(self) -> Callable[[], str]:
        return lambda: f"{self.owner}: {self.balance:.2f} {self.log}"


class Button:
    def __init__(self, label: str, on_click: Callable[[str], None]) -> None:
        self.label = label
        self.on_click = on_click
        self.handlers: list[Callable[[str], None]] = []

    def click(self) -> None:
        self.on_click(self.label)
        for h in self.handlers:
            h(self.label)


acct = Account("ann", 10.0)
dep = acct.depositor()
report = acct.reporter()
print(dep(5.0), dep(0.25))
print(report())
acct.balance = 0.0
print(report())

clicks: list[str] = []


def record(label: str) -> None:
    clicks.append(label)


b = Button("ok", record)
b.handlers.append(lambda s: clicks.append(s.upper()))
b.click()
b.click()
print(clicks)
seen: dict[str, int] = {}


def counter_for(d: dict[str, int]) -> Callable[[str], None]:
    def count(s: str) -> None:
        d[s] = d.get(s, 0) + 1
    return count


c = Button("go", counter_for(seen))
c.click()
c.click()
c.on_click("other")
print(seen)
