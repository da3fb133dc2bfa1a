# Rejected: text builtins applied to values of the wrong type.
print(chr(65.0))  # error: 'float' object cannot be interpreted as an integer
print(hex("ff"))  # error: 'str' object cannot be interpreted as an integer
print(ord(65))  # error: ord() expected string of length 1, but int found
print(int(12, 10))  # error: int() can't convert non-string with explicit base
print(pow(2.0, 3, 5))  # error: pow() 3rd argument not allowed unless all arguments are integers
print(divmod("a", 2))  # error: unsupported operand type(s) for divmod(): 'str' and 'int'
print(format(1, 2))  # error: format() argument 2 must be str, not int
