# Built-in exception classes that only user code raises, with CPython's
# hierarchy: caught by their bases, printed with their names.


class ParseError(SyntaxError):
    pass


def parse(s: str) -> int:
    if not s:
        raise EOFError("unexpected end of input")
    if not s.isdigit():
        raise ParseError(f"bad literal {s!r}")
    return int(s)


def open_it(path: str) -> str:
    if path.startswith("/root"):
        raise PermissionError("permission denied: " + path)
    raise FileNotFoundError(path)


for s in ["12", "", "x1"]:
    try:
        print(parse(s))
    except SyntaxError as e:
        print("syntax:", e)
    except EOFError as e:
        print("eof:", e, e.args)

for p in ["/root/x", "/tmp/y"]:
    try:
        open_it(p)
    except OSError as e:
        print("os error:", e)

checks: list[BaseException] = [
    UnicodeError("u"), FloatingPointError("f"), ModuleNotFoundError("m"), TimeoutError("t"),
    ConnectionError("c"), KeyboardInterrupt(), GeneratorExit(), BufferError("b"), SystemError("s"),
    ReferenceError("r"), ImportError("i"), OSError("o"), SyntaxError("x"),
]
for exc in checks:
    print(repr(str(exc)), isinstance(exc, Exception), isinstance(exc, ValueError), isinstance(exc, OSError),
          isinstance(exc, ArithmeticError), isinstance(exc, ImportError))

try:
    raise KeyboardInterrupt("stop")
except Exception:
    print("not reached: KeyboardInterrupt is not an Exception")
except BaseException as e:
    print("base:", e)

raise ModuleNotFoundError("No module named 'nothing'")
