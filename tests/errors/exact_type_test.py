# `type(x) is C` compares the run-time class of an instance only.
class A:
    pass


n = 3
print(type(n) is A)  # error: type(x) is C of a int value is not supported (only of instances)
print(type("s") is not A)  # error: type(x) is C of a str value is not supported
