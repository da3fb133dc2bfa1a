# A field assigned an empty container in __init__ takes its element type
# from the first statement of __init__ that fills it (mypy's inference).
class Index:
    def __init__(self, words: list[str]) -> None:
        self.words = []
        self.positions = {}
        self.seen = set()
        self.lengths = list()
        for i, w in enumerate(words):
            if w not in self.positions:
                self.words.append(w)
                self.positions[w] = i
            self.seen.add(len(w))
        self.lengths.insert(0, 1.5)

    def first(self, w: str) -> int:
        return self.positions[w]


ix = Index(["b", "a", "b", "cc"])
print(ix.words, ix.positions, sorted(ix.seen), ix.lengths)
print(ix.first("a"))
empty = Index([])
print(empty.words, empty.positions, empty.seen, len(empty.lengths))
print(ix.first("zz"))
