use super::*;
use crate::slice::SLICE_NONE as N;
use crate::str_object::test_support::{take_text, StrObject};

fn sref(text: &str) -> StrRef<'_> {
    StrRef { text, nchars: text.chars().count() }
}

type SearchCase = (&'static str, &'static str, (i64, i64), [i64; 3], [bool; 2]);

/// `(s, sub, (start, end), [find, rfind, count], [startswith, endswith])` as
/// CPython 3.11 answers (generated with python3; N is an omitted bound).
const CASES: &[SearchCase] = &[
    ("hello world hello", "hello", (N, N), [0, 12, 2], [true, true]),
    ("hello world hello", "hello", (1, N), [12, 12, 1], [false, true]),
    ("hello world hello", "hello", (-5, N), [12, 12, 1], [true, true]),
    ("hello world hello", "hello", (2, 10), [-1, -1, 0], [false, false]),
    ("hello world hello", "hello", (-100, 100), [0, 12, 2], [true, true]),
    ("hello world hello", "hello", (5, 2), [-1, -1, 0], [false, false]),
    ("hello world hello", "hello", (3, 3), [-1, -1, 0], [false, false]),
    ("hello world hello", "hello", (20, N), [-1, -1, 0], [false, false]),
    ("hello world hello", "hello", (0, -1), [0, 0, 1], [true, false]),
    ("hello world hello", "hello", (N, -3), [0, 0, 1], [true, false]),
    ("hello world hello", "o", (N, N), [4, 16, 3], [false, true]),
    ("hello world hello", "o", (1, N), [4, 16, 3], [false, true]),
    ("hello world hello", "o", (-5, N), [16, 16, 1], [false, true]),
    ("hello world hello", "o", (2, 10), [4, 7, 2], [false, false]),
    ("hello world hello", "o", (-100, 100), [4, 16, 3], [false, true]),
    ("hello world hello", "o", (5, 2), [-1, -1, 0], [false, false]),
    ("hello world hello", "o", (3, 3), [-1, -1, 0], [false, false]),
    ("hello world hello", "o", (20, N), [-1, -1, 0], [false, false]),
    ("hello world hello", "o", (0, -1), [4, 7, 2], [false, false]),
    ("hello world hello", "o", (N, -3), [4, 7, 2], [false, false]),
    ("héllo wörld héllo", "llo", (N, N), [2, 14, 2], [false, true]),
    ("héllo wörld héllo", "llo", (1, N), [2, 14, 2], [false, true]),
    ("héllo wörld héllo", "llo", (-5, N), [14, 14, 1], [false, true]),
    ("héllo wörld héllo", "llo", (2, 10), [2, 2, 1], [true, false]),
    ("héllo wörld héllo", "llo", (-100, 100), [2, 14, 2], [false, true]),
    ("héllo wörld héllo", "llo", (5, 2), [-1, -1, 0], [false, false]),
    ("héllo wörld héllo", "llo", (3, 3), [-1, -1, 0], [false, false]),
    ("héllo wörld héllo", "llo", (20, N), [-1, -1, 0], [false, false]),
    ("héllo wörld héllo", "llo", (0, -1), [2, 2, 1], [false, false]),
    ("héllo wörld héllo", "llo", (N, -3), [2, 2, 1], [false, false]),
    ("héllo wörld", "ö", (N, N), [7, 7, 1], [false, false]),
    ("héllo wörld", "ö", (1, N), [7, 7, 1], [false, false]),
    ("héllo wörld", "ö", (-5, N), [7, 7, 1], [false, false]),
    ("héllo wörld", "ö", (2, 10), [7, 7, 1], [false, false]),
    ("héllo wörld", "ö", (-100, 100), [7, 7, 1], [false, false]),
    ("héllo wörld", "ö", (5, 2), [-1, -1, 0], [false, false]),
    ("héllo wörld", "ö", (3, 3), [-1, -1, 0], [false, false]),
    ("héllo wörld", "ö", (20, N), [-1, -1, 0], [false, false]),
    ("héllo wörld", "ö", (0, -1), [7, 7, 1], [false, false]),
    ("héllo wörld", "ö", (N, -3), [7, 7, 1], [false, true]),
    ("abc", "", (N, N), [0, 3, 4], [true, true]),
    ("abc", "", (1, N), [1, 3, 3], [true, true]),
    ("abc", "", (-5, N), [0, 3, 4], [true, true]),
    ("abc", "", (2, 10), [2, 3, 2], [true, true]),
    ("abc", "", (-100, 100), [0, 3, 4], [true, true]),
    ("abc", "", (5, 2), [-1, -1, 0], [false, false]),
    ("abc", "", (3, 3), [3, 3, 1], [true, true]),
    ("abc", "", (20, N), [-1, -1, 0], [false, false]),
    ("abc", "", (0, -1), [0, 2, 3], [true, true]),
    ("abc", "", (N, -3), [0, 0, 1], [true, true]),
    ("", "", (N, N), [0, 0, 1], [true, true]),
    ("", "", (1, N), [-1, -1, 0], [false, false]),
    ("", "", (-5, N), [0, 0, 1], [true, true]),
    ("", "", (2, 10), [-1, -1, 0], [false, false]),
    ("", "", (-100, 100), [0, 0, 1], [true, true]),
    ("", "", (5, 2), [-1, -1, 0], [false, false]),
    ("", "", (3, 3), [-1, -1, 0], [false, false]),
    ("", "", (20, N), [-1, -1, 0], [false, false]),
    ("", "", (0, -1), [0, 0, 1], [true, true]),
    ("", "", (N, -3), [0, 0, 1], [true, true]),
    ("aaaa", "aa", (N, N), [0, 2, 2], [true, true]),
    ("aaaa", "aa", (1, N), [1, 2, 1], [true, true]),
    ("aaaa", "aa", (-5, N), [0, 2, 2], [true, true]),
    ("aaaa", "aa", (2, 10), [2, 2, 1], [true, true]),
    ("aaaa", "aa", (-100, 100), [0, 2, 2], [true, true]),
    ("aaaa", "aa", (5, 2), [-1, -1, 0], [false, false]),
    ("aaaa", "aa", (3, 3), [-1, -1, 0], [false, false]),
    ("aaaa", "aa", (20, N), [-1, -1, 0], [false, false]),
    ("aaaa", "aa", (0, -1), [0, 1, 1], [true, true]),
    ("aaaa", "aa", (N, -3), [-1, -1, 0], [false, false]),
    ("日本語日本", "本", (N, N), [1, 4, 2], [false, true]),
    ("日本語日本", "本", (1, N), [1, 4, 2], [true, true]),
    ("日本語日本", "本", (-5, N), [1, 4, 2], [false, true]),
    ("日本語日本", "本", (2, 10), [4, 4, 1], [false, true]),
    ("日本語日本", "本", (-100, 100), [1, 4, 2], [false, true]),
    ("日本語日本", "本", (5, 2), [-1, -1, 0], [false, false]),
    ("日本語日本", "本", (3, 3), [-1, -1, 0], [false, false]),
    ("日本語日本", "本", (20, N), [-1, -1, 0], [false, false]),
    ("日本語日本", "本", (0, -1), [1, 1, 1], [false, false]),
    ("日本語日本", "本", (N, -3), [1, 1, 1], [false, true]),];

#[test]
fn search_methods_match_cpython() {
    for &(text, sub, (start, end), [want_find, want_rfind, want_count], [want_starts, want_ends]) in CASES {
        let (s, sub_ref) = (sref(text), sref(sub));
        let got = (
            find(s, sub_ref, start, end),
            rfind(s, sub_ref, start, end),
            count(s, sub_ref, start, end),
            startswith(s, sub_ref, start, end),
            endswith(s, sub_ref, start, end),
        );
        assert_eq!(got, (want_find, want_rfind, want_count, want_starts, want_ends), "{text:?} {sub:?} [{start}:{end}]");
        let index_res = index(s, sub_ref, start, end);
        if want_find < 0 {
            assert_eq!(index_res.expect_err("not found").message(), "substring not found");
        } else {
            assert_eq!(index_res.ok(), Some(want_find));
        }
        assert_eq!(rindex(s, sub_ref, start, end).ok(), (want_rfind >= 0).then_some(want_rfind));
    }
}

/// Expected strings are CPython 3.11's.
#[test]
fn replace_matches_cpython() {
    let cases: &[(&str, &str, &str, i64, &str)] = &[
        ("a-b-c", "-", "+", 1, "a+b-c"),
        ("a-b-c", "-", "+", -1, "a+b+c"),
        ("abc", "", "-", -1, "-a-b-c-"),
        ("abc", "", "-", 2, "-a-bc"),
        ("aaa", "a", "bb", -1, "bbbbbb"),
        ("héllo", "l", "L", -1, "héLLo"),
        ("abc", "x", "y", -1, "abc"),
        ("abc", "b", "", -1, "ac"),
    ];
    for &(text, old, new, count, want) in cases {
        let (s, old_obj, new_obj) = (StrObject::new(text), StrObject::new(old), StrObject::new(new));
        // SAFETY: live strs.
        let res = unsafe { tp_str_replace(s.as_ptr(), old_obj.as_ptr(), new_obj.as_ptr(), count) };
        assert_eq!(res.err, 0);
        assert_eq!(take_text(res.val), want, "{text:?}.replace({old:?}, {new:?}, {count})");
    }
}

#[test]
fn startswith_a_tuple_is_not_available_without_tuples() {
    // Tuple arguments go through `tuple_strs`; a plain prefix check suffices here.
    assert!(startswith(sref("héllo"), sref("hé"), N, N));
    assert!(!endswith(sref("héllo"), sref("hé"), N, N));
}
