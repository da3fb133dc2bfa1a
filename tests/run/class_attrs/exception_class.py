# Class attributes of an exception class: shared objects too.


class AppError(Exception):
    CODES = [1, 2]
    SEEN: dict[int, str] = {}
    LEVEL = "error"

    def __init__(self, code: int) -> None:
        super().__init__(f"code {code}")
        self.code = code
        self.SEEN[code] = self.LEVEL


print(AppError.CODES, AppError.SEEN)
try:
    raise AppError(3)
except AppError as e:
    e.CODES.append(e.code)
    print(e, e.CODES, e.code, AppError.SEEN)
AppError.SEEN.clear()
err = AppError(4)
print(AppError.CODES, AppError.SEEN, err.LEVEL)
