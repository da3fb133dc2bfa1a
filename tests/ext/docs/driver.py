import inspect

import documented
from _support import compiled, expect

print(repr(documented.__doc__))
print(documented.__name__)
for f in [documented.add, documented.undocumented, documented.no_params]:
    print(f.__name__, f.__qualname__, f.__module__, repr(f.__doc__))
    sig = inspect.signature(f)
    print([(p.name, p.default) for p in sig.parameters.values()])
print(sorted(n for n in dir(documented) if not n.startswith("_")))

if compiled(documented):
    # Only public functions are exported.
    expect(hasattr(documented, "_hidden"), False)
    # Arguments go by position or keyword, as the text signatures say.
    expect(str(inspect.signature(documented.add)), "(a, b=2)")
    expect(str(inspect.signature(documented.undocumented)), "(x, flag=False, scale=-1.5)")
    expect(str(inspect.signature(documented.no_params)), "()")
    expect(documented.add.__text_signature__, "(a, b=2)")
