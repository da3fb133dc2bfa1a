# A function reads a global before anything binds it: NameError.
def show() -> None:
    print(y)


def setup() -> None:
    global y
    y = 3


show()
y = 1
setup()
