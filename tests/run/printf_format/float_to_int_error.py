# %d of an infinite float raises OverflowError, as int() of it.
big = float("inf")
print("%d" % 1.5)
print("%d" % big)
