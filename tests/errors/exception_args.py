# `e.args` is typed only when every exception it can be has args of one shape.
try:
    raise ValueError("x", 1)
except ValueError as e:
    print(e.args)  # error: 'ValueError.args' cannot be typed statically: ValueError is made with args (str, int) somewhere, but other ValueErrors have (str,)

try:
    print({"a": 1}["b"])
except LookupError as e:
    print(e.args)  # error: the runtime raises KeyError with args that are not one str

try:
    assert len("ab") == 3
except Exception as e:
    print(e.args)  # error: 'Exception.args' cannot be typed statically


class Unmade(Exception):
    pass


def show(e: Unmade) -> None:
    print(e.args)  # error: no Unmade is made anywhere in the program


class Shaped(Exception):
    pass


def fail(n: int) -> None:
    if n > 0:
        raise Shaped("positive", n)
    raise Shaped  # a Shaped with no args


try:
    fail(1)
except Shaped as e:
    print(e.args[1])  # error: Shaped is made with args () somewhere, but other Shapeds have (str, int)
    print(e.code)  # error: 'Shaped' object has no attribute 'code'
