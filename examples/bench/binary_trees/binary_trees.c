/* Binary trees with malloc/free: the C reference for binary_trees.py. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_DEPTH 17 // bench-size smoke=6
#define MIN_DEPTH 4

struct node {
    struct node *left;
    struct node *right;
};

static struct node *new_node(struct node *left, struct node *right) {
    struct node *node = malloc(sizeof *node);
    if (node == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    node->left = left;
    node->right = right;
    return node;
}

static struct node *make_tree(int depth) {
    if (depth == 0) {
        return new_node(NULL, NULL);
    }
    struct node *left = make_tree(depth - 1);
    struct node *right = make_tree(depth - 1);
    return new_node(left, right);
}

/* The number of nodes in the tree. */
static long check(const struct node *node) {
    if (node->left == NULL || node->right == NULL) {
        return 1;
    }
    return 1 + check(node->left) + check(node->right);
}

static void free_tree(struct node *node) {
    if (node->left != NULL) {
        free_tree(node->left);
    }
    if (node->right != NULL) {
        free_tree(node->right);
    }
    free(node);
}

int main(void) {
    int max_depth = MIN_DEPTH + 2 > MAX_DEPTH ? MIN_DEPTH + 2 : MAX_DEPTH;
    int stretch_depth = max_depth + 1;
    struct node *stretch_tree = make_tree(stretch_depth);
    printf("stretch tree of depth %d\t check: %ld\n", stretch_depth, check(stretch_tree));
    free_tree(stretch_tree);

    struct node *long_lived_tree = make_tree(max_depth);

    for (int depth = MIN_DEPTH; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + MIN_DEPTH);
        long total = 0;
        for (long i = 0; i < iterations; i++) {
            struct node *tree = make_tree(depth);
            total += check(tree);
            free_tree(tree);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, total);
    }

    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived_tree));
    free_tree(long_lived_tree);
    return 0;
}
