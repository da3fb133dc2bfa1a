# Rejected: adding an int and a str.
n = 1
print(n + "a")  # error: unsupported operand types for +: 'int' and 'str'
