use super::*;
use crate::object::{live_objects, tp_decref};
use crate::str_object::test_support::StrObject;

/// The texts of a `list[str]`, releasing it.
fn take_list(obj: *mut u8) -> Vec<String> {
    // SAFETY: a live list of live strs, owned by the caller.
    unsafe {
        let list = List::from_obj(obj);
        let texts = (0..list.len()).map(|i| crate::str_object::str_to_string(list.get(i) as usize as *const u8)).collect();
        tp_decref(obj);
        texts
    }
}

/// Expected lists are CPython 3.11's.
#[test]
fn whitespace_split_matches_cpython() {
    let cases: &[(&str, i64, &[&str], &[&str])] = &[
        ("  a b  c  ", -1, &["a", "b", "c"], &["a", "b", "c"]),
        ("  a b  c  ", 1, &["a", "b  c  "], &["  a b", "c"]),
        ("  a b  c  ", 0, &["a b  c  "], &["  a b  c"]),
        ("", -1, &[], &[]),
        ("   ", -1, &[], &[]),
        ("a\u{a0}b\u{3000}c\x1cd", -1, &["a", "b", "c", "d"], &["a", "b", "c", "d"]),
        ("héllo\twörld\n", -1, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("a b c d", 2, &["a", "b", "c d"], &["a b", "c", "d"]),
    ];
    for &(text, maxsplit, want_split, want_rsplit) in cases {
        assert_eq!(split_whitespace(text, maxsplit), want_split, "{text:?}.split(None, {maxsplit})");
        assert_eq!(rsplit_whitespace(text, maxsplit), want_rsplit, "{text:?}.rsplit(None, {maxsplit})");
    }
}

/// Expected lists are CPython 3.11's.
#[test]
fn separator_split_matches_cpython() {
    type SepCase = (&'static str, &'static str, i64, &'static [&'static str], &'static [&'static str]);
    let cases: &[SepCase] = &[
        ("a,b,,c,", ",", -1, &["a", "b", "", "c", ""], &["a", "b", "", "c", ""]),
        ("a,b,c", ",", 1, &["a", "b,c"], &["a,b", "c"]),
        ("", ",", -1, &[""], &[""]),
        ("aaa", "aa", -1, &["", "a"], &["a", ""]),
        ("x--y--z", "--", 0, &["x--y--z"], &["x--y--z"]),
        ("é::ü::ö", "::", -1, &["é", "ü", "ö"], &["é", "ü", "ö"]),
    ];
    for &(text, sep, maxsplit, want_split, want_rsplit) in cases {
        assert_eq!(split_sep(text, sep, maxsplit).ok().as_deref(), Some(want_split), "{text:?}.split({sep:?})");
        assert_eq!(rsplit_sep(text, sep, maxsplit).ok().as_deref(), Some(want_rsplit), "{text:?}.rsplit({sep:?})");
    }
    assert_eq!(split_sep("abc", "", -1).expect_err("empty").message(), "empty separator");
    assert_eq!(rsplit_sep("abc", "", -1).expect_err("empty").message(), "empty separator");
}

/// Expected lists are CPython 3.11's.
#[test]
fn splitlines_matches_cpython() {
    let text = "one\ntwo\r\nthree\rfour\x0bfive\x0c\x1c\u{85}six\u{2028}\n\nend";
    assert_eq!(
        splitlines(text, false),
        ["one", "two", "three", "four", "five", "", "", "six", "", "", "end"]
    );
    assert_eq!(
        splitlines(text, true),
        ["one\n", "two\r\n", "three\r", "four\x0b", "five\x0c", "\x1c", "\u{85}", "six\u{2028}", "\n", "\n", "end"]
    );
    assert_eq!(splitlines("", false), Vec::<&str>::new());
    assert_eq!(splitlines("a\n", false), ["a"]);
    assert_eq!(splitlines("\n", true), ["\n"]);
}

#[test]
fn partitions_match_cpython() {
    assert_eq!(partition("a=b=c", "=").ok(), Some(["a", "=", "b=c"]));
    assert_eq!(rpartition("a=b=c", "=").ok(), Some(["a=b", "=", "c"]));
    assert_eq!(partition("abc", "=").ok(), Some(["abc", "", ""]));
    assert_eq!(rpartition("abc", "=").ok(), Some(["", "", "abc"]));
    assert_eq!(partition("abc", "").expect_err("empty").message(), "empty separator");
}

#[test]
fn split_and_join_objects_round_trip() {
    let start = live_objects();
    let text = StrObject::new("the quick  brown fox  jumps");
    let comma = StrObject::new(", ");
    // SAFETY: live strs; results are released.
    unsafe {
        let words = tp_str_split(text.as_ptr(), std::ptr::null(), -1);
        assert_eq!(words.err, 0);
        let joined = tp_str_join(comma.as_ptr(), words.val);
        assert_eq!(crate::str_object::str_to_string(joined), "the, quick, brown, fox, jumps");
        tp_decref(joined);
        assert_eq!(take_list(words.val), ["the", "quick", "brown", "fox", "jumps"]);
        let empty = StrObject::new("");
        let err = tp_str_split(text.as_ptr(), empty.as_ptr(), -1);
        assert_eq!(err.err, 1);
        let exc = crate::exceptions::take_pending().expect("pending");
        assert_eq!(exc.message, "empty separator");
        let lines = tp_str_splitlines(StrObject::new("a\nb").as_ptr(), 0);
        assert_eq!(take_list(lines), ["a", "b"]);
        let sep = StrObject::new("=");
        let parts = tp_str_rpartition(StrObject::new("k=v=w").as_ptr(), sep.as_ptr());
        assert_eq!(parts.err, 0);
        let tuple = Tuple::from_obj(parts.val);
        let texts: Vec<String> = (0..3)
            .map(|i| match tuple.value(i) {
                crate::object::Value::Obj(obj) => crate::str_object::str_to_string(obj),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(texts, ["k=v", "=", "w"]);
        tp_decref(parts.val);
        let none = List::new(taipan_abi::SlotKind::Obj, 0).as_obj();
        assert_eq!(crate::str_object::str_to_string(tp_str_join(comma.as_ptr(), none)), "");
        tp_decref(none);
    }
    assert_eq!(live_objects(), start);
}
