# Rejected: a bare except before other clauses (a SyntaxError in CPython).
try:
    print(1)
except:  # error: default 'except:' must be last
    print(2)
except ValueError:
    print(3)
