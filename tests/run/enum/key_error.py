from enum import Enum


class Color(Enum):
    RED = "r"


print(Color["RED"])
print(Color["BLUE"])
