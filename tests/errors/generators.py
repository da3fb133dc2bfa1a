# Rejected: generator functions without an Iterator annotation, yield
# expressions whose value is used (send()), 'return value' in a generator,
# yields where CPython would run code when a suspended generator is closed
# (try/finally, except clauses catching GeneratorExit, with), generator send and
# return types, next() of other values, iter() of a dict, min()/max() with a
# key (CPython calls it between the elements), and yield outside a function.
from typing import Generator, Iterator


def unannotated(n: int) -> list[int]:  # error: a generator function (it contains 'yield') must be annotated '-> Iterator[T]'
    yield n


def sends() -> Iterator[int]:
    x = yield 1  # error: the value of a yield expression (send()) is not supported yet
    print(x)  # error: 


def returns_value() -> Iterator[int]:
    yield 1
    return 5  # error: 'return' with a value in a generator is not supported yet


def with_finally() -> Iterator[int]:
    try:
        yield 1  # error: 'yield' inside a try statement with a finally clause is not supported yet
    finally:
        print("closed")


def catches_all() -> Iterator[int]:
    try:
        yield 1  # error: 'yield' inside a try statement whose except clause catches GeneratorExit
    except:
        print("caught")


def catches_base() -> Iterator[int]:
    try:
        yield 1  # error: catches GeneratorExit
    except BaseException:
        print("caught")


class Ctx:
    def __enter__(self) -> "Ctx":
        return self

    def __exit__(self, a: type[BaseException] | None, b: BaseException | None, c: object) -> None:
        print("exit")


def in_with() -> Iterator[int]:
    with Ctx():
        yield 1  # error: 'yield' inside a with statement is not supported yet


def catches_value_error() -> Iterator[int]:
    try:
        yield 1
    except ValueError:
        yield 2


def wrong_element() -> Iterator[int]:
    yield "one"  # error: expected int, found str


def bare() -> Iterator[int]:
    yield  # error: a bare 'yield' yields None, but the generator's elements are int


def sender() -> Generator[int, int, None]:  # error: Generator send and return types other than None are not supported yet
    yield 1


xs = [1, 2]
print(next(xs))  # error: next() of a 'list' is not supported: only generator objects and generator expressions
print(iter({1: 2}))  # error: iter() of a 'dict' is not supported yet
yield 3  # error: 'yield' outside function
gen = catches_value_error()
print(len(gen))  # error: object of type 'generator' has no len()
print(list(reversed(gen)))  # error: 'generator' object is not reversible
gen.send(None)  # error: 'generator' object method 'send' is not supported yet
gen.close()  # error: 'generator' object method 'close' is not supported yet
print(min(catches_value_error(), key=lambda v: -v))  # error: min() of a generator object with key= is not supported yet
print(list(catches_value_error()))
