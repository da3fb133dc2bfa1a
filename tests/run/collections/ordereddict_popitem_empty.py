# popitem(last=False) of an OrderedDict emptied by popitem().
from collections import OrderedDict

od = OrderedDict([("a", 1)])
print(od.popitem())
od.popitem(last=False)
