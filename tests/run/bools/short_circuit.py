# `and`/`or` evaluate the right operand only when needed; `not` binds looser than comparisons.


def t(label: int) -> bool:
    print("t", label)
    return True


def f(label: int) -> bool:
    print("f", label)
    return False


print(t(1) and f(2))
print(f(3) and t(4))
print(t(5) or f(6))
print(f(7) or t(8))
print(f(9) or f(10) or t(11) or t(12))
print(t(13) and t(14) and f(15) and t(16))
print(f(17) and t(18) or t(19))
print(t(20) or t(21) and f(22))
print(not t(23) and t(24))
print(not (f(25) or f(26)))
if t(27) and (f(28) or t(29)):
    print("branch taken")
while f(30) and t(31):
    print("never")
x = 5
ok = x > 0 and x < 10 and not x == 7
print(ok)
print(t(32) if f(33) else f(34))
