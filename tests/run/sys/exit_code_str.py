# e.code of a str exit is the message; re-raised, it is the last stderr line.
import sys

try:
    sys.exit("bad config")
except SystemExit as e:
    print("code:", e.code, e.code.upper(), len(e.code))
    sys.exit(e.code + "!")
