# Rejected: reduce where its value is not the whole value of an assignment or
# a return, or with a function taipan cannot inline.
from functools import reduce

xs = [1, 2, 3]
print(reduce(lambda a, b: a + b, xs))  # error: functools.reduce() is only supported as the whole value of an assignment or a return
y = reduce(lambda a: a, xs)  # error: functools.reduce() is only supported as the whole value of an assignment or a return
z = reduce(lambda a, b: a + b, xs, initial=0)  # error: functools.reduce() is only supported as the whole value of an assignment or a return
