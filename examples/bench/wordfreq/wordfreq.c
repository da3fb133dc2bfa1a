/* Word frequencies with an open-addressing hash table: the C reference for wordfreq.py. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORDS 2000000 // bench-size smoke=5000
#define WORDS_PER_LINE 12
#define MAX_WORD_LENGTH 6
#define TOP 10

#define LCG_MULTIPLIER 1103515245L
#define LCG_INCREMENT 12345L
#define LCG_MODULUS 2147483648L

static const char LETTERS[] = "etaoinshrd";
#define N_LETTERS ((long)(sizeof LETTERS - 1))

struct entry {
    const char *word; /* points into the text; not NUL-terminated */
    size_t length;
    long count;
};

struct table {
    struct entry *slots; /* word == NULL marks an empty slot */
    size_t capacity;     /* a power of two */
    size_t size;
};

static void *checked_malloc(size_t size) {
    void *p = malloc(size);
    if (p == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static long next_state(long state) {
    return (state * LCG_MULTIPLIER + LCG_INCREMENT) % LCG_MODULUS;
}

/* The whole text: WORDS_PER_LINE words to a line, lines ended by '\n'. */
static char *make_text(long n_words, long *n_lines) {
    /* Each word takes at most MAX_WORD_LENGTH letters plus one separator. */
    char *text = checked_malloc((size_t)n_words * (MAX_WORD_LENGTH + 1) + 1);
    size_t pos = 0;
    long state = 2024;
    long words_in_line = 0;
    *n_lines = 0;
    for (long w = 0; w < n_words; w++) {
        state = next_state(state);
        long length = 1 + (state >> 16) % MAX_WORD_LENGTH;
        if (words_in_line > 0) {
            text[pos++] = ' ';
        }
        for (long i = 0; i < length; i++) {
            state = next_state(state);
            text[pos++] = LETTERS[(state >> 16) % N_LETTERS];
        }
        words_in_line += 1;
        if (words_in_line == WORDS_PER_LINE) {
            text[pos++] = '\n';
            *n_lines += 1;
            words_in_line = 0;
        }
    }
    if (words_in_line > 0) {
        text[pos++] = '\n';
        *n_lines += 1;
    }
    text[pos] = '\0';
    return text;
}

static size_t hash_word(const char *word, size_t length) {
    /* FNV-1a, 64-bit. */
    unsigned long long h = 14695981039346656037ULL;
    for (size_t i = 0; i < length; i++) {
        h ^= (unsigned char)word[i];
        h *= 1099511628211ULL;
    }
    return (size_t)h;
}

static void table_grow(struct table *table) {
    size_t new_capacity = table->capacity * 2;
    struct entry *slots = calloc(new_capacity, sizeof *slots);
    if (slots == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    for (size_t i = 0; i < table->capacity; i++) {
        struct entry *e = &table->slots[i];
        if (e->word != NULL) {
            size_t j = hash_word(e->word, e->length) & (new_capacity - 1);
            while (slots[j].word != NULL) {
                j = (j + 1) & (new_capacity - 1);
            }
            slots[j] = *e;
        }
    }
    free(table->slots);
    table->slots = slots;
    table->capacity = new_capacity;
}

static void table_add(struct table *table, const char *word, size_t length) {
    if (2 * (table->size + 1) > table->capacity) {
        table_grow(table);
    }
    size_t mask = table->capacity - 1;
    size_t i = hash_word(word, length) & mask;
    for (;;) {
        struct entry *e = &table->slots[i];
        if (e->word == NULL) {
            e->word = word;
            e->length = length;
            e->count = 1;
            table->size += 1;
            return;
        }
        if (e->length == length && memcmp(e->word, word, length) == 0) {
            e->count += 1;
            return;
        }
        i = (i + 1) & mask;
    }
}

/* Python's str order on ASCII: bytewise, a proper prefix first. */
static int compare_words(const struct entry *a, const struct entry *b) {
    size_t n = a->length < b->length ? a->length : b->length;
    int c = memcmp(a->word, b->word, n);
    if (c != 0) {
        return c;
    }
    return (a->length > b->length) - (a->length < b->length);
}

/* Descending count, then ascending word. */
static int compare_ranked(const void *pa, const void *pb) {
    const struct entry *a = pa;
    const struct entry *b = pb;
    if (a->count != b->count) {
        return a->count > b->count ? -1 : 1;
    }
    return compare_words(a, b);
}

int main(void) {
    long n_lines;
    char *text = make_text(WORDS, &n_lines);

    struct table table = {calloc(1024, sizeof(struct entry)), 1024, 0};
    if (table.slots == NULL) {
        fputs("out of memory\n", stderr);
        return 1;
    }
    long total = 0;
    const char *p = text;
    while (*p != '\0') {
        while (*p == ' ' || *p == '\n') {
            p++;
        }
        const char *start = p;
        while (*p != '\0' && *p != ' ' && *p != '\n') {
            p++;
        }
        if (p > start) {
            table_add(&table, start, (size_t)(p - start));
            total += 1;
        }
    }

    struct entry *ranked = checked_malloc(table.size * sizeof *ranked + 1);
    size_t n = 0;
    for (size_t i = 0; i < table.capacity; i++) {
        if (table.slots[i].word != NULL) {
            ranked[n++] = table.slots[i];
        }
    }
    qsort(ranked, n, sizeof *ranked, compare_ranked);

    printf("%ld %ld %zu\n", n_lines, total, table.size);
    for (size_t i = 0; i < n && i < TOP; i++) {
        printf("%.*s %ld\n", (int)ranked[i].length, ranked[i].word, ranked[i].count);
    }
    free(ranked);
    free(table.slots);
    free(text);
    return 0;
}
