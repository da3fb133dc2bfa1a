# ord, chr, hex, oct, bin, ascii, format(x, spec).

for c in ["a", "é", "€", "😀", "\x00", "\n"]:
    print(ord(c), repr(chr(ord(c))), ascii(c))
for n in [0, 65, 255, 0x20AC, 0x1F600, 0x10FFFF, 127, 160]:
    print(repr(chr(n)), ascii(chr(n)))
for n in [0, 1, -1, 255, -255, 9223372036854775807, -9223372036854775807 - 1, 4096]:
    print(hex(n), oct(n), bin(n))
print(hex(True), bin(False), chr(True + 64))
print(ascii("naïve ☃ 😀 'q' \"d\""), ascii(1.5), ascii(12), ascii(None), ascii(["é", "x"]), ascii(("ü",)))
x = 3.14159
n = 1234567
print(format(x, ".2f"), format(n, ","), format(n, "_x"), format(x), format(n), format("s", ">4"), format(True, "d"))
print(format(x, "10.3e"), format(-n, "+012,d"), format(0.5, "%"), format("é", "^5"), format(255, "#o"))
spec = ">8"
print(format("right", spec) + "|", format(2.5, spec) + "|", format([1, 2]), format((1, "a"), ""))
