# An empty message prints just the class name.
x = 3
if x > 2:
    raise TypeError("")
