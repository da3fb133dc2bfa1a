def rank(words: list[str], bonus: int) -> list[str]:
    return sorted(words, key=lambda w: len(w) + missing)  # error: name 'missing' is not defined


print(sorted([1, 2], key=lambda x: None))  # error: key functions giving None are not supported
print(sorted([1], key=len))  # error: object of type 'int' has no len()
print(sorted([1], key=lambda a, b: a))  # error: a key function must take exactly one argument
double = lambda n: n * 2  # error: the parameter types of this lambda are unknown
