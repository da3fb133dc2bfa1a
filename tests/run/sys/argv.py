# sys.argv is a list[str]: the script path, then the arguments (none here).
# It is one list: a change through one read is seen by the next.
import sys
from sys import argv


def arg_count() -> int:
    return len(sys.argv)


print(len(sys.argv) >= 1, arg_count() == len(argv))
print(sys.argv[1:], argv[1:] == [])
print(sys.argv[0].endswith("argv.py"), sys.argv[-1] == argv[0])
sys.argv.append("--verbose")
print(argv[-1], arg_count())
names = [a for a in sys.argv if a.startswith("--")]
print(names)
