# Rejected: str.format templates that CPython rejects when they run, and ones taipan cannot compile.
def describe(template: str, n: int) -> str:
    return template.format(n)  # error: str.format() of a non-constant format string is not supported yet


print("{} {}".format(1))  # error: str.format() raises IndexError: Replacement index 1 out of range
print("{name}".format(nome=1))  # error: str.format() raises KeyError: 'name'
print("{0} {}".format(1, 2))  # error: cannot switch from manual field specification to automatic field numbering
print("a } b".format())  # error: Single '}' encountered in format string
print("{!x}".format(1))  # error: Unknown conversion specifier x
print("{0.real}".format(1))  # error: attribute and index lookups in str.format() fields are not supported yet
