# An uncaught exception's last line calls the class's __str__.


class AppError(Exception):
    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    def __str__(self) -> str:
        return f"not found ({self.code})"


def find(key: str) -> int:
    raise NotFound(404, key)


print("before")
find("x")
