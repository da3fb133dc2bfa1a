# Every augmented assignment operator on ints and floats.
a = 17
a += 3
print(a)
a -= 25
print(a)
a *= -4
print(a)
a //= 3
print(a)
a %= 7
print(a)
a **= 3
print(a)
a <<= 2
print(a)
a >>= 1
print(a)
a &= 0xF0
print(a)
a |= 0x0F
print(a)
a ^= 0xFF
print(a)
a = -a
a //= 4
print(a)
a %= -5
print(a)
f = 1.5
f += 2
print(f)
f -= 0.25
print(f)
f *= 2
print(f)
f /= 4
print(f)
f //= 0.5
print(f)
f %= 1.5
print(f)
f **= 2
print(f)
q = 10
r = 4
q //= r
r *= q
print(q, r)
