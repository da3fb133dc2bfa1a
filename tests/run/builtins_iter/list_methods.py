xs = [5, 3, 8, 3, 1]
xs.remove(3)
print(xs, xs.index(8), xs.count(3), xs.count(42))
xs.reverse()
print(xs)
del xs[0]
del xs[-1]
print(xs)
ys = [0, 1, 2, 3, 4, 5, 6, 7]
del ys[1:3]
print(ys)
del ys[::2]
print(ys)
zs = [1, 2, 3, 4, 5]
zs[1:3] = [20, 30, 40]
print(zs)
zs[:] = []
print(zs)
ws = [3, 1, 2]
ws.sort()
print(ws)
ws.sort(reverse=True)
print(ws)
print(sorted([2.5, -1.0, 3.0]), sorted(["b", "a", "c"], reverse=True), sorted("hello"))
ws.clear()
print(ws, len(ws))
