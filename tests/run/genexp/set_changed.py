# Adding each element as it is made: the set the generator walks grows.
s = {1, 2, 3}
s.update(x for x in range(3))
print(sorted(s))
s.update(x + 10 for x in s)
print("not reached")
