# partition with an empty separator raises ValueError: empty separator.
sep = ""
print("abc".rpartition("b"))
print("abc".partition(sep))
