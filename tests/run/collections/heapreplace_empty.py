from heapq import heapreplace

h: list[str] = []
print(heapreplace(h, "a"))
