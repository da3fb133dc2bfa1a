# divmod of ints by zero raises CPython's integer message.
zero = 0
print(divmod(5, zero))
