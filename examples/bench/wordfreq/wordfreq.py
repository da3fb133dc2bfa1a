"""Word frequencies: build a text of LCG-generated words line by line with str
concatenation and join, split it, count the words in a dict, rank them."""

from typing import Final

WORDS: Final = 2_000_000  # bench-size smoke=5000
WORDS_PER_LINE: Final = 12
MAX_WORD_LENGTH: Final = 6
LETTERS: Final = "etaoinshrd"
TOP: Final = 10

LCG_MULTIPLIER: Final = 1103515245
LCG_INCREMENT: Final = 12345
LCG_MODULUS: Final = 2147483648


def next_state(state: int) -> int:
    return (state * LCG_MULTIPLIER + LCG_INCREMENT) % LCG_MODULUS


def make_lines(n_words: int) -> list[str]:
    """n_words pseudo-random words, WORDS_PER_LINE to a line, space-separated."""
    lines: list[str] = []
    words: list[str] = []
    state = 2024
    for _ in range(n_words):
        state = next_state(state)
        length = 1 + (state >> 16) % MAX_WORD_LENGTH
        word = ""
        for _ in range(length):
            state = next_state(state)
            word += LETTERS[(state >> 16) % len(LETTERS)]
        words.append(word)
        if len(words) == WORDS_PER_LINE:
            lines.append(" ".join(words))
            words = []
    if words:
        lines.append(" ".join(words))
    return lines


def count_words(lines: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def main() -> None:
    lines = make_lines(WORDS)
    counts = count_words(lines)
    total = 0
    for count in counts.values():
        total += count
    print(len(lines), total, len(counts))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:TOP]:
        print(word, count)


if __name__ == "__main__":
    main()
