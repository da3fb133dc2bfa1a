# print(..., file=sys.stderr) / file=sys.stdout: each stream gets its own
# lines; the harness compares stdout and the last stderr line.
import sys
from sys import stderr, stdout


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


print("to stdout")
print("warning:", 1, 2.5, None, True, file=sys.stderr)
print("explicit stdout", file=sys.stdout)
print(file=stderr)
print("a", "b", "c", sep="", end="|\n", file=stdout)
print("x", [1, 2], {"k": (3, 4)}, sep=", ", file=stderr)
print("flushed", file=sys.stdout, flush=True)
print("unicode é ✓", Point(-1, 2), sep=" -> ", file=sys.stderr, flush=True)
print("end of stdout")
print("last:", Point(3, 4), "", sep=" ", end="!\n", file=sys.stderr)
