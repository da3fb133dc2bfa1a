# Rejected: printf-style formatting with %.
n = 3
print("%d items" % n)  # error: printf-style formatting (str % ...) is not supported yet
