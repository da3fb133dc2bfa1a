from collections.abc import Callable


def add(a: float, b: float) -> float:
    return a + b


def sub(a: float, b: float) -> float:
    return a - b


def mul(a: float, b: float) -> float:
    return a * b


def div(a: float, b: float) -> float:
    return a / b


ops: dict[str, Callable[[float, float], float]] = {"+": add, "-": sub, "*": mul, "/": div}
ops["max"] = lambda a, b: a if a > b else b


def evaluate(tokens: list[str]) -> float:
    stack: list[float] = []
    for t in tokens:
        if t in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[t](a, b))
        else:
            stack.append(float(t))
    return stack[-1]


print(evaluate("3 4 + 2 *".split()))
print(evaluate("10 4 - 3 max".split()))
print(evaluate("1 3 /".split()))
for name in sorted(ops):
    print(name, ops[name](6.0, 3.0))

handlers: list[Callable[[int], str]] = [lambda n: "#" * n, lambda n: hex(n)]
handlers.append(lambda n: str(-n))
print([h(5) for h in handlers], [h(0) for h in handlers])
print(handlers[-1](7), len(handlers))
try:
    print(ops["/"](1.0, 0.0))
except ZeroDivisionError as e:
    print("caught:", e)
