# rindex of a missing substring raises ValueError; partition with an empty separator too.
s = "hello"
print(s.rindex("l"), s.partition("l"))
try_sep = ""
print(s.rindex("l", 0, 2))
