# chr() outside the code point range raises ValueError.
n = 0x110000
print(chr(n - 1) == "\U0010ffff")
print(chr(n))
