# pow(a, b, 0) raises ValueError.
m = 0
print(pow(3, 4, 5))
print(pow(3, 4, m))
