# sys.exit("message"): the message is the last stderr line, the status 1.
import sys


def parse(text: str) -> int:
    if not text.isdigit():
        sys.exit(f"error: not a number: {text!r}")
    return int(text)


print(parse("42"))
print("earlier diagnostics", file=sys.stderr)
print(parse("4x2"))
print("not reached")
