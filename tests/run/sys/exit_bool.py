# A bool is an int: sys.exit(True) exits 1 without a message.
import sys

failed = len(sys.argv) > 100
print("failed:", failed)
sys.exit(not failed)
