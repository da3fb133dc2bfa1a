# sys.stdout.write / sys.stderr.write / flush.
import sys
from sys import stdout

sys.stdout.write("a")
sys.stdout.write("b\n")
stdout.write("x" * 3 + "\n")
for i in range(3):
    sys.stdout.write(f"{i} ")
sys.stdout.write("\n")
sys.stdout.flush()
print("mixed", end="|")
sys.stdout.write("end\n")
sys.stderr.write("to stderr\n")
