# A tokenizer whose tokens are `int | float | str`, and an evaluator that
# narrows each token with isinstance.

Token = int | float | str


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            word = text[i:j]
            if "." in word:
                tokens.append(float(word))
            else:
                tokens.append(int(word))
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens


def apply(op: str, a: float, b: float) -> float:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


def evaluate(tokens: list[Token]) -> float:
    # Left to right, no precedence: enough to exercise the narrowing.
    total = 0.0
    op = "+"
    for tok in tokens:
        if isinstance(tok, str):
            op = tok
        elif isinstance(tok, int):
            total = apply(op, total, float(tok))
        else:
            total = apply(op, total, tok)
    return total


def describe(tok: Token) -> str:
    if type(tok) is int:
        return f"INT({tok})"
    if type(tok) is float:
        return f"FLOAT({tok!r})"
    return f"OP({tok})"


for text in ["12 + 3.5 * 2", "7 - 10", ".5 * 4 / 8", "", "1.0 + 1"]:
    toks = tokenize(text)
    print(repr(text), toks, len(toks))
    print("  ", [describe(t) for t in toks])
    print("  =", evaluate(toks))

toks = tokenize("1 + 1.0")
print(toks[0] == toks[2], toks[0] != toks[2], toks[1] == "+", toks[-1] == 1)
print(toks.count(1), toks.count(1.0), toks.index("+"), 1.0 in toks, "-" in toks)
expected: list[Token] = [1, "+", 1.0]
other: list[Token] = [1, "+", 2]
print(toks == expected, toks == other, expected != other)
print(f"{toks[0]:>4}|{toks[1]:^3}|{toks[2]:.2f}")
