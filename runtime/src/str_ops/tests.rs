use super::*;
use crate::object::live_objects;
use crate::slice::SLICE_NONE as N;
use crate::str_object::test_support::{take_text, StrObject};

fn text_of(res: Result<*mut u8, Exc>) -> Result<String, String> {
    res.map(take_text).map_err(|exc| format!("{}: {}", exc.kind().name(), exc.message()))
}

fn sref(text: &str) -> StrRef<'_> {
    StrRef { text, nchars: text.chars().count() }
}

/// Expected values are CPython 3.11's.
#[test]
fn indexing_by_code_point() {
    for text in ["hello", "héllo wörld", "日本語テキスト", "a😀b"] {
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len() as i64;
        for index in -n..n {
            let want = chars[if index < 0 { index + n } else { index } as usize].to_string();
            assert_eq!(text_of(getitem(sref(text), index)), Ok(want), "{text:?}[{index}]");
        }
        let err = text_of(getitem(sref(text), n));
        assert_eq!(err, Err("IndexError: string index out of range".to_string()));
        assert!(text_of(getitem(sref(text), -n - 1)).is_err());
    }
}

/// Expected strings are `s[start:stop:step]` from CPython 3.11.
#[test]
fn slicing_matches_cpython() {
    let cases: &[(&str, (i64, i64, i64), &str)] = &[
        ("hello world", (N, N, N), "hello world"),
        ("hello world", (N, N, -1), "dlrow olleh"),
        ("hello world", (1, -1, 2), "el ol"),
        ("hello world", (-3, N, N), "rld"),
        ("hello world", (8, 2, -2), "rwo"),
        ("hello world", (100, N, N), ""),
        ("héllo wörld", (1, 8, N), "éllo wö"),
        ("héllo wörld", (N, N, -1), "dlröw olléh"),
        ("héllo wörld", (N, N, 3), "hlwl"),
        ("日本語テキスト", (-4, -1, N), "テキス"),
        ("a😀b", (1, 2, N), "😀"),
        ("", (N, N, -1), ""),
    ];
    for &(text, (start, stop, step), want) in cases {
        assert_eq!(text_of(slice(sref(text), start, stop, step)), Ok(want.to_string()), "{text:?}[{start}:{stop}:{step}]");
    }
    assert_eq!(text_of(slice(sref("abc"), N, N, 0)), Err("ValueError: slice step cannot be zero".to_string()));
}

#[test]
fn concat_repeat_and_compare() {
    let (a, b) = (StrObject::new("héllo "), StrObject::new("wörld"));
    // SAFETY: live strs.
    unsafe {
        let joined = tp_str_concat(a.as_ptr(), b.as_ptr());
        assert_eq!(str_nchars(joined), 11);
        assert_eq!(take_text(joined), "héllo wörld");
        assert_eq!(tp_str_compare(a.as_ptr(), b.as_ptr()), -1);
        assert_eq!(tp_str_compare(b.as_ptr(), a.as_ptr()), 1);
        assert_eq!(tp_str_eq(a.as_ptr(), a.as_ptr()), 1);
        assert_eq!(tp_str_contains(a.as_ptr(), StrObject::new("llo").as_ptr()), 1);
        assert_eq!(tp_str_contains(a.as_ptr(), StrObject::new("").as_ptr()), 1);
        assert_eq!(tp_str_contains(a.as_ptr(), StrObject::new("x").as_ptr()), 0);
    }
    assert_eq!(text_of(repeat(sref("ab"), 3)), Ok("ababab".to_string()));
    assert_eq!(text_of(repeat(sref("é"), 2)), Ok("éé".to_string()));
    assert_eq!(text_of(repeat(sref("ab"), -1)), Ok(String::new()));
    assert_eq!(
        text_of(repeat(sref("ab"), i64::MAX)),
        Err("OverflowError: repeated string is too long".to_string())
    );
    // Code point order: 'z' < 'é' < '日' < '😀' (UTF-8 byte order agrees).
    let ordered = ["", "A", "Z", "a", "ab", "z", "é", "日", "😀"];
    for pair in ordered.windows(2) {
        let (x, y) = (StrObject::new(pair[0]), StrObject::new(pair[1]));
        // SAFETY: live strs.
        assert_eq!(unsafe { tp_str_compare(x.as_ptr(), y.as_ptr()) }, -1, "{pair:?}");
    }
}

#[test]
fn ord_and_chr() {
    assert_eq!(ord(sref("é")).ok(), Some(233));
    assert_eq!(ord(sref("😀")).ok(), Some(0x1F600));
    let err = ord(sref("abc")).expect_err("three chars");
    assert_eq!(err.message(), "ord() expected a character, but string of length 3 found");
    assert_eq!(ord(sref("")).expect_err("empty").message(), "ord() expected a character, but string of length 0 found");
    assert_eq!(text_of(chr(0x41)), Ok("A".to_string()));
    assert_eq!(text_of(chr(0x10FFFF)), Ok("\u{10FFFF}".to_string()));
    assert_eq!(text_of(chr(0x110000)), Err("ValueError: chr() arg not in range(0x110000)".to_string()));
    assert_eq!(text_of(chr(-1)), Err("ValueError: chr() arg not in range(0x110000)".to_string()));
}

#[test]
fn iteration_by_byte_offset() {
    let s = StrObject::new("aé😀");
    let mut offset = 0;
    let mut seen = Vec::new();
    // SAFETY: live str.
    unsafe {
        while offset < str_bytes(s.as_ptr()).len() {
            let c = tp_str_char_at_byte(s.as_ptr(), offset as i64);
            offset += str_bytes(c).len();
            seen.push(take_text(c));
        }
        assert_eq!(take_text(tp_str_char_at_byte(s.as_ptr(), 99)), "");
    }
    assert_eq!(seen, ["a", "é", "😀"]);
}

#[test]
fn scalars_to_text() {
    assert_eq!(take_text(tp_int_to_str(-42)), "-42");
    assert_eq!(take_text(tp_float_to_str(1e16)), "1e+16");
    assert_eq!(take_text(tp_bool_to_str(1)), "True");
    let s = StrObject::new("it's\n");
    // SAFETY: live str; an int slot holds no pointer.
    unsafe {
        assert_eq!(take_text(tp_str_repr(s.as_ptr())), "\"it's\\n\"");
        assert_eq!(take_text(tp_ascii_slot(taipan_abi::SlotKind::Obj as i64, StrObject::new("é").as_ptr() as i64)), "'\\xe9'");
        assert_eq!(take_text(tp_ascii_slot(taipan_abi::SlotKind::Int as i64, 5)), "5");
    }
}

#[test]
fn a_million_strs_are_all_freed() {
    let start = live_objects();
    let base = StrObject::new("word");
    for n in 0..1_000_000i64 {
        // SAFETY: live strs; every result is released.
        unsafe {
            let number = tp_int_to_str(n);
            let joined = tp_str_concat(base.as_ptr(), number);
            let sliced = tp_str_slice(joined, 1, N, N);
            crate::object::tp_decref(number);
            crate::object::tp_decref(joined);
            crate::object::tp_decref(sliced.val);
        }
    }
    assert_eq!(live_objects(), start);
}
