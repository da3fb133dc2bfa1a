import sys

try:
    import failing
except ZeroDivisionError as e:
    print("import failed:", type(e).__name__, e)
print("failing" in sys.modules)
# A second attempt runs the body again and fails the same way.
try:
    import failing  # noqa: F811
except ZeroDivisionError as e:
    print("import failed again:", type(e).__name__, e)
