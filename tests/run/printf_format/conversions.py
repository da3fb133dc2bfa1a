# printf-style formatting: every conversion type, flags, width, precision.

n = 42
x = -3.14159
s = "héllo"
print("%d %i %u" % (n, -n, True), "%s|%r|%a" % (s, s, s), "%%d" % ())
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]" % (n, n, -n, n, n, n))
print("[%x] [%X] [%#x] [%#X] [%o] [%#o] [%08x]" % (255, 255, 255, -255, 8, 8, 3054))
print("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.0f] [%010.2f] [%#.0f]" % (x, x, x, x, x, x, 2.0))
print("[%e] [%.3E] [%g] [%G] [%.2g] [%F]" % (x, 12345.678, 1e-10, 1e20, 0.000123456, float("inf")))
print("[%10s] [%-10s] [%.2s] [%5.1s] [%c] [%c]" % (s, s, s, s, 65, 0x20AC))
print("%d%%" % 50, "%s" % [1, 2], "%s and %s" % ((1, 2), None), "%r" % "it's")
print("%d" % 3.99, "%d" % -3.99, "%f" % 2, "%e" % True, "%s" % 1.5, "%.3s" % 1.23456)
pair = (7, "seven")
print("%d is %s" % pair)
print("no conversions" % ())
print("%s" % "only", "%5s|" % "", "%-3d|" % 0)


def describe(name: str, score: float) -> str:
    return "%-8s%6.1f" % (name, score)


print(describe("ana", 9.25), describe("bob", 10), describe("ü", -0.05))
