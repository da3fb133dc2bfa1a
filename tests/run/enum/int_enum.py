from enum import IntEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = 10
    URGENT = auto()


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    WARNING = 30  # alias


def weight(p: Priority) -> int:
    return p * 100


def describe(p: Priority) -> str:
    return f"{p.name}:{p.value}"


print(Priority.LOW, Priority.URGENT)
print(repr(Priority.MEDIUM), str(Priority.HIGH), format(Priority.HIGH), format(Priority.HIGH, ">4"))
print(f"{Priority.LOW} {Priority.LOW!r} {Priority.HIGH:05d} {Priority.URGENT.name} {Priority.URGENT:x}")
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.HIGH - Priority.LOW, -Priority.MEDIUM, Priority.HIGH // 3)
print(Priority.LOW < Priority.HIGH, Priority.HIGH >= 10, Priority.MEDIUM == 2, Priority.MEDIUM != 2, 11 == Priority.URGENT)
print(Priority.LOW == Priority.LOW, Priority.LOW is Priority.LOW, Priority.LOW == Priority.HIGH)
print(int(Priority.URGENT), float(Priority.HIGH), weight(Priority.MEDIUM))
names = ["zero", "one", "two", "three"]
print(names[Priority.LOW], names[Priority.MEDIUM])
print(list(Priority))
print(sorted([Priority.URGENT, Priority.LOW, Priority.HIGH]))
print(max(Priority), min(Priority))
print(sum([p.value for p in Priority]), sum([int(p) for p in Priority]))
print(Priority(10), Priority(2) is Priority.MEDIUM, Priority["URGENT"])
print(Level.WARNING, Level.WARNING is Level.WARN, len(Level), list(Level))
print(describe(Priority.HIGH), [describe(p) for p in Priority])
print(hash(Priority.HIGH) == hash(10))
by_level: dict[Level, str] = {Level.INFO: "info", Level.DEBUG: "debug"}
print(by_level, by_level[Level.INFO])
print(sorted(by_level))
total = 0
for lv in Level:
    if lv > Level.DEBUG:
        total += lv
print(total)
x: int = int(Priority.HIGH)
y: float = Priority.LOW.value + 0.5
ints: list[int] = [Priority.LOW.value, 3, int(Priority.URGENT)]
print(x, y, ints, x == Priority.HIGH, repr(x))
print(Priority.HIGH | 5, Priority.HIGH << 2, Priority.HIGH ** 2, Priority.HIGH / 4, Priority.HIGH % 3)
print("%s %r" % (Priority.LOW, Priority.HIGH), "%s" % Priority.URGENT)
