# Rejected: a lambda with parameters whose types nothing gives (no Callable
# annotation where it is used).
double = lambda n: n * 2  # error: the parameter types of this lambda are unknown
print("never runs")
