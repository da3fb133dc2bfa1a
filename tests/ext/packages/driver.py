import importlib
import sys

import pkg
import pkg.c
import pkg.sub.deep
import other.c
from other.c import where as other_where
from pkg import c as pc

print(pkg.__name__, pkg.__package__, pkg.c.__name__, pkg.c.__package__)
print(pkg.sub.deep.__name__, pkg.sub.deep.__package__, other.c.__name__, other.c.__package__)
print(pkg.where(), pkg.c.where(), pkg.sub.deep.where(), other.c.where())
print(pkg.c.f(2), other.c.f(2), pkg.sub.deep.f(2), pkg.c.SCALE, other.c.SCALE)
print(pkg.__doc__, pkg.VERSION)
print(pkg.c.__doc__)
print(pc is pkg.c, sys.modules["pkg.c"] is pkg.c, other_where is other.c.where)
print(importlib.import_module("pkg.c") is pkg.c, importlib.import_module("other.c") is other.c)
print(hasattr(pkg, "__path__"), hasattr(pkg.c, "__path__"), hasattr(pkg.sub, "__path__"))
# Namespace packages: no file, no origin.
print(pkg.sub.__file__, pkg.sub.__spec__.origin, other.__file__, other.__spec__.origin)
print(sorted(name for name in vars(pkg) if not name.startswith("__")))

for attempt in range(2):
    try:
        import pkg.broken
    except ZeroDivisionError as e:
        print(attempt, type(e).__name__, e, "pkg.broken" in sys.modules, hasattr(pkg, "broken"))

try:
    import pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
