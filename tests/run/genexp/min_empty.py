xs = [1, 2, 3]
print(min((x for x in xs if x > 5), default=-1))
print(max(x for x in xs if x > 1))
print(min(x for x in xs if x > 5))
