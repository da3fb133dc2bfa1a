# a = b = value binds every target; one-line compound statements and `;`-separated statements.
a = b = 0
print(a, b)
a = 5
print(a, b)
x = y = z = 2.5
print(x, y, z)
x += 1
print(x, y, z)
p = q = r = s = 7; print(p + q + r + s)
if a > 0: pass
while False: pass
print("done")
