# Rejected (for now): attributes of exception objects; `e.args` has no static
# element types to give its items.
try:
    raise ValueError("x", 1)
except ValueError as e:
    print(e.args)  # error: attributes of exceptions (ValueError.args) are not supported yet
