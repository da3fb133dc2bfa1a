# Rejected: list literals.
values = [1, 2, 3]  # error: list literals are not supported yet
print("never runs")
