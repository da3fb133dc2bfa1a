# Int // and % are single IR ops whose semantics (flooring, ZeroDivisionError) are defined by the IR.
def split(a: int, b: int) -> int:
    return a // b + a % b


print(split(-7, 2))
