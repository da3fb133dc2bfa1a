# An uncaught exception with fields but no __str__: its args' text.


class AppError(Exception):
    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code


e = AppError(1, "boom")
print(e.code)
raise e
