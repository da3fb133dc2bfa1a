# for c in s over ASCII and non-ASCII strings (1- to 4-byte characters).

for text in ["", "abc", "naïve", "€uro", "😀x😀", "a\u0301", "\x00\n"]:
    out: list[str] = []
    for c in text:
        out.append(c)
    print(len(text), len(out), out, "".join(out) == text)

count = 0
for c in "ünïcödé text with ä few wörds":
    if c == " ":
        continue
    if c == "ä":
        break
    count += 1
else:
    print("no break")
print(count)

for c in "":
    print("never")
else:
    print("empty else")

big = "äb€😀" * 50000
n = 0
wide = 0
for c in big:
    n += 1
    if ord(c) > 0xFFFF:
        wide += 1
print(n, wide, len(big))


def codes(s: str) -> list[int]:
    result: list[int] = []
    for ch in s:
        result.append(ord(ch))
    return result


print(codes("aé€😀"))
