# An __init__ that does not call super().__init__: args are the constructor's.


class Failure(Exception):
    def __init__(self, code: int, where: str) -> None:
        self.code = code
        self.where = where


raise Failure(3, "disk")
