# Breadth-first search on a grid with a deque of (row, col) tuples, and a
# sliding-window maximum with a deque of indices.
from collections import deque

GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]


def bfs(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    start = (0, 0)
    goal = (0, 0)
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                goal = (r, c)
    dist: dict[tuple[int, int], int] = {start: 0}
    queue: deque[tuple[int, int]] = deque([start])
    while queue:
        r, c = queue.popleft()
        if (r, c) == goal:
            return dist[(r, c)]
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1


print(bfs(GRID))


def window_max(xs: list[int], k: int) -> list[int]:
    out: list[int] = []
    window: deque[int] = deque()
    for i, x in enumerate(xs):
        while window and xs[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(xs[window[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
print(window_max([9, 8, 7, 6, 5, 4], 2))

# A long-running queue: memory stays bounded as elements pass through.
q: deque[int] = deque()
acc = 0
for i in range(200000):
    q.append(i)
    if len(q) > 100:
        acc += q.popleft()
print(acc, len(q), q[0], q[-1])

# Recent history with maxlen.
history: deque[str] = deque(maxlen=3)
for word in "the quick brown fox jumps".split():
    history.append(word)
    print(list(history))
