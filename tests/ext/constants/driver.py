import consts
from _support import compiled, expect

print(consts.N, consts.SCALE, consts.RATE, consts.DEBUG, consts.NAME, consts.ORIGIN)
print(consts.count, consts.i, consts.label, consts.scaled(2))
print(type(consts.N).__name__, type(consts.RATE).__name__, type(consts.DEBUG).__name__, type(consts.ORIGIN).__name__)
print(hasattr(consts, "NEVER"))
print(consts.WIDTH, consts.height, type(consts.WIDTH).__name__, type(consts.height).__name__)
print(consts.LIMIT, consts.RATIO, consts.VERBOSE, consts.TITLE, consts.maybe, consts.pick)
print(type(consts.RATIO).__name__, type(consts.maybe).__name__, type(consts.VERBOSE).__name__)

if compiled(consts):
    # Private names are not attributes of the compiled module.
    expect(hasattr(consts, "_PRIVATE"), False)
    expect(sorted(n for n in dir(consts) if not n.startswith("__")),
           ["DEBUG", "LIMIT", "N", "NAME", "ORIGIN", "RATE", "RATIO", "SCALE", "TITLE", "VERBOSE", "WIDTH",
            "count", "height", "i", "label", "maybe", "pick", "scaled"])
