# An exception raised in __lt__ during sorted() ends the program with
# CPython's last traceback line and exit status 1.


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Box") -> bool:
        if other.v == 0 or self.v == 0:
            raise ZeroDivisionError("cannot order a zero box")
        return self.v < other.v


boxes = [Box(2), Box(1), Box(0)]
print("sorting")
print(len(sorted(boxes)))
print("not reached")
