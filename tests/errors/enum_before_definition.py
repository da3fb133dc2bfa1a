# Module code before the class statement has no members to read (CPython: NameError).
from enum import Enum

print(Color.RED)  # error: enum 'Color' is used before its class statement
n = len(Color)  # error: enum 'Color' is used before its class statement


class Color(Enum):
    RED = 1


print(n)
