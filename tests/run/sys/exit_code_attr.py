# e.code of a SystemExit is its argument (here always an int).
import sys


def run(n: int) -> int:
    try:
        if n % 2 == 0:
            sys.exit(n * 10)
        raise SystemExit(n)
    except SystemExit as e:
        code = e.code
        print("code", code, code + 1, e.code == n * 10)
        return code


total = 0
for i in range(4):
    total += run(i)
print("total", total)
sys.exit(total % 7)
