# 1,000,000 iterations each run the str methods, str.format, printf-style
# formatting and a `for c in s` over non-ASCII text, dropping every result:
# a leak of any of them would pass the address-space limit.
total = 0
for i in range(1000000):
    line = "  wörd%d, alpha beta,gamma  " % i
    parts = line.strip().split(",")
    joined = "|".join(parts)
    head, sep, tail = joined.partition("|")
    text = "{0}-{1}-{0}".format(head.upper(), tail.replace("a", "ä", 2))
    for c in text[:6]:
        total += ord(c)
    total += len(text.splitlines()) + text.find("ä") + len(hex(i)) + len(text.center(40, "·"))
    total += len(line.rsplit(None, 1)) + int(str(i)[-1:], 16) + divmod(i, 7)[1]
print(total)
