# assert statements that hold have no effect, with and without a message.


def checked_sqrt(n: int) -> int:
    assert n >= 0, "negative input"
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    assert r * r <= n < (r + 1) * (r + 1)
    return r


for n in range(0, 50, 7):
    print(n, checked_sqrt(n))
assert True
assert 1
assert 0.5, "a float condition"
assert checked_sqrt(16) == 4, "should not fail"
print("all assertions held")
