# Rejected: a name that is never defined anywhere in the module.
x = 1
print(x + foo)  # error: name 'foo' is not defined
