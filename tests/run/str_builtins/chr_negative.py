# chr() of a negative number raises ValueError.
print(chr(-1))
