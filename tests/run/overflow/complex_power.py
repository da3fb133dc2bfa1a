# expect-taipan-error: ValueError: taipan: negative number raised to a fractional power gives a complex number, which is not supported
# A negative float to a fractional power: CPython gives a complex number, taipan raises.
print((-8.0) ** 2.0, 8.0 ** (1 / 3))
print((-8.0) ** (1 / 3))
