# The exit status is the int modulo 256, as the OS reports it.
import sys

print("exiting with 259")
sys.exit(259)
