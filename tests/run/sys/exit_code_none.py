# e.code of a SystemExit made without an argument is None.
import sys

try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code, e.code is None)
print("after")
