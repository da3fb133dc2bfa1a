# input(): lines from stdin; EOFError at the end.
name = input("name? ")
n = int(input())
total = 0
for _ in range(n):
    a, b = map(int, input().split())
    total += a * b
print(f"hello {name}: {total}")
rest: list[str] = []
try:
    while True:
        rest.append(input())
except EOFError as e:
    print("EOF:", e, rest)
print(input("more? "))
