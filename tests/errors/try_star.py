# Rejected: except* (exception groups).
try:  # error: try/except* statements are not supported
    print(1)
except* ValueError:
    print(2)
