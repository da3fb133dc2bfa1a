# int() of a str that is not a number raises CPython's ValueError.
digits = "12"
print(int(digits) * 2)
word = "abc" + digits
print(int(word))
