# Builtins and unbound methods as key= functions.


class Word:
    def __init__(self, text: str) -> None:
        self.text = text

    def weight(self) -> int:
        return sum(ord(c) for c in self.text) % 7

    def __repr__(self) -> str:
        return f"Word({self.text!r})"


names = ["bob", "Alice", "carol", "Dave", "eve"]
print(sorted(names, key=str.lower), sorted(names, key=len), sorted(names, key=str.upper, reverse=True))
print(min(names, key=len), max(names, key=str.casefold), max(names, key=len))
nums = [-5, 3, -1, 4, -2]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=abs))
floats = [2.5, -0.5, 1.25]
print(sorted(floats, key=abs), sorted(floats, key=round), sorted(["10", "9", "100"], key=int))
print(sorted([3, 1, 2], key=str), sorted(["b", "a"], key=ord), sorted([[1, 2, 3], [1], [2, 2]], key=len))
words = [Word("zeta"), Word("alpha"), Word("mid")]
words.sort(key=Word.weight)
print(words, [w.weight() for w in words])
print(sorted(names, key=str.strip) == sorted(names))
