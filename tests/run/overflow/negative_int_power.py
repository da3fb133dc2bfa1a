# expect-taipan-error: ValueError: taipan: int ** negative int gives a float; write float(x) ** y
# int ** negative variable: CPython's result type depends on the run-time sign of the exponent, taipan's int type cannot.
n = 2
while n > -3:
    print(n, 2 ** n)
    n -= 1
