xs = [1]
print(xs)
a, b, c = xs
