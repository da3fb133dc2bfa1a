# Rejected: a class defined inside a function.
def make() -> None:
    class Point:  # error: classes are supported only at the top level of the module
        x: int = 0


print("never runs")
