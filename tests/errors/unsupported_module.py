# Rejected: importing a module other than math, typing and __future__.
import os  # error: module 'os' is not supported

print("never runs")
