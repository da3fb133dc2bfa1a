# A fill character of more than one character raises TypeError.
fill = "ab"
print("x".center(5, "-"))
print("x".center(5, fill))
