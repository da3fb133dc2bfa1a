# next() of a generator: the first element, computed lazily; the default
# when there is none.


class Job:
    def __init__(self, name: str, done: bool) -> None:
        self.name = name
        self.done = done


def noisy(x: int) -> int:
    print("  compute", x)
    return x


def first_pending(jobs: list[Job]) -> Job | None:
    return next((j for j in jobs if not j.done), None)


def main() -> None:
    xs = [4, 7, 10, 13]
    print(next(x for x in xs if x > 5), next((x for x in xs if x > 50), -1))
    print(next(noisy(x) for x in xs if x % 2 == 1))
    print(next((noisy(x) * 2 for x in xs if x > 8), 0))
    words = ["kiwi", "apple", "fig"]
    print(next((w for w in words if w.startswith("a")), None), next((w for w in words if "z" in w), None))
    print(next((w for w in words if len(w) > 3), "none"), next(c for w in words for c in w if c > "p"))
    jobs = [Job("a", True), Job("b", False), Job("c", False)]
    job = first_pending(jobs)
    if job is not None:
        print(job.name)
    print(first_pending([]) is None)
    d = {"x": 1, "y": 2}
    print(next(k for k, v in d.items() if v == 2), next((v for v in d.values() if v > 5), 0))
    empty: list[int] = []
    try:
        print(next(x for x in empty))
    except StopIteration:
        print("StopIteration caught")
    found = next((i for i, x in enumerate(xs) if x == 10), None)
    print(found)
    print(next(y for y in (noisy(x) for x in xs) if y > 5))
    for _ in range(3):
        print(next((w.upper() for w in words for _c in w if w != "kiwi"), "?"))


main()
nothing: list[str] = []
print(next(x for x in nothing))
