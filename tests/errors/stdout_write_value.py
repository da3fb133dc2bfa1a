# Rejected: using the value of sys.stdout.write (CPython's is the length
# written) and writing a non-str.
import sys

n: int = sys.stdout.write("abc")  # error: expected int, found None
sys.stdout.write(3)  # error: write() argument must be str, not int
