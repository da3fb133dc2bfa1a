# Rejected: OrderedDict uses taipan cannot type, and misuses of its methods.
from collections import OrderedDict
import collections

a = OrderedDict()  # error: OrderedDict() needs a type annotation here
b: OrderedDict[str, int] = OrderedDict(x=1)  # error: OrderedDict() with keyword arguments is not supported yet
c: OrderedDict = OrderedDict()  # error: 'OrderedDict' needs type arguments (as in OrderedDict[str, int])
e: collections.OrderedDict[str] = OrderedDict()  # error: 'OrderedDict' expects 2 type arguments, got 1
f = OrderedDict([1, 2])  # error: dict() needs an iterable of (key, value) pairs, found list[int]
g: OrderedDict[str, int] = OrderedDict([("a", 1)], [("b", 2)])  # error: OrderedDict expected at most 1 argument, got 2
od: OrderedDict[str, int] = OrderedDict([("a", 1)])
od.move_to_end(1)  # error: argument 1 of OrderedDict.move_to_end() has type int, expected str
od.move_to_end()  # error: OrderedDict.move_to_end() takes from 1 to 2 arguments (0 given)
od.move_to_end(last=False)  # error: OrderedDict.move_to_end() missing required argument 'key'
od.move_to_end("a", True, last=True)  # error: OrderedDict.move_to_end() takes from 1 to 2 arguments (3 given)
od.move_to_end("a", first=True)  # error: 'first' is an invalid keyword argument for OrderedDict.move_to_end()
od.popitem(True, last=True)  # error: OrderedDict.popitem() takes from 0 to 1 arguments (2 given)
h: OrderedDict[str, int] = OrderedDict([(1, 2)])  # error: expected dict[str, int], found dict[int, int]
u: OrderedDict[list[int], int] = OrderedDict()  # error: unhashable type: 'list'
fk: OrderedDict[float, str] = OrderedDict([(1.5, "a")])
fk.move_to_end(True)
