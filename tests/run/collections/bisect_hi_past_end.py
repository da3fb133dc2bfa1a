from bisect import bisect_right

xs = [1, 2, 3]
print(bisect_right(xs, 2, 0, 3))
print(bisect_right(xs, 5, 0, 10))
