# Rejected: element types of lists are checked, and empty lists need a type.
values = [1, 2, 3]
values.append("four")  # error: argument 1 of list.append() has type str, expected int
values[0] = 2.5  # error: cannot store a float in a list[int]: expected int
mixed = [1, "a"]  # error: list items have different types: int and str
unknown = []  # error: cannot infer the type of an empty list
names: list[str] = ["a"]
names.extend(values)  # error: argument 1 of list.extend() has type list[int], expected list[str]
print(values, names)
