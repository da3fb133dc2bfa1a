# Rejected: printf-style templates CPython rejects when they run, and forms taipan cannot compile yet.
n = 3
name = "x"
template = "%d" if n else "%s"
print("%d %d" % (n,))  # error: not enough arguments for format string
print("%d" % (n, n))  # error: not all arguments converted during string formatting
print("%d" % name)  # error: %d format: a real number is required, not str
print("%x" % 1.5)  # error: %x format: an integer is required, not float
print("%q" % n)  # error: unsupported format character 'q' (0x71) at index 1
print("%(key)s" % n)  # error: mapping keys (%(name)s) is not supported yet
print("%*d" % (5, n))  # error: a '*' width or precision is not supported yet
print("%.3d" % n)  # error: printf-style %d with a precision is not supported yet
print(template % n)  # error: printf-style formatting of a non-constant format string is not supported yet
