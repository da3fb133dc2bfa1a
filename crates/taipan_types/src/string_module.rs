//! `import string`: its constants (`string.ascii_lowercase`,
//! `string.digits`, ...), folded to their values, which are fixed in
//! CPython 3.11.

/// The members of `string` taipan supports, with their values.
pub(crate) const STRING_CONSTANTS: &[(&str, &str)] = &[
    ("ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"),
    ("ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ("ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ("digits", "0123456789"),
    ("hexdigits", "0123456789abcdefABCDEF"),
    ("octdigits", "01234567"),
    ("punctuation", r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##),
    ("whitespace", " \t\n\r\x0b\x0c"),
    (
        "printable",
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
    ),
];

pub(crate) const STRING_MEMBERS: &[&str] = &[
    "ascii_lowercase",
    "ascii_uppercase",
    "ascii_letters",
    "digits",
    "hexdigits",
    "octdigits",
    "punctuation",
    "whitespace",
    "printable",
];

/// The value of constant `member`.
pub(crate) fn constant(member: &str) -> Option<&'static str> {
    STRING_CONSTANTS.iter().find(|(name, _)| *name == member).map(|(_, value)| *value)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_member_has_a_value() {
        for m in super::STRING_MEMBERS {
            assert!(super::constant(m).is_some(), "{m}");
        }
        assert_eq!(super::STRING_MEMBERS.len(), super::STRING_CONSTANTS.len());
    }
}
