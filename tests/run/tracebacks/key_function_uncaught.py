# compare-traceback
# A key lambda whose call raises inside sorted. (`key=weight` itself shows
# an extra `<lambda>` frame in taipan: see docs/language.md.)


def weight(s: str) -> int:
    if s == "bad":
        raise ValueError("bad weight")
    return len(s)


words = ["ccc", "a", "bb"]
print(sorted(words, key=weight), min(words, key=lambda w: -len(w)))
print(sorted(words + ["bad"], key=lambda w: weight(w) + 1))
