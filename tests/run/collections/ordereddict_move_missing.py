# move_to_end of a key that is not there: KeyError with the key's repr.
from collections import OrderedDict

od = OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("b")
print(od)
od.move_to_end("it's")
