# Case mappings (Unicode, incl. one-to-many) and the is...() predicates.

samples = ["hello World", "ß", "straße", "ǅungla", "İstanbul", "ΣΑΣ ΟΔΟΣ", "ﬁre ﬂy", "", "123abc", "they're bill's", "ŉ", "Ǆ"]
for t in samples:
    print(repr(t), t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold())

print("ß".upper(), "ß".upper() == "SS", len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()))

predicates = ["", "abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "½", "²", " \t\n", "\u00a0", "ab cd", "Ünï", "ǅ", "A1!", "\x7f", "é", "ᾈ"]
for t in predicates:
    print(
        repr(t),
        t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(),
        t.isupper(), t.islower(), t.istitle(), t.isascii(), t.isprintable(),
    )


def shout(s: str) -> str:
    return s.upper() + "!"


print(shout("quiet"), shout(""), shout("größe"))
