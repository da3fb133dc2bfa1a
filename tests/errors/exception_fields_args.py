# Rejected: `e.args` of an exception whose __init__ decides its args in a way
# the checker cannot follow.
class Maybe(Exception):
    def __init__(self, code: int) -> None:
        if code > 0:
            super().__init__("positive")
        self.code = code


class Shaped(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


try:
    raise Maybe(1)
except Maybe as e:
    print(e.args)  # error: 'Maybe.args' cannot be typed statically: Maybe.__init__ does not call super().__init__(...) exactly once


s = Shaped(1)
t = Shaped(2)
print(s.args, t.args, s.code)
