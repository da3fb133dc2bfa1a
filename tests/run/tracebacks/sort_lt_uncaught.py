# compare-traceback
# An exception raised in __lt__ while `sorted` calls it: the traceback shows
# the method's frame once, at the line that raised, as CPython's does.


class Card:
    def __init__(self, rank: int) -> None:
        self.rank = rank

    def __lt__(self, other: "Card") -> bool:
        if other.rank == 3:
            raise ValueError(f"cannot compare with {other.rank}")
        return self.rank < other.rank


def deal(ranks: list[int]) -> list[Card]:
    cards = [Card(r) for r in ranks]
    return sorted(cards)


def main() -> None:
    print(len(deal([5, 1])))
    print(len(deal([2, 3, 1])))


main()
