"""Classes used inside an extension module: the runtime calls their special
methods back (containers' repr, `in`, sorting, dict keys)."""
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int


class Label:
    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"<{self.text}>"

    def __eq__(self, other: "Label") -> bool:
        return self.text.lower() == other.text.lower()


def corners(n: int) -> str:
    pts = [Pt(n - i, i % 2) for i in range(n)]
    return repr(sorted(pts))


def distinct(xs: list[int]) -> int:
    seen = {Pt(x, x): x for x in xs}
    return len(seen)


def has_label(words: list[str], word: str) -> bool:
    labels = [Label(w) for w in words]
    return Label(word) in labels


def show_labels(words: list[str]) -> str:
    return str([Label(w) for w in words])
