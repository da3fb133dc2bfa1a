# Rejected: match statements.
n = 2
match n:  # error: match statements are not supported yet
    case 1:
        print("one")
    case _:
        print("other")
