# math.sqrt, exp, log (1 and 2 args), log2, log10, pow and fabs on ordinary and edge inputs.
import math

print(math.sqrt(2.0), math.sqrt(16), math.sqrt(0.0), math.sqrt(1e-310), math.sqrt(math.inf), math.sqrt(2 ** 62))
print(math.exp(0.0), math.exp(1), math.exp(-1.0), math.exp(709.0), math.exp(-746.0), math.exp(-math.inf), math.exp(math.inf))
print(math.log(1.0), math.log(math.e), math.log(10), math.log(1e-300), math.log(math.inf), math.log(5e-324))
print(math.log(8, 2), math.log(100, 10), math.log(2.0, 0.5), math.log(1, 10), math.log(1000.0, 10.0), math.log(9223372036854775807, 2))
print(math.log2(8), math.log2(1024.0), math.log2(3), math.log2(5e-324), math.log10(1000), math.log10(0.001), math.log10(2))
print(math.pow(2, 10), math.pow(2.0, 0.5), math.pow(-2.0, 3), math.pow(0.0, 0.0), math.pow(-8.0, 1.0 / 3.0 * 3.0))
print(math.pow(1.0, math.nan), math.pow(math.nan, 0.0), math.pow(-1.0, math.inf), math.pow(0.5, -math.inf), math.pow(math.inf, -2))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(-math.inf))
print(math.exp(math.log(7.5)), math.sqrt(3) ** 2, math.log(math.exp(2)))
print(math.isnan(math.sqrt(math.nan)), math.isnan(math.log(math.nan)), math.isnan(math.exp(math.nan)))
