# & | ^ on two bools give a bool; mixed with an int they give an int.
t = True
f = False
print(t & f, t | f, t ^ t, f ^ f, t & t, f | f)
print(t & 3, t | 2, t ^ 5, 6 & t)
flags = f
flags |= t
print(flags)
flags &= f
print(flags)
flags ^= t
print(flags)
