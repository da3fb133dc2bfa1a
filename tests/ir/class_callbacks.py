# The class table names the slot-ABI thunks through which the runtime calls
# __eq__/__hash__/__repr__; a runtime call that may call one back
# (`in`, printing a list) is followed by tp_callback_check.
class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: "Tag") -> bool:
        return self.name == other.name

    def __hash__(self) -> int:
        return len(self.name)

    def __repr__(self) -> str:
        return self.name


tags = [Tag("a")]
print(Tag("a") in tags)
