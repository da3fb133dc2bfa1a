# Dijkstra with a heap of (distance, node) tuples; ties between equal
# distances are broken by node, as tuple comparison does.
import heapq


def dijkstra(adj: dict[int, list[tuple[int, int]]], source: int, n: int) -> list[int]:
    inf = 10**18
    dist = [inf] * n
    dist[source] = 0
    pq: list[tuple[int, int]] = [(0, source)]
    order: list[int] = []
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        order.append(u)
        for v, w in adj.get(u, []):
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    print("visit order", order)
    return dist


def build(n: int) -> dict[int, list[tuple[int, int]]]:
    adj: dict[int, list[tuple[int, int]]] = {}
    seed = 12345
    for u in range(n):
        for k in range(3):
            seed = (seed * 1103515245 + 12345) % 2147483648
            v = seed % n
            w = 1 + (seed >> 8) % 20
            adj.setdefault(u, []).append((v, w))
    return adj


print(dijkstra(build(30), 0, 30))

# Float distances and str payloads.
pq: list[tuple[float, str]] = []
heapq.heappush(pq, (2.5, "b"))
heapq.heappush(pq, (0.5, "z"))
heapq.heappush(pq, (2.5, "a"))
heapq.heappush(pq, (1.0, "m"))
while pq:
    print(heapq.heappop(pq))

# k smallest with a bounded max-heap of negated values.
data = [17, 3, 99, 42, 8, 23, 4, 16, 15, 1]
k = 4
worst: list[int] = []
for x in data:
    if len(worst) < k:
        heapq.heappush(worst, -x)
    elif -worst[0] > x:
        heapq.heapreplace(worst, -x)
print(sorted(-x for x in worst))
