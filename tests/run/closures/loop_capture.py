from typing import Callable


def late_binding() -> list[int]:
    fs: list[Callable[[], int]] = []
    for i in range(3):
        fs.append(lambda: i * 10)
    return [f() for f in fs]


def early_binding() -> list[int]:
    fs: list[Callable[[], int]] = []
    for i in range(3):
        def make(j: int) -> Callable[[], int]:
            return lambda: j * 10
        fs.append(make(i))
    return [f() for f in fs]


def while_loop_capture() -> list[str]:
    out: list[Callable[[str], str]] = []
    word = "a"
    while len(word) < 4:
        out.append(lambda s: s + word)
        word = word + "b"
    return [f("x") for f in out]


def capture_in_for_over_list(names: list[str]) -> list[str]:
    greeters: list[Callable[[], str]] = []
    for name in names:
        greeters.append(lambda: "hi " + name)
    return [g() for g in greeters]


print(late_binding())
print(early_binding())
print(while_loop_capture())
print(capture_in_for_over_list(["ann", "bob"]), capture_in_for_over_list([]))
