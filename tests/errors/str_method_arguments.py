# Rejected: str method calls with arguments of the wrong type or number, and unsupported methods.
s = "text"
print(s.split(1))  # error: argument 'sep' of str.split() must be str, not int
print(s.find("t", 1.5))  # error: argument 'start' of str.find() must be int, not float
print(s.strip("a", "b"))  # error: str.strip() takes at most 1 argument (2 given)
print(s.replace("a"))  # error: str.replace() missing required argument 'new'
print(s.upper(1))  # error: str.upper() takes no arguments (1 given)
print(s.find(sub="t"))  # error: str.find() takes no keyword arguments
print(s.split(sepp=","))  # error: str.split() got an unexpected keyword argument 'sepp'
print(s.startswith(["t"]))  # error: argument 'prefix' of str.startswith() must be str or a tuple of str
print(",".join([1, 2]))  # error: str.join() takes an iterable of str, not list[int]
print(s.isidentifier())  # error: str method 'isidentifier' is not supported yet
print(s.expandtabs())  # error: str method 'expandtabs' is not supported yet
