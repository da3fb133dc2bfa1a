# Rejected: time members taipan does not support, and wrong arguments.
import time
from time import strftime  # error: time.strftime is not supported yet

t = time.localtime()  # error: time.localtime is not supported yet
time.sleep()  # error: time.sleep() takes exactly one argument (0 given)
time.sleep("1")  # error: sleep() argument 'secs' must be a number, not str
n = time.perf_counter(1)  # error: time.perf_counter() takes no arguments (1 given)
