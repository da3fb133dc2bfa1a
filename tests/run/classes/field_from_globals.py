# Fields assigned in __init__ without an annotation take their type from
# module globals the value reads (the pyperformance richards/float style).
from typing import Final

BUFSIZE = 4
SCALE: float = 2.5
NAMES = ["a", "b"]
ORIGIN = (0, 0)
LIMIT: Final = 10
WIDTH = BUFSIZE * 2


class Packet:
    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.data = [0] * BUFSIZE
        self.weight = SCALE * ident
        self.labels = NAMES + ["c"]
        self.pos = ORIGIN
        self.limit = LIMIT
        self.row = [0.0] * WIDTH


p = Packet(3)
p.data[1] = 7
p.pos = (p.pos[0] + 1, 5)
print(p.ident, p.data, p.weight, p.labels, p.pos, p.limit, len(p.row))
print(Packet(0).data, NAMES)
