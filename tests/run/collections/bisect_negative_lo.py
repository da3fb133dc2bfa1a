import bisect

xs = [1, 2, 3]
print(bisect.bisect_left(xs, 2, -1))
