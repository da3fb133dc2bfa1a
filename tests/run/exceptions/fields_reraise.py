# Exceptions with fields keep them when re-raised, passed through finally,
# wrapped in other exceptions' fields, and made by `raise Cls`.


class Retry(Exception):
    def __init__(self) -> None:
        super().__init__("retry later")
        self.attempts = 0


class Wrapped(RuntimeError):
    def __init__(self, step: str, cause: ValueError) -> None:
        super().__init__(f"{step} failed")
        self.step = step
        self.cause = cause


def parse(text: str) -> int:
    try:
        return int(text)
    except ValueError as e:
        raise Wrapped("parse", e)


def attempt(n: int) -> None:
    try:
        raise Retry
    except Retry as r:
        r.attempts = n
        raise
    finally:
        print("finally", n)


for n in range(2):
    try:
        attempt(n)
    except Retry as r:
        print("attempts", r.attempts, r, repr(r))

for text in ["12", "x1"]:
    try:
        print(parse(text))
    except Wrapped as w:
        print(w, "|", w.step, "|", w.cause, "|", repr(w.cause), "|", w.args)
    except RuntimeError as other:
        print("other", other)

log: list[Wrapped] = []
for text in ["a", "b"]:
    try:
        parse(text)
    except Wrapped as w:
        log.append(w)
print(len(log), [str(w.cause) for w in log])
parse("zz")
