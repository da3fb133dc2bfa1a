# Rejected: members of exception classes taipan cannot compile faithfully.
class ParseError(ValueError):  # error: 'args' of exception class 'ParseError' would replace BaseException's (not supported)
    args: tuple[int]

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.args = (line,)


class Shown(Exception):
    def __repr__(self) -> str:  # error: special method '__repr__' of an exception class is not supported yet
        return "Shown"

    def __len__(self) -> int:  # error: special method '__len__' of an exception class is not supported yet
        return 0


class Scaled(Exception):
    def __init__(self, factor: float) -> None:
        super().__init__(factor)
        self.factor = factor

    def reset(self) -> None:
        super().__init__(0.0)  # error: super().__init__(...) of an exception is supported only in its __init__

    def note(self) -> None:
        super().add_note("x")  # error: super().add_note() reaching a built-in exception class is not supported yet


class Numbered(Exception):
    def __str__(self) -> int:  # error: Numbered.__str__ must take only 'self' and return str
        return 1


class Made(Exception):
    @classmethod
    def make(cls) -> int:  # error: classmethods of exception classes are not supported yet
        return 1


class Keyed(Exception):
    def __init__(self, n: int) -> None:
        super().__init__(n=n)  # error: Keyed() takes no keyword arguments

