# The classic LRU cache: get() marks a key as recently used (move_to_end),
# put() evicts the least recently used one (popitem(last=False)).
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.cache: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key: int, value: int) -> None:
        if key in self.cache:
            self.cache.move_to_end(key)
        self.cache[key] = value
        if len(self.cache) > self.capacity:
            evicted = self.cache.popitem(last=False)
            print("evict", evicted)


def main() -> None:
    lru = LRUCache(2)
    lru.put(1, 1)
    lru.put(2, 2)
    print(lru.get(1))
    lru.put(3, 3)
    print(lru.get(2))
    lru.put(4, 4)
    print(lru.get(1), lru.get(3), lru.get(4))
    print(lru.cache)
    # A longer run: many evictions through a small cache.
    big = LRUCache(5)
    hits = 0
    for i in range(2000):
        k = (i * 7) % 13
        if big.get(k) != -1:
            hits += 1
        else:
            big.capacity = 5
            big.cache[k] = i
            if len(big.cache) > big.capacity:
                big.cache.popitem(last=False)
    print(hits, big.cache, list(big.cache))
    # The only key moved: nothing changes.
    one: OrderedDict[str, int] = OrderedDict()
    one["only"] = 1
    one.move_to_end("only")
    one.move_to_end("only", last=False)
    print(one, one.popitem(last=False), one)


main()
