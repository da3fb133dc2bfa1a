//! List tests. Expected values are what CPython 3.11 prints for the same
//! operations (the slicing table is generated: `runtime/scripts/gen_container_cases.py`).

use taipan_abi::SlotKind;

use super::*;
use crate::exceptions::raise_exc;
use crate::slice::SLICE_NONE as N;
use crate::slot_ops::CompareOp;
use crate::str_object::str_nchars;
use crate::test_support::*;

#[rustfmt::skip]
mod cases;

/// One slicing case: `list(range(len))` sliced, slice-assigned and slice-deleted.
pub struct Case {
    len: usize,
    start: i64,
    stop: i64,
    step: i64,
    replacement: &'static [i64],
    get: Result<&'static [i64], &'static str>,
    set: Result<&'static [i64], &'static str>,
    del: Result<&'static [i64], &'static str>,
}

fn range_list(len: usize) -> List {
    int_list(&(0..len as i64).collect::<Vec<_>>())
}

fn outcome(list: List, res: Result<(), Exc>) -> Result<Vec<i64>, String> {
    res.map(|()| ints(list)).map_err(|exc| exc_text(&exc))
}

#[test]
fn slicing_matches_cpython() {
    let live = LiveObjects::check();
    let mut failures = Vec::new();
    for case in cases::SLICE_CASES {
        let (start, stop, step) = (case.start, case.stop, case.step);
        let want = |r: Result<&[i64], &str>| r.map(<[i64]>::to_vec).map_err(str::to_string);
        let base = range_list(case.len);
        let got = base.get_slice(start, stop, step).map(|sliced| {
            let items = ints(sliced);
            decref(sliced.as_obj());
            items
        });
        let got = got.map_err(|exc| exc_text(&exc));
        if got != want(case.get) {
            failures.push(format!(
                "{}[{start}:{stop}:{step}]: got {got:?}, want {:?}",
                case.len, case.get
            ));
        }
        let replacement = int_list(case.replacement);
        let list = range_list(case.len);
        let got = outcome(list, list.set_slice(start, stop, step, replacement));
        if got != want(case.set) {
            failures.push(format!(
                "{}[{start}:{stop}:{step}] = {:?}: got {got:?}, want {:?}",
                case.len, case.replacement, case.set
            ));
        }
        let deleted = range_list(case.len);
        let got = outcome(deleted, deleted.del_slice(start, stop, step));
        if got != want(case.del) {
            failures.push(format!(
                "del {}[{start}:{stop}:{step}]: got {got:?}, want {:?}",
                case.len, case.del
            ));
        }
        for list in [base, replacement, list, deleted] {
            decref(list.as_obj());
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    live.assert_all_freed();
}

#[test]
fn slices_of_str_lists_keep_reference_counts_right() {
    let live = LiveObjects::check();
    let list = str_list(&["alpha", "beta", "gamma", "delta", "epsilon"]);
    let sliced = list.get_slice(N, N, -2).expect("slice");
    assert_eq!(texts(sliced), ["epsilon", "gamma", "alpha"]);
    // xs[1:3] = xs (self-assignment reads the elements first, as CPython copies them)
    list.set_slice(1, 3, N, list).expect("assign");
    assert_eq!(
        texts(list),
        ["alpha", "alpha", "beta", "gamma", "delta", "epsilon", "delta", "epsilon"]
    );
    let err = list.set_slice(N, N, 2, sliced).expect_err("size 3 into 4");
    assert_eq!(
        exc_text(&err),
        "ValueError: attempt to assign sequence of size 3 to extended slice of size 4"
    );
    list.del_slice(N, N, 3).expect("del");
    // CPython: del xs[::3] of the list above
    assert_eq!(
        texts(list),
        ["alpha", "beta", "delta", "epsilon", "epsilon"]
    );
    decref(sliced.as_obj());
    decref(list.as_obj());
    live.assert_all_freed();
}

#[test]
fn append_insert_pop_and_their_errors() {
    let live = LiveObjects::check();
    let list = str_list(&[]);
    let (a, b, c) = (str_bits("a-str"), str_bits("b-str"), str_bits("c-str"));
    list.push_borrowed(a);
    list.insert(-10, b);
    list.insert(10, c);
    list.insert(-1, a);
    // CPython: x = ['a-str']; x.insert(-10, 'b-str'); x.insert(10, 'c-str'); x.insert(-1, 'a-str')
    assert_eq!(texts(list), ["b-str", "a-str", "a-str", "c-str"]);
    for s in [a, b, c] {
        release(SlotKind::Obj, s);
    }
    let popped = list.pop(-1).expect("pop");
    assert_eq!(text(popped), "c-str");
    release(SlotKind::Obj, popped);
    assert_eq!(
        list.pop(7).map_err(|e| exc_text(&e)),
        Err("IndexError: pop index out of range".into())
    );
    list.clear();
    assert_eq!(
        list.pop(-1).map_err(|e| exc_text(&e)),
        Err("IndexError: pop from empty list".into())
    );
    assert_eq!(
        list.pop(3).map_err(|e| exc_text(&e)),
        Err("IndexError: pop from empty list".into())
    );
    decref(list.as_obj());
    live.assert_all_freed();
}

#[test]
fn indexing_counts_from_the_end_and_reports_cpython_errors() {
    let list = int_list(&[10, 20, 30]);
    assert_eq!(list.get_item(-1).ok(), Some(30));
    assert_eq!(list.get_item(-3).ok(), Some(10));
    assert_eq!(
        list.get_item(3).map_err(|e| exc_text(&e)),
        Err("IndexError: list index out of range".into())
    );
    assert_eq!(
        list.get_item(-4).map_err(|e| exc_text(&e)),
        Err("IndexError: list index out of range".into())
    );
    assert_eq!(
        list.get_item(i64::MIN).map_err(|e| exc_text(&e)),
        Err("IndexError: list index out of range".into())
    );
    list.set_item(-2, 99).expect("set");
    assert_eq!(
        list.set_item(5, 1).map_err(|e| exc_text(&e)),
        Err("IndexError: list assignment index out of range".into())
    );
    list.del_item(0).expect("del");
    assert_eq!(ints(list), [99, 30]);
    assert_eq!(
        list.del_item(2).map_err(|e| exc_text(&e)),
        Err("IndexError: list assignment index out of range".into())
    );
    decref(list.as_obj());
}

#[test]
fn bool_lists_store_one_byte_per_element() {
    let list = List::new(SlotKind::Bool, 0);
    for i in 0..100 {
        list.push_borrowed(i64::from(i % 3 == 0));
    }
    assert_eq!(list.item_size(), 1);
    assert!(list.capacity() >= 100);
    assert_eq!(list.count(Value::Bool(true)), 34);
    list.set_item(1, 7).expect("set"); // any nonzero stores True
    assert_eq!(list.get(1), 1);
    let head = list.get_slice(0, 4, N).expect("slice");
    assert_eq!(obj_repr(head.as_obj()), "[True, True, False, True]");
    decref(head.as_obj());
    assert_eq!(list.sum_int(0).ok(), Some(35));
    decref(list.as_obj());
}

#[test]
fn search_methods_and_their_errors() {
    let list = int_list(&[1, 2, 3, 2]);
    assert_eq!(list.index_of(Value::Int(2), 0, i64::MAX).ok(), Some(1));
    assert_eq!(list.index_of(Value::Int(2), 2, i64::MAX).ok(), Some(3));
    assert_eq!(list.index_of(Value::Int(2), -1, i64::MAX).ok(), Some(3));
    assert_eq!(list.index_of(Value::Int(1), -100, 100).ok(), Some(0));
    // CPython: [1, 2, 3, 2].index(1, 1) / .index(3, 0, -2)
    assert_eq!(
        list.index_of(Value::Int(1), 1, i64::MAX)
            .map_err(|e| exc_text(&e)),
        Err("ValueError: 1 is not in list".into())
    );
    assert_eq!(
        list.index_of(Value::Int(3), 0, -2)
            .map_err(|e| exc_text(&e)),
        Err("ValueError: 3 is not in list".into())
    );
    assert_eq!(list.count(Value::Int(2)), 2);
    assert!(list.contains(Value::Float(3.0)), "3.0 in [1, 2, 3] is True");
    assert_eq!(
        list.remove_value(Value::Int(5)).map_err(|e| exc_text(&e)),
        Err("ValueError: list.remove(x): x not in list".into())
    );
    list.remove_value(Value::Int(2)).expect("remove");
    assert_eq!(ints(list), [1, 3, 2]);
    decref(list.as_obj());

    let words = str_list(&["a", "b"]);
    let needle = str_bits("missing");
    // CPython: ['a', 'b'].index('missing')
    assert_eq!(
        words
            .index_of(Value::Obj(needle as usize as *mut u8), 0, i64::MAX)
            .map_err(|e| exc_text(&e)),
        Err("ValueError: 'missing' is not in list".into())
    );
    release(SlotKind::Obj, needle);
    decref(words.as_obj());
}

#[test]
fn concat_repeat_copy_extend_reverse() {
    let live = LiveObjects::check();
    let list = str_list(&["x1", "y2"]);
    let doubled = list.repeat(2).expect("repeat");
    assert_eq!(texts(doubled), ["x1", "y2", "x1", "y2"]);
    let none = list.repeat(-1).expect("repeat");
    assert!(none.is_empty());
    let joined = list.concat(doubled).expect("concat");
    assert_eq!(texts(joined), ["x1", "y2", "x1", "y2", "x1", "y2"]);
    list.extend(list);
    assert_eq!(texts(list), ["x1", "y2", "x1", "y2"]);
    list.reverse();
    assert_eq!(texts(list), ["y2", "x1", "y2", "x1"]);
    let copy = list.copy();
    list.clear();
    assert_eq!(texts(copy), ["y2", "x1", "y2", "x1"]);
    copy.repeat_in_place(2).expect("*=");
    assert_eq!(copy.len(), 8);
    copy.repeat_in_place(0).expect("*= 0");
    assert!(copy.is_empty());
    let still_empty = list.repeat(i64::MAX).expect("repeating an empty list");
    assert!(still_empty.is_empty());
    decref(still_empty.as_obj());
    let one = int_list(&[1, 2]);
    // CPython: [1, 2] * 2**62 -> MemoryError
    assert_eq!(
        one.repeat(1 << 62).map(|_| ()).map_err(|e| exc_text(&e)),
        Err("MemoryError".into())
    );
    for l in [list, doubled, none, joined, copy, one] {
        decref(l.as_obj());
    }
    live.assert_all_freed();
}

#[test]
fn comparisons_are_lexicographic() {
    let pairs: &[(&[i64], &[i64], [bool; 4])] = &[
        // CPython: a < b, a <= b, a > b, a >= b
        (&[1, 2, 3], &[1, 2, 4], [true, true, false, false]),
        (&[1, 2], &[1, 2, 0], [true, true, false, false]),
        (&[1, 2], &[1, 2], [false, true, false, true]),
        (&[2], &[1, 9], [false, false, true, true]),
        (&[], &[], [false, true, false, true]),
    ];
    for &(a, b, want) in pairs {
        let (la, lb) = (int_list(a), int_list(b));
        let got = [CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge]
            .map(|op| la.compare(lb, op).expect("ints compare"));
        assert_eq!(got, want, "{a:?} vs {b:?}");
        // SAFETY: live lists.
        assert_eq!(unsafe { list_eq(la.as_obj(), lb.as_obj()) }, a == b);
        decref(la.as_obj());
        decref(lb.as_obj());
    }
    // Nested lists compare element-wise: [[1, 2], [0]] < [[1, 2], [1]]
    let nested = |tail: i64| {
        let outer = List::new(SlotKind::Obj, 2);
        outer.push_owned(int_list(&[1, 2]).as_obj() as i64);
        outer.push_owned(int_list(&[tail]).as_obj() as i64);
        outer
    };
    let (a, b) = (nested(0), nested(1));
    assert!(a.compare(b, CompareOp::Lt).expect("compare"));
    // NaN: [nan] == [nan] is False for distinct NaN objects; [nan] < [nan] is False.
    let (fa, fb) = (
        List::from_items(SlotKind::Float, &[f64::NAN.to_bits() as i64]),
        List::from_items(SlotKind::Float, &[f64::NAN.to_bits() as i64]),
    );
    // SAFETY: live lists.
    assert!(!unsafe { list_eq(fa.as_obj(), fb.as_obj()) });
    assert!(!fa.compare(fb, CompareOp::Lt).expect("floats compare"));
    // [None] < [None] raises only if the Nones must be ordered: equal, so lengths decide.
    let (na, nb) = (
        List::from_items(SlotKind::None, &[0]),
        List::from_items(SlotKind::None, &[0, 0]),
    );
    assert!(na.compare(nb, CompareOp::Lt).expect("lengths decide"));
    for l in [a, b, fa, fb, na, nb] {
        decref(l.as_obj());
    }
}

#[test]
fn repr_matches_cpython() {
    let live = LiveObjects::check();
    let mixed = List::new(SlotKind::Obj, 0);
    mixed.push_owned(int_list(&[]).as_obj() as i64);
    mixed.push_owned(
        List::from_items(
            SlotKind::Float,
            &[1.0f64.to_bits() as i64, (-0.0f64).to_bits() as i64],
        )
        .as_obj() as i64,
    );
    mixed.push_owned(str_list(&["it's"]).as_obj() as i64);
    // CPython: repr([[], [1.0, -0.0], ["it's"]])
    assert_eq!(obj_repr(mixed.as_obj()), r#"[[], [1.0, -0.0], ["it's"]]"#);
    let flags = List::from_items(SlotKind::Bool, &[1, 0]);
    assert_eq!(obj_repr(flags.as_obj()), "[True, False]");
    let nones = List::from_items(SlotKind::None, &[0]);
    assert_eq!(obj_repr(nones.as_obj()), "[None]");
    // SAFETY: a live list.
    let repr = unsafe { tp_list_repr(mixed.as_obj()) };
    assert_eq!(text(repr as i64), r#"[[], [1.0, -0.0], ["it's"]]"#);
    decref(repr);
    for l in [mixed, flags, nones] {
        decref(l.as_obj());
    }
    live.assert_all_freed();
}

#[test]
fn min_max_sum_match_cpython() {
    let list = int_list(&[3, -1, 7, -1]);
    assert_eq!(list.extreme(CompareOp::Lt, "min").ok(), Some(-1));
    assert_eq!(list.extreme(CompareOp::Gt, "max").ok(), Some(7));
    assert_eq!(list.sum_int(10).ok(), Some(18));
    assert_eq!(list.sum_float(0.5), 8.5);
    let empty = int_list(&[]);
    assert_eq!(
        empty
            .extreme(CompareOp::Gt, "max")
            .map_err(|e| exc_text(&e)),
        Err("ValueError: max() arg is an empty sequence".into())
    );
    assert_eq!(
        empty
            .extreme(CompareOp::Lt, "min")
            .map_err(|e| exc_text(&e)),
        Err("ValueError: min() arg is an empty sequence".into())
    );
    let big = int_list(&[i64::MAX, 1]);
    assert_eq!(
        big.sum_int(0).map_err(|e| exc_text(&e)),
        Err(exc_text(&Exc::Code(taipan_abi::ErrCode::IntOverflow)))
    );
    // CPython: sum([0.1] * 10) == 0.9999999999999999 (no compensated summation in 3.11)
    let tenths = List::from_items(SlotKind::Float, &[0.1f64.to_bits() as i64; 10]);
    assert_eq!(tenths.sum_float(0.0), 0.9999999999999999);
    // CPython: min([nan, 1]) is nan, min([1, nan]) is 1 (comparisons with NaN are false)
    let nan_first = List::from_items(
        SlotKind::Float,
        &[f64::NAN.to_bits() as i64, 1f64.to_bits() as i64],
    );
    assert!(f64::from_bits(nan_first.extreme(CompareOp::Lt, "min").unwrap() as u64).is_nan());
    let nan_last = List::from_items(
        SlotKind::Float,
        &[1f64.to_bits() as i64, f64::NAN.to_bits() as i64],
    );
    assert_eq!(
        f64::from_bits(nan_last.extreme(CompareOp::Lt, "min").unwrap() as u64),
        1.0
    );
    // CPython: max(['b', 'a', 'c']) == 'c'; min of a str list is a new reference.
    let words = str_list(&["bee", "ant", "cat"]);
    // SAFETY: a live list.
    let smallest = unsafe { tp_list_min(words.as_obj()) };
    assert_eq!(smallest.err, 0);
    assert_eq!(text(smallest.val), "ant");
    release(SlotKind::Obj, smallest.val);
    for l in [list, empty, big, tenths, nan_first, nan_last, words] {
        decref(l.as_obj());
    }
}

// ---- sorting ----

/// Key function: the length of a str element, as an int key.
unsafe extern "C" fn len_key(_env: *const u8, arg: i64) -> I64Result {
    // SAFETY: the sort passes a live str element.
    I64Result {
        val: unsafe { str_nchars(arg as usize as *const u8) } as i64,
        err: 0,
    }
}

/// Key function: the element itself (a new reference to the same str).
unsafe extern "C" fn identity_key(_env: *const u8, arg: i64) -> I64Result {
    // SAFETY: the sort passes a live object element.
    unsafe { crate::object::tp_incref(arg as usize as *mut u8) };
    I64Result { val: arg, err: 0 }
}

/// Key function: a new str key (lowercased), so keys are objects the sort must free.
unsafe extern "C" fn lower_key(_env: *const u8, arg: i64) -> I64Result {
    I64Result {
        val: str_bits(&text(arg).to_lowercase()),
        err: 0,
    }
}

/// Key function that raises `ValueError` on the element "boom".
unsafe extern "C" fn failing_key(_env: *const u8, arg: i64) -> I64Result {
    if text(arg) == "boom" {
        raise_exc(Exc::value_error("bad key"));
        return I64Result { val: 0, err: 1 };
    }
    I64Result {
        val: str_bits(&text(arg)),
        err: 0,
    }
}

/// Key function that appends to the list being sorted (its `env`).
unsafe extern "C" fn mutating_key(env: *const u8, arg: i64) -> I64Result {
    // SAFETY: the test passes the list being sorted as the env.
    let list = unsafe { List::from_obj(env.cast_mut()) };
    list.push_borrowed(arg);
    I64Result {
        val: arg % 10,
        err: 0,
    }
}

fn key(func: KeyFn, kind: SlotKind) -> Option<KeyFunc> {
    Some(KeyFunc {
        func,
        env: std::ptr::null(),
        kind,
    })
}

#[test]
fn sort_is_stable_with_keys_and_reverse() {
    let live = LiveObjects::check();
    let words = str_list(&["bb", "a", "ccc", "dd", "e"]);
    words
        .sort(key(len_key, SlotKind::Int), false)
        .expect("sort");
    // CPython: sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len)
    assert_eq!(texts(words), ["a", "e", "bb", "dd", "ccc"]);
    let words2 = str_list(&["bb", "a", "ccc", "dd", "e"]);
    words2
        .sort(key(len_key, SlotKind::Int), true)
        .expect("sort");
    // CPython: sorted(..., key=len, reverse=True)
    assert_eq!(texts(words2), ["ccc", "bb", "dd", "a", "e"]);
    let mixed_case = str_list(&["b", "A", "a", "B"]);
    mixed_case.sort(None, false).expect("sort");
    assert_eq!(texts(mixed_case), ["A", "B", "a", "b"]);
    mixed_case
        .sort(key(lower_key, SlotKind::Obj), false)
        .expect("sort");
    // CPython: sorted(['A', 'B', 'a', 'b'], key=str.lower)
    assert_eq!(texts(mixed_case), ["A", "a", "B", "b"]);
    mixed_case
        .sort(key(identity_key, SlotKind::Obj), true)
        .expect("sort");
    assert_eq!(texts(mixed_case), ["b", "a", "B", "A"]);
    for l in [words, words2, mixed_case] {
        decref(l.as_obj());
    }
    live.assert_all_freed();
}

#[test]
fn sort_orders_numbers_like_cpython() {
    let ints_list = int_list(&[5, -3, 9, 0, -3, 2]);
    ints_list.sort(None, false).expect("sort");
    assert_eq!(ints(ints_list), [-3, -3, 0, 2, 5, 9]);
    ints_list.sort(None, true).expect("sort");
    assert_eq!(ints(ints_list), [9, 5, 2, 0, -3, -3]);
    // CPython: sorted([0.0, -0.0, -1.5, 2.0]) keeps 0.0 before -0.0 (equal, stable)
    let floats = [0.0f64, -0.0, -1.5, 2.0].map(|x| x.to_bits() as i64);
    let float_list = List::from_items(SlotKind::Float, &floats);
    float_list.sort(None, false).expect("sort");
    let got: Vec<String> = float_list
        .to_vec()
        .iter()
        .map(|&b| repr_of(SlotKind::Float, b))
        .collect();
    assert_eq!(got, ["-1.5", "0.0", "-0.0", "2.0"]);
    // With NaNs the order is unspecified, but sorting must not fail or lose elements.
    let with_nan = [3.0f64, f64::NAN, 1.0, 2.0, f64::NAN, 0.5].map(|x| x.to_bits() as i64);
    let nan_list = List::from_items(SlotKind::Float, &with_nan);
    nan_list.sort(None, false).expect("sort");
    assert_eq!(nan_list.len(), 6);
    assert_eq!(
        nan_list
            .to_vec()
            .iter()
            .filter(|&&b| f64::from_bits(b as u64).is_nan())
            .count(),
        2
    );
    // Tuples go through the generic merge sort: CPython sorted([(1, 'b'), (1, 'a'), (0, 'z')])
    let tuples = List::new(SlotKind::Obj, 0);
    for (n, s) in [(1, "b"), (1, "a"), (0, "z")] {
        let field = str_bits(s);
        let tuple =
            crate::tuple_ops::Tuple::from_fields(&[(SlotKind::Int, n), (SlotKind::Obj, field)])
                .expect("tuple");
        release(SlotKind::Obj, field);
        tuples.push_owned(tuple.as_obj() as i64);
    }
    tuples.sort(None, false).expect("sort");
    assert_eq!(obj_repr(tuples.as_obj()), "[(0, 'z'), (1, 'a'), (1, 'b')]");
    // A long int list with many duplicates exercises the merge passes.
    let long: Vec<i64> = (0..1000).map(|i| (i * 7919) % 101).collect();
    let long_list = int_list(&long);
    long_list.sort(None, false).expect("sort");
    let mut want = long.clone();
    want.sort();
    assert_eq!(ints(long_list), want);
    for l in [ints_list, float_list, nan_list, tuples, long_list] {
        decref(l.as_obj());
    }
}

#[test]
fn generic_merge_sort_is_stable() {
    // Sort (key, original position) pairs through the merge sort with int keys
    // made into one-field tuples, so the generic path runs on > 32 elements.
    let live = LiveObjects::check();
    let list = List::new(SlotKind::Obj, 0);
    for i in 0..200i64 {
        let tuple =
            crate::tuple_ops::Tuple::from_fields(&[(SlotKind::Int, (i * 37) % 5)]).expect("tuple");
        list.push_owned(tuple.as_obj() as i64);
    }
    let before: Vec<i64> = list.to_vec();
    list.sort(None, false).expect("sort");
    let after = list.to_vec();
    // Equal keys keep their original relative order (compare object identities).
    let position = |obj: i64| before.iter().position(|&b| b == obj).unwrap();
    for pair in after.windows(2) {
        let (ka, kb) = (
            position(pair[0]) as i64 * 37 % 5,
            position(pair[1]) as i64 * 37 % 5,
        );
        assert!(ka < kb || (ka == kb && position(pair[0]) < position(pair[1])));
    }
    decref(list.as_obj());
    live.assert_all_freed();
}

#[test]
fn sort_propagates_a_raising_key_and_keeps_the_list() {
    let live = LiveObjects::check();
    let words = str_list(&["pear", "boom", "fig"]);
    // SAFETY: a live list and a key function with KEY_FN_SIG.
    let flag = unsafe {
        tp_list_sort(
            words.as_obj(),
            0,
            Some(failing_key),
            std::ptr::null(),
            SlotKind::Obj as i64,
        )
    };
    assert_eq!(flag, ErrFlag(1));
    assert_eq!(pending_error(), "ValueError: bad key");
    assert_eq!(texts(words), ["pear", "boom", "fig"]);
    decref(words.as_obj());
    live.assert_all_freed();
}

#[test]
fn sort_detects_a_list_modified_by_its_key() {
    let live = LiveObjects::check();
    let list = int_list(&[13, 2, 31]);
    let env = list.as_obj() as *const u8;
    // SAFETY: a live list; the key function receives it as its env.
    let flag = unsafe {
        tp_list_sort(
            list.as_obj(),
            0,
            Some(mutating_key),
            env,
            SlotKind::Int as i64,
        )
    };
    assert_eq!(flag, ErrFlag(1));
    // CPython: ValueError: list modified during sort; the list holds the sorted items.
    assert_eq!(pending_error(), "ValueError: list modified during sort");
    assert_eq!(ints(list), [31, 2, 13]);
    decref(list.as_obj());
    live.assert_all_freed();
}

#[test]
fn min_max_with_key() {
    let live = LiveObjects::check();
    let words = str_list(&["kiwi", "fig", "banana", "date"]);
    let by_len = key(len_key, SlotKind::Int).unwrap();
    // CPython: min(words, key=len) == 'fig'; max(words, key=len) == 'banana';
    // ties go to the first: max(['ab', 'cd'], key=len) == 'ab'
    let smallest = words
        .extreme_by_key(by_len, CompareOp::Lt, "min")
        .expect("min");
    assert_eq!(text(smallest), "fig");
    release(SlotKind::Obj, smallest);
    let largest = words
        .extreme_by_key(by_len, CompareOp::Gt, "max")
        .expect("max");
    assert_eq!(text(largest), "banana");
    release(SlotKind::Obj, largest);
    let ties = str_list(&["ab", "cd"]);
    let first = ties
        .extreme_by_key(by_len, CompareOp::Gt, "max")
        .expect("max");
    assert_eq!(text(first), "ab");
    release(SlotKind::Obj, first);
    let empty = str_list(&[]);
    assert!(matches!(
        empty.extreme_by_key(by_len, CompareOp::Lt, "min"),
        Err(SortError::New(_))
    ));
    let failing = str_list(&["ok", "boom"]);
    // SAFETY: a live list and a key function with KEY_FN_SIG.
    let res = unsafe {
        tp_list_max_key(
            failing.as_obj(),
            Some(failing_key),
            std::ptr::null(),
            SlotKind::Obj as i64,
        )
    };
    assert_eq!(res.err, 1);
    assert_eq!(pending_error(), "ValueError: bad key");
    for l in [words, ties, empty, failing] {
        decref(l.as_obj());
    }
    live.assert_all_freed();
}

#[test]
fn a_million_lists_are_all_freed() {
    let live = LiveObjects::check();
    for i in 0..1_000_000i64 {
        let list = List::new(SlotKind::Obj, 0);
        let s = str_bits("a string that is not shared");
        list.push_owned(s);
        list.push_borrowed(s);
        if i % 2 == 0 {
            let inner = int_list(&[i]);
            list.push_owned(inner.as_obj() as i64);
        }
        decref(list.as_obj());
    }
    live.assert_all_freed();
}
