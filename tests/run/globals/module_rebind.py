# A function sees the current value of a module variable that module-level code rebinds between calls.


def show_level() -> None:
    print("level", level, "ratio", ratio)


def weighted(x: int) -> float:
    return x * ratio + level


level = 1
ratio = 0.5
show_level()
for step in range(4):
    level = level * 3
    ratio = ratio / 2
    show_level()
    print(weighted(step))
level += 100
print(weighted(1))
