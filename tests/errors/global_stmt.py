# Rejected: what `global` statements taipan cannot compile faithfully.
from typing import Final, Optional

count = 0
LIMIT: Final = 10
best: Optional[int] = None


def only_here() -> None:
    global created
    created = 1  # error: global 'created' is assigned in a function but bound nowhere at module level


def wrong_type() -> None:
    global count
    count = "many"  # error: expected int, found str


def final_name() -> None:
    global LIMIT
    LIMIT = 11  # error: cannot assign to final name 'LIMIT'


def forget() -> None:
    global best
    best = None


if best is not None:
    forget()
    print(best + 1)  # error: operand may be None here
