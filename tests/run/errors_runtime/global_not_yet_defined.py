# A function reading a module variable before module code has assigned it: NameError: name 'LATE' is not defined.


def read_late() -> int:
    return LATE + 1


print("before")
print(read_late())
LATE = 1
