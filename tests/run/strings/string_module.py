# The string module's constants.
import string
from string import ascii_lowercase as lower, digits


def caesar(s: str, k: int) -> str:
    out = []
    for ch in s:
        if ch in lower:
            out.append(lower[(lower.index(ch) + k) % 26])
        elif ch in string.ascii_uppercase:
            up = string.ascii_uppercase
            out.append(up[(up.index(ch) + k) % 26])
        else:
            out.append(ch)
    return "".join(out)


print(caesar("Hello, World!", 3), digits, len(string.printable))
print(string.ascii_letters, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation)
print(sum(c in string.punctuation for c in "a,b;c!"))
print(repr(string.printable))
