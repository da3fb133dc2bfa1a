# Rejected: `@` between values of built-in types (no built-in type taipan has defines it).
x = 3
y = x @ 2  # error: unsupported operand types for @: 'int' and 'int'
