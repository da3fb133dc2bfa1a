import cont
from _support import compiled, expect, expect_error, show

# str: ASCII, empty, non-ASCII (2-, 3- and 4-byte UTF-8), defaults.
for s in ["world", "", "héllo", "日本", "🐍x"]:
    show(cont.greet, s)
    show(cont.shout, s)
    show(cont.length, s)
show(cont.greet, "you", "Bye")
show(cont.first_char, "ab")
show(cont.first_char, "")
# list[int], list[float], list[bool], list[str].
for xs in [[], [1, 2, 3], [-5, 2**62, True]]:
    show(cont.total, xs)
show(cont.mean, [1.0, 2.5, 4])
show(cont.mean, [])
show(cont.squares, 0)
show(cont.squares, 5)
show(cont.flags, [3, -1, 0, 7])
show(cont.join_words, ["a", "bé", "c"], ", ")
show(cont.join_words, [], "-")
show(cont.words_of, 3)
# Nested lists.
show(cont.transpose, [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
show(cont.transpose, [])
show(cont.transpose, [[1, 2], [3]])
# Tuples, fixed and variadic, and lists of tuples.
show(cont.describe, (3, "ab"))
show(cont.swap, (1, "x"))
show(cont.norm1, (1.0, -2.5, 3))
show(cont.norm1, ())
show(cont.pairs, 3)
# The argument is a copy: the caller's list is unchanged.
xs = [1, 2, 3]
r = cont.mutate(xs)
print(r, xs if compiled(cont) else [1, 2, 3])
# Results are real Python objects.
print(type(cont.squares(2)).__name__, type(cont.swap((1, "a"))).__name__, type(cont.shout("a")).__name__)
big = list(range(100000))
show(cont.total, big)

if compiled(cont):
    expect_error("TypeError: greet() argument 'name' must be str, not int", cont.greet, 5)
    expect_error("TypeError: greet() argument 'greeting' must be str, not None", cont.greet, "a", None)
    expect_error("TypeError: total() argument 'xs' must be list[int], not tuple", cont.total, (1, 2))
    expect_error("TypeError: total() argument 'xs' must be list[int], but item [2] is str", cont.total, [1, 2, "3"])
    expect_error("TypeError: total() argument 'xs' must be list[int], but item [0] is float", cont.total, [1.0])
    expect_error("OverflowError: Python int too large to convert to C long", cont.total, [1, 2**64])
    expect_error("TypeError: mean() argument 'xs' must be list[float], but item [1] is None", cont.mean, [1.0, None])
    expect_error("TypeError: join_words() argument 'words' must be list[str], but item [0] is bytes", cont.join_words, [b"a"], "")
    expect_error(
        "TypeError: transpose() argument 'm' must be list[list[float]], but item [1][0] is str",
        cont.transpose,
        [[1.0], ["x"]],
    )
    expect_error(
        "TypeError: transpose() argument 'm' must be list[list[float]], but item [0] is float",
        cont.transpose,
        [1.0],
    )
    expect_error("TypeError: describe() argument 'p' must be tuple[int, str], not a tuple of 3 items", cont.describe, (1, "a", 2))
    expect_error("TypeError: describe() argument 'p' must be tuple[int, str], but item [1] is int", cont.describe, (1, 2))
    expect_error("TypeError: describe() argument 'p' must be tuple[int, str], not list", cont.describe, [1, "a"])
    expect_error("TypeError: norm1() argument 'v' must be tuple[float, ...], but item [1] is str", cont.norm1, (1.0, "a"))
    # A str with a lone surrogate has no UTF-8 form: CPython's own error.
    try:
        cont.length("\udc80")
        raise AssertionError("a lone surrogate converted")
    except UnicodeEncodeError:
        pass
    # Subclasses of list, tuple and str convert.
    class MyList(list):
        pass

    class MyStr(str):
        pass

    expect(cont.total(MyList([1, 2])), 3)
    expect(cont.shout(MyStr("a")), "a!!!")
    # Conversions release what they built: many calls keep memory flat.
    import resource

    words = ["x" * 10] * 100
    for _ in range(2000):
        cont.join_words(words, "")
        cont.transpose([[1.0, 2.0], [3.0, 4.0]])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(20000):
        cont.join_words(words, "")
        cont.transpose([[1.0, 2.0], [3.0, 4.0]])
        cont.swap((1, "abc"))
        try:
            cont.total([1, "x"])
        except TypeError:
            pass
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    expect(after - before < 4096, True)
    # Signatures and stubs show the str default.
    expect(cont.greet.__text_signature__, "(name, greeting='Hello')")
