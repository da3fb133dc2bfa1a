# Rejected: operator getters outside key=, and arguments that are not constants.
from operator import itemgetter, attrgetter

get = itemgetter(1)  # error: is supported only as a key= function
pairs = [(1, 2)]
print(sorted(pairs, key=itemgetter(len(pairs) - 1)))  # error: must be constants or names
print(sorted(pairs, key=attrgetter(str(1))))  # error: must be string literals
