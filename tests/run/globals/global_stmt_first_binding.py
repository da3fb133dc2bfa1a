# A global first bound by a function the module calls, then by the module.
def setup() -> None:
    global x, s
    x = 41
    s = "set"


def show() -> None:
    print(x, s)


setup()
print(x + 1, s)
show()
x = 7
s = "module"
show()
