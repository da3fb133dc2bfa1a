# Methods of list, dict, set, str and deque as values.
from collections import deque
from typing import Callable


def collect(words: list[str]) -> list[str]:
    out: list[str] = []
    emit = out.append
    for w in words:
        if len(w) > 2:
            emit(w.upper())
    return out


def stack_ops() -> None:
    stack: list[int] = []
    push = stack.append
    pop = stack.pop
    for i in range(5):
        push(i * i)
    print(pop(), pop(), stack)
    # The old list stays bound after the name is rebound.
    stack = [100]
    push(99)
    print(stack, pop())
    ins = stack.insert
    ins(0, -1)
    ins(-1, 7)
    print(stack)
    ext = stack.extend
    ext([1, 2])
    ext([])
    print(stack, stack.count(1))
    cnt = stack.count
    idx = stack.index
    print(cnt(7), idx(100))
    rev = stack.reverse
    rev()
    print(stack)
    srt = stack.sort
    srt()
    print(stack)
    cl = stack.clear
    cl()
    print(stack, len(stack))


def dict_ops() -> None:
    d: dict[str, int] = {"a": 1, "b": 2}
    get = d.get
    print(get("a"), get("zz"))
    getd: Callable[[str, int], int] = d.get
    print(getd("b", -1), getd("q", -1))
    sd = d.setdefault
    print(sd("c", 3), sd("a", 99), d)
    popd = d.pop
    print(popd("c"), d)
    upd = d.update
    upd({"x": 10})
    print(d)
    names = ["a", "x", "b"]
    print(sorted(names, key=lambda k: d[k]))
    print(max(d, key=d.get), sorted(d.keys(), key=d.get))


def set_ops() -> None:
    seen: set[int] = set()
    add = seen.add
    for x in [3, 1, 3, 2, 1]:
        add(x)
    print(sorted(seen))
    disc = seen.discard
    disc(3)
    disc(42)
    print(sorted(seen))
    has_all = seen.issubset
    print(has_all({1, 2, 5}), has_all({1}))
    un = seen.union
    print(sorted(un({9, 1})))


def str_ops() -> None:
    s = "  Hello, World  "
    strip = s.strip
    print(repr(strip()))
    strip_chars: Callable[[str], str] = s.strip
    print(repr(strip_chars(" H")), repr(strip_chars("")))
    up = "abc".upper
    print(up())
    sep = ", "
    j = sep.join
    print(j(["x", "y", "z"]), repr(j([])))
    starts = "prefix-body".startswith
    print(starts("pre"), starts("body"))
    split = "a b  c".split
    print(split())
    fs: list[Callable[[], str]] = ["MiXeD".lower, "MiXeD".upper, "MiXeD".swapcase]
    print([f() for f in fs])
    words = ["banana", "Apple", "cherry"]
    print(list(map(str.upper, words)))
    print(sorted(words, key=str.lower))
    counts = "mississippi".count
    print(counts("s"), counts("ss"), counts("x"))


def deque_ops() -> None:
    q: deque[int] = deque()
    put = q.append
    put_front = q.appendleft
    take = q.popleft
    for i in range(4):
        put(i)
    put_front(-1)
    print(list(q))
    print(take(), take(), list(q))
    rot = q.rotate
    rot(1)
    print(list(q))
    rot(-2)
    print(list(q))
    empty: deque[str] = deque()
    pl = empty.popleft
    try:
        pl()
    except IndexError as e:
        print("IndexError:", e)


def main() -> None:
    print(collect(["ab", "abc", "hello", "", "xyz"]))
    stack_ops()
    dict_ops()
    set_ops()
    str_ops()
    deque_ops()


main()
