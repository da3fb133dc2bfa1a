# `and`/`or` over operands of different types: the value is the operand
# that decides, typed as the union of the operand types.
from typing import Optional
def pick(n: Optional[int], s: str, k: int) -> None:
    a = (n is None) and "none"
    print(a, k or "zero", s and k, n or 1.5, n and s)
    print([k and s, k or "y"], f"{k or 'x'}")

pick(None, "a", 0)
pick(3, "", 2)
pick(0, "b", 5)
class P:
    def __init__(self, v: int) -> None:
        self.v = v
    def __repr__(self) -> str:
        return f"P({self.v})"
p: Optional[P] = None
print(p or "no p", P(1) and 7)
