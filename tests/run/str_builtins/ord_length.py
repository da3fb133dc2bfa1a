# ord() of a string that is not one character raises TypeError.
s = "ab"
print(ord(s[0]))
print(ord(s))
