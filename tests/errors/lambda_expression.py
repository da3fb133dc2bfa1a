# Rejected: lambda expressions.
double = lambda n: n * 2  # error: lambda expressions are not supported yet
print("never runs")
