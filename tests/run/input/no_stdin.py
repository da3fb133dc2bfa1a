# input() with no standard input: EOFError at once.
print("before")
x = input("prompt> ")
print("never", x)
