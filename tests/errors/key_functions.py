def rank(words: list[str], bonus: int) -> list[str]:
    return sorted(words, key=lambda w: len(w) + missing)  # error: name 'missing' is not defined


print(sorted([1, 2], key=lambda x: None))  # error: key functions giving None are not supported
print(sorted(["a"], key=len))  # error: builtin functions as key= are not supported yet
print(sorted([1], key=lambda a, b: a))  # error: a key function must take exactly one argument
double = lambda n: n * 2  # error: lambda expressions are not supported yet
print(max([1], key=lambda x: x, default=0))  # error: max() with both key= and default= is not supported yet
