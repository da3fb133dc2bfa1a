# Changing an OrderedDict during a loop over it: CPython's OrderedDict
# iterator raises at the next step for any insertion, deletion or move (a
# move to where the key already is changes nothing), reports a clear as a
# change of size, and ends without error once it has yielded the last key.
from collections import OrderedDict


def run(name: str, action: int) -> None:
    od = OrderedDict([(1, "a"), (2, "b"), (3, "c")])
    seen: list[int] = []
    try:
        for k in od:
            seen.append(k)
            if action == 0 and k == 3:
                od[4] = "d"
            elif action == 1 and k == 2:
                od[4] = "d"
            elif action == 2:
                od[k] = "z"
            elif action == 3 and k == 1:
                od.clear()
            elif action == 4 and k == 3:
                od.clear()
            elif action == 5 and k == 1:
                od.pop(2)
            elif action == 6 and k == 1:
                od.pop(2)
                od[2] = "q"
            elif action == 7 and k == 1:
                od.move_to_end(3)
            elif action == 8 and k == 2:
                od.move_to_end(1, last=False)
            elif action == 9 and k == 2:
                od.move_to_end(2, last=False)
            elif action == 10 and k == 3:
                od.popitem()
            elif action == 11 and k == 1:
                od.popitem(last=False)
            elif action == 12 and k == 1:
                od.move_to_end(2)
            elif action == 13 and k == 3:
                del od[1]
        print(name, "ok", seen, od)
    except RuntimeError as e:
        print(name, e, seen, od)


def main() -> None:
    names = ["add at last", "add", "replace", "clear", "clear at last", "pop", "pop and re-add",
             "move last to end", "move first to front", "move to front", "popitem at last",
             "popitem first", "move unseen to end", "del at last"]
    for i in range(len(names)):
        run(names[i], i)
    od = OrderedDict([(1, "a"), (2, "b")])
    try:
        for k, v in od.items():
            od.move_to_end(1)
    except RuntimeError as e:
        print("items", e)
    try:
        for v in od.values():
            od.move_to_end(2)
    except RuntimeError as e:
        print("values", e)
    try:
        print([od.move_to_end(k) for k in od])
    except RuntimeError as e:
        print("comprehension", e)
    # Nested loops that only read.
    for a in od:
        for b in od:
            print(a, b)
    # Plain dicts keep their own messages.
    d = {1: "a", 2: "b"}
    try:
        for k in d:
            d[k + 10] = "x"
    except RuntimeError as e:
        print("dict", e)


main()
