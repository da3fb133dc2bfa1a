import heapq

h: list[int] = [1]
print(heapq.heappop(h))
print(heapq.heappop(h))
