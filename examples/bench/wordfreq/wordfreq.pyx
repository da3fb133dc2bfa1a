# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Word frequencies, hand-tuned Cython: the text is generated in a C char buffer;
counting keeps the benchmark's subject (str keys in a dict) with typed locals so
Cython calls the dict C-API directly."""

from cpython.mem cimport PyMem_Malloc, PyMem_Free

cdef long WORDS = 2000000  # bench-size smoke=5000
cdef long WORDS_PER_LINE = 12
cdef long MAX_WORD_LENGTH = 6
cdef const char *LETTERS = b"etaoinshrd"
cdef long N_LETTERS = 10
cdef int TOP = 10

cdef long LCG_MULTIPLIER = 1103515245
cdef long LCG_INCREMENT = 12345
cdef long LCG_MODULUS = 2147483648


cdef inline long next_state(long state) noexcept nogil:
    return (state * LCG_MULTIPLIER + LCG_INCREMENT) % LCG_MODULUS


cdef list make_lines(long n_words):
    cdef list lines = []
    cdef char *line = <char *>PyMem_Malloc(WORDS_PER_LINE * (MAX_WORD_LENGTH + 1))
    cdef long state = 2024, length, w, i, pos = 0, words_in_line = 0
    if line == NULL:
        raise MemoryError()
    try:
        for w in range(n_words):
            state = next_state(state)
            length = 1 + (state >> 16) % MAX_WORD_LENGTH
            if words_in_line > 0:
                line[pos] = b' '
                pos += 1
            for i in range(length):
                state = next_state(state)
                line[pos] = LETTERS[(state >> 16) % N_LETTERS]
                pos += 1
            words_in_line += 1
            if words_in_line == WORDS_PER_LINE:
                lines.append(line[:pos].decode("ascii"))
                pos = 0
                words_in_line = 0
        if words_in_line > 0:
            lines.append(line[:pos].decode("ascii"))
    finally:
        PyMem_Free(line)
    return lines


cdef dict count_words(list lines):
    cdef dict counts = {}
    cdef str line, word
    for line in lines:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    cdef list lines = make_lines(WORDS)
    cdef dict counts = count_words(lines)
    cdef long total = 0, count
    for count in counts.values():
        total += count
    print(len(lines), total, len(counts))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:TOP]:
        print(word, count)
