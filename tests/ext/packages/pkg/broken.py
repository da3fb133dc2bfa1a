"""pkg.broken: its body raises, so importing it raises."""

print("pkg.broken body runs")


def half(x: int) -> int:
    return 10 // x


value = half(0)
