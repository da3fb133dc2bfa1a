# bool is an int subtype: True/False take part in int and float arithmetic as 1 and 0.
t = True
f = False
print(t + 1, t + t, t - f, t * 3, f * 3, -t, +t, ~t, ~f, -f)
print(t / 2, t // 1, t % 2, t ** 2, 2 ** t, t * 2.5, f + 0.5, t << 3, 8 >> t)
print(t + t + t == 3, t == 1, f == 0, t > f, f < 0.5, t == 1.0, t != 2, t < 2)
count = 0
for i in range(10):
    count += i % 3 == 0
print(count)
score = 0.0
score += t
score += 0.25
print(score)
print(int(t), int(f), float(t), float(f), bool(t), abs(t), abs(f))
print(min(t, f), max(t, f), round(t), t * -1)
