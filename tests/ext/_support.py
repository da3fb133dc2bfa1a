"""Helpers for the drivers of tests/ext: each driver runs once against the
compiled modules and once against the .py files, and must print the same.
Checks that only hold for a compiled module (its argument conversions, its
text signatures) print nothing and fail loudly: `expect` and `expect_error`
raise AssertionError when they do not hold."""


def compiled(module: object) -> bool:
    """Whether `module` is the compiled extension (not the .py file)."""
    return not str(getattr(module, "__file__", "")).endswith(".py")


def show(f, *args, **kwargs) -> None:
    """Prints the repr of the call's result, or its exception as `Type: message`."""
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


def expect(actual: object, expected: object) -> None:
    if actual != expected:
        raise AssertionError(f"expected {expected!r}, got {actual!r}")


def expect_error(expected: str, f, *args, **kwargs) -> None:
    """The call must raise exactly `expected`, written `Type: message`."""
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        expect(f"{type(e).__name__}: {e}", expected)
        return
    raise AssertionError(f"expected {expected!r}, but the call returned {result!r}")
