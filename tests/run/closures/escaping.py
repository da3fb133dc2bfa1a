from typing import Callable


def make_greeting(greeting: str, punct: str) -> Callable[[str], str]:
    parts = [greeting]
    sep = ", "

    def greet(name: str) -> str:
        return sep.join(parts) + sep + name + punct
    parts.append("dear")
    return greet


def pipeline() -> list[Callable[[int], int]]:
    steps: list[Callable[[int], int]] = []
    base = 1
    steps.append(lambda x: x + base)
    base = 100
    steps.append(lambda x: x * base)
    return steps


g = make_greeting("hello", "!")
h = make_greeting("bye", ".")
print(g("ann"), h("bob"), g(""))
value = 2
for step in pipeline():
    value = step(value)
print(value)
keep: list[Callable[[str], str]] = []
for i in range(3):
    keep.append(make_greeting("x" * i, "?"))
print([k("z") for k in keep])
f: Callable[[int], int] = lambda x: x + 1
f = lambda x: x * 2 if x > 0 else -x
print(f(3), f(-4))
maybe: Callable[[int], int] | None = None
if maybe is None:
    maybe = f
print(maybe(5))
