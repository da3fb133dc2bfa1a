# str.format: automatic, indexed and keyword fields, conversions, specs, nested specs.

name = "Ada"
age = 36
pi = 3.14159265
print("{} is {} years old".format(name, age))
print("{0} {1} {0}".format("x", "y"))
print("{who} has {n:>5} items, {n:<5}|".format(who=name, n=age))
print("{:.2f} {:10.4e} {:+} {:%}".format(pi, pi, 1.5, 0.25))
print("{0!r} {0!s} {0!a} {1!r:>8}".format("é'", 5))
print("{:{}.{}f}|{:>{w}}|".format(pi, 10, 3, "r", w=6))
print("{{}} {{{}}} }}{{".format(42))
print("{:,} {:_b} {:#x} {:08.3f} {:^9} {:*<7}".format(1234567, 10, 255, -pi, "mid", "l"))
print("{} {} {}".format([1, 2], (3, "a"), None))
print("{} {}".format(True, 2.0), "{:d}".format(True), "{:5}|".format(True))
print("".format(), "plain".format(), "{}".format(""), "{0}{0}{0}".format("ab"))
print("{x}-{y}-{x}".format(y=2, x=1))
print("{:>{width}}".format("w", width=age // 6))
print("{:s}".format("text"), "{!r:^10}".format("q"), "{:c}".format(9731))
print("{}|{}".format(1, 2))
