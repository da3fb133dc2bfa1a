# An int flowing into an `int | None` is boxed (tp_box_int, an owned temp the
# variable takes a reference to); a read narrowed to int unboxes it with one
# load (field.get 0); None is the null constant; `d.get(k)` of a dict of ints
# boxes in the runtime; a `str | None` is a str local that may hold null.
def first_even(xs: list[int], names: dict[str, int]) -> int:
    found: int | None = None
    for x in xs:
        if x % 2 == 0:
            found = x
            break
    if found is None:
        return names.get("zero") or 0
    label: str | None = None
    print(label)
    return found + 1
