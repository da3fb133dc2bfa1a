# Exception classes with class constants, properties, methods calling
# methods, optional exceptions, exceptions as parameters and results, and
# fields holding containers.


class Problem(Exception):
    SEVERITY = 2
    prefix: str

    def __init__(self, where: str, lines: list[int]) -> None:
        super().__init__(where)
        self.prefix = "E"
        self.where = where
        self.lines = lines

    @property
    def count(self) -> int:
        return len(self.lines)

    def code(self) -> str:
        return self.prefix + str(self.SEVERITY * 100 + self.count)

    def summary(self) -> str:
        return f"{self.code()} at {self.where}: {self.lines}"

    @staticmethod
    def severity_name(level: int) -> str:
        return ["info", "warning", "error"][level]


class Warning_(Problem):
    def __init__(self, where: str) -> None:
        super().__init__(where, [])
        self.prefix = "W"

    def summary(self) -> str:
        return "warning " + super().summary()


class Empty(Exception):
    def hint(self) -> str:
        return "nothing here: " + str(self)


class Counter(Exception):
    def __init__(self) -> None:
        super().__init__("count")
        self.hits = 0
        self.names: list[str] = []


def bump(c: Counter, name: str) -> Counter:
    c.hits += 2
    c.names += [name]
    return c


def check(text: str) -> Problem | None:
    if text == "":
        return Warning_("start")
    bad = [i for i, ch in enumerate(text) if ch == "!"]
    if bad:
        return Problem(text, bad)
    return None


def report(p: Problem) -> str:
    return p.summary() + f" ({p.count})"


def scan_all(texts: list[str]) -> int:
    problems = 0
    for text in texts:
        found = check(text)
        if found is None:
            print(text, "fine")
        else:
            problems += 1
            print(text, report(found), found.code(), found.SEVERITY, found)
    return problems


print(scan_all(["ok", "a!b!", "", "!"]))
print(Problem.SEVERITY, Problem.severity_name(Problem.SEVERITY), Warning_.severity_name(0))

p = Problem("x", [1, 2, 3])
p.lines.append(4)
p.where = "y"
print(p.count, p.summary(), str(p), p.args)
try:
    raise p
except Problem as caught:
    print(caught is p, caught.count)

try:
    raise Empty("nope")
except Empty as e:
    print(e.hint(), repr(e))
try:
    raise Empty
except Exception as e:
    print(repr(e), "[" + str(e) + "]")

saved: list[Problem] = []
for i in range(3):
    try:
        if i % 2 == 0:
            raise Problem("loop", [i])
        raise Warning_("loop")
    except Problem as e:
        saved.append(e)
print([s.summary() for s in saved])
print(saved)


counter = Counter()
for name in ["a", "b"]:
    bumped = bump(counter, name)
    bumped.hits = bumped.hits - 1
print(counter.hits, counter.names, counter)
