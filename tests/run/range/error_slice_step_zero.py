# A zero slice step: ValueError.
r = range(10)
step = 0
print(r[::2])
print(r[::step])
