//! Tuple tests; expected values are what CPython 3.11 prints.

use taipan_abi::SlotKind;

use super::*;
use crate::hash::hash_value;
use crate::slice::SLICE_NONE as N;
use crate::test_support::*;

/// `(1, 'a', 2.5, None, True)`.
fn mixed() -> Tuple {
    let a = str_bits("a");
    let tuple = Tuple::from_fields(&[
        (SlotKind::Int, 1),
        (SlotKind::Obj, a),
        (SlotKind::Float, 2.5f64.to_bits() as i64),
        (SlotKind::None, 0),
        (SlotKind::Bool, 1),
    ])
    .expect("tuple");
    release(SlotKind::Obj, a);
    tuple
}

fn ints_tuple(items: &[i64]) -> Tuple {
    let fields: Vec<_> = items.iter().map(|&n| (SlotKind::Int, n)).collect();
    Tuple::from_fields(&fields).expect("tuple")
}

fn hash_of(tuple: Tuple) -> i64 {
    // SAFETY: a live tuple.
    unsafe { hash_value(Value::Obj(tuple.as_obj())) }.expect("hashable")
}

#[test]
fn repr_matches_cpython() {
    let live = LiveObjects::check();
    let t = mixed();
    assert_eq!(obj_repr(t.as_obj()), "(1, 'a', 2.5, None, True)");
    let empty = ints_tuple(&[]);
    assert_eq!(obj_repr(empty.as_obj()), "()");
    let one = ints_tuple(&[1]);
    assert_eq!(obj_repr(one.as_obj()), "(1,)");
    let nested = Tuple::from_fields(&[
        (SlotKind::Obj, one.as_obj() as i64),
        (SlotKind::Obj, empty.as_obj() as i64),
    ])
    .unwrap();
    assert_eq!(obj_repr(nested.as_obj()), "((1,), ())");
    for tuple in [t, empty, one, nested] {
        decref(tuple.as_obj());
    }
    live.assert_all_freed();
}

#[test]
fn indexing_and_slicing() {
    let live = LiveObjects::check();
    let t = mixed();
    let (kind, bits) = t.get_item(-4).expect("index");
    assert_eq!(repr_of(kind, bits), "'a'");
    release(kind, bits);
    assert_eq!(
        t.get_item(5).map_err(|e| exc_text(&e)),
        Err("IndexError: tuple index out of range".into())
    );
    assert_eq!(
        t.get_item(-6).map_err(|e| exc_text(&e)),
        Err("IndexError: tuple index out of range".into())
    );
    let middle = t.get_slice(1, 4, N).expect("slice");
    assert_eq!(obj_repr(middle.as_obj()), "('a', 2.5, None)");
    let backwards = t.get_slice(N, N, -2).expect("slice");
    assert_eq!(obj_repr(backwards.as_obj()), "(True, 2.5, 1)");
    assert_eq!(
        t.get_slice(N, N, 0).map(|_| ()).map_err(|e| exc_text(&e)),
        Err("ValueError: slice step cannot be zero".into())
    );
    for tuple in [t, middle, backwards] {
        decref(tuple.as_obj());
    }
    live.assert_all_freed();
}

#[test]
fn comparisons_and_membership() {
    let (a, b, c) = (
        ints_tuple(&[1, 2]),
        ints_tuple(&[1, 2, 3]),
        ints_tuple(&[1, 2]),
    );
    assert!(a.compare(b, CompareOp::Lt).unwrap());
    assert!(!b.compare(a, CompareOp::Le).unwrap());
    // SAFETY: live tuples.
    unsafe {
        assert!(tuple_eq(a.as_obj(), c.as_obj()));
        assert!(!tuple_eq(a.as_obj(), b.as_obj()));
    }
    // (1, 2) == (1, 2.0)
    let float_tail =
        Tuple::from_fields(&[(SlotKind::Int, 1), (SlotKind::Float, 2f64.to_bits() as i64)])
            .unwrap();
    // SAFETY: live tuples.
    assert!(unsafe { tuple_eq(a.as_obj(), float_tail.as_obj()) });
    assert!(a.contains(Value::Float(2.0)));
    assert!(!a.contains(Value::Int(3)));
    // CPython: (1, 2) < (1, None) -> TypeError
    let with_none = Tuple::from_fields(&[(SlotKind::Int, 1), (SlotKind::None, 0)]).unwrap();
    let err = a
        .compare(with_none, CompareOp::Lt)
        .expect_err("unorderable");
    assert_eq!(
        exc_text(&err),
        "TypeError: '<' not supported between instances of 'int' and 'NoneType'"
    );
    // SAFETY: live tuples; op 1 is `<=`.
    assert_eq!(
        unsafe { tp_tuple_compare(a.as_obj(), b.as_obj(), 1) },
        I64Result { val: 1, err: 0 }
    );
    for tuple in [a, b, c, float_tail, with_none] {
        decref(tuple.as_obj());
    }
}

#[test]
fn hashes_match_cpython() {
    let t = Tuple::from_fields(&[
        (SlotKind::Int, 1),
        (SlotKind::Float, 2.5f64.to_bits() as i64),
        (SlotKind::Bool, 1),
    ])
    .unwrap();
    // CPython: hash((1, 2.5, True))
    assert_eq!(hash_of(t), -8978965343934856575);
    let inner_a = ints_tuple(&[1, 2]);
    let inner_b = ints_tuple(&[3]);
    let nested = Tuple::from_fields(&[
        (SlotKind::Obj, inner_a.as_obj() as i64),
        (SlotKind::Obj, inner_b.as_obj() as i64),
    ])
    .unwrap();
    // CPython: hash(((1, 2), (3,)))
    assert_eq!(hash_of(nested), -8303551883679707139);
    let minus_one = ints_tuple(&[-1]);
    assert_eq!(hash_of(minus_one), 8078679518589016365);
    for tuple in [t, inner_a, inner_b, nested, minus_one] {
        decref(tuple.as_obj());
    }
}

#[test]
fn concat_repeat_and_conversions() {
    let live = LiveObjects::check();
    let (a, b) = (ints_tuple(&[1]), ints_tuple(&[2, 3]));
    let joined = a.concat(b).unwrap();
    assert_eq!(obj_repr(joined.as_obj()), "(1, 2, 3)");
    let twice = b.repeat(2).unwrap();
    assert_eq!(obj_repr(twice.as_obj()), "(2, 3, 2, 3)");
    let none = b.repeat(-3).unwrap();
    assert_eq!(obj_repr(none.as_obj()), "()");
    assert_eq!(
        b.repeat(1 << 62).map(|_| ()).map_err(|e| exc_text(&e)),
        Err("MemoryError".into())
    );
    let list = twice.to_list(SlotKind::Int);
    assert_eq!(ints(list), [2, 3, 2, 3]);
    // SAFETY: a live list.
    let back = unsafe { tp_list_to_tuple(list.as_obj()) };
    assert_eq!(obj_repr(back.val), "(2, 3, 2, 3)");
    decref(back.val);
    let words = str_list(&["x-word", "y-word"]);
    // SAFETY: a live list.
    let word_tuple = unsafe { tp_list_to_tuple(words.as_obj()) }.val;
    decref(words.as_obj());
    assert_eq!(obj_repr(word_tuple), "('x-word', 'y-word')");
    decref(word_tuple);
    for obj in [
        a.as_obj(),
        b.as_obj(),
        joined.as_obj(),
        twice.as_obj(),
        none.as_obj(),
        list.as_obj(),
    ] {
        decref(obj);
    }
    live.assert_all_freed();
}

#[test]
fn building_through_the_ffi_takes_references() {
    let live = LiveObjects::check();
    let tuple = tp_tuple_new(2);
    let s = str_bits("field text");
    // SAFETY: a tuple being built; `s` is live.
    unsafe {
        tp_tuple_set_item(tuple, 0, SlotKind::Obj as i64, s);
        tp_tuple_set_item(tuple, 1, SlotKind::Float as i64, 0.5f64.to_bits() as i64);
        // Setting a field again releases what it held; out of range is ignored.
        tp_tuple_set_item(tuple, 0, SlotKind::Obj as i64, s);
        tp_tuple_set_item(tuple, 9, SlotKind::Int as i64, 1);
    }
    release(SlotKind::Obj, s);
    assert_eq!(obj_repr(tuple), "('field text', 0.5)");
    // SAFETY: a live tuple.
    let got = unsafe { tp_tuple_getitem(tuple, 0) };
    assert_eq!(text(got.val), "field text");
    release(SlotKind::Obj, got.val);
    // SAFETY: a live tuple; `x` is an int.
    assert_eq!(
        unsafe { tp_tuple_contains(tuple, SlotKind::Float as i64, 0.5f64.to_bits() as i64) },
        1
    );
    decref(tuple);
    decref(tp_tuple_new(-5));
    live.assert_all_freed();
}
