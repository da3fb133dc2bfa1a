# `raise Kind` without a call: no message on the last line.
def fail() -> None:
    raise NotImplementedError


print("before")
fail()
