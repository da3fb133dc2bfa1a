# Rejected: class definitions.
class Point:  # error: classes are not supported yet
    x: int = 0


print("never runs")
