# Rejected (for now): exception classes with fields or methods.
class ParseError(ValueError):
    line: int  # error: exception classes with fields or methods are not supported yet

    def __init__(self, line: int) -> None:  # error: exception classes with fields or methods are not supported yet
        self.line = line


raise ParseError(3)
