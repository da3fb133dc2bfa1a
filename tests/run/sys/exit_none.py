# sys.exit(None) and exit() with no argument exit with status 0.
import sys
from sys import exit


def stop(now: bool) -> None:
    if now:
        exit()
    print("not stopping")


stop(False)
try:
    stop(True)
except SystemExit as e:
    print("caught no-arg exit:", repr(str(e)), repr(e))
print("before exit")
sys.exit(None)
print("not reached")
