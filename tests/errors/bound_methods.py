# Bound methods as values: what stays rejected.
from typing import Callable


class Greeter:
    def greet(self, name: str, punct: str = "!") -> str:
        return "hi " + name + punct


def mixed_arities(g: Greeter) -> None:
    say = g.greet  # error: a function value takes one number of arguments in taipan
    say("a")  # error: local variable 'say' is used before any assignment gives it a type
    say("b", "?")


def wrong_callable(xs: list[int]) -> None:
    f: Callable[[int, int], None] = xs.append  # error: expected Callable[[int, int], None], found the method list.append, which takes 1 argument
    f(1, 2)


def printed(xs: list[int]) -> None:
    push = xs.append
    print(push)  # error: printing function values is not supported


def no_such_method(xs: list[int]) -> None:
    f = xs.frobnicate  # error: list.frobnicate as a value is not supported yet


def dict_view(d: dict[str, int]) -> None:
    k = d.keys  # error: dict.keys as a value is not supported yet


class Button:
    # A bound method of 'self' captures the instance: in '__init__' only
    # once every field is assigned (this one is the field itself).
    def __init__(self) -> None:  # error: Button.__init__ must assign field 'handler' before using 'self' otherwise
        self.handler: Callable[[int], None] = self.on_click

    def on_click(self, n: int) -> None:
        print(n)
