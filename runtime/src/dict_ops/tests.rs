//! Dict tests; expected values are what CPython 3.11 prints.

use taipan_abi::SlotKind;

use super::*;
use crate::test_support::*;

fn int_dict(pairs: &[(i64, i64)]) -> Dict {
    let dict = Dict::new(SlotKind::Int, SlotKind::Int);
    for &(key, value) in pairs {
        dict.set_item(key, value);
    }
    dict
}

fn pairs(dict: Dict) -> Vec<(i64, i64)> {
    dict.table()
        .live_entries()
        .map(|entry| (entry.key, entry.value))
        .collect()
}

/// Runs compiled code's iteration protocol over `dict`, calling `body` with
/// each key; returns the keys seen, or the error that ended the loop.
fn iterate(dict: Dict, mut body: impl FnMut(i64)) -> Result<Vec<i64>, String> {
    let start_len = dict.len() as i64;
    let (mut position, mut remaining, mut seen) = (0, start_len, Vec::new());
    loop {
        // SAFETY: a live dict.
        let next = unsafe { tp_dict_iter_next(dict.as_obj(), position, start_len, remaining) };
        if next.err != 0 {
            return Err(pending_error());
        }
        if next.val < 0 {
            return Ok(seen);
        }
        // SAFETY: a live dict and an entry position it returned.
        let key = unsafe { tp_dict_key_at(dict.as_obj(), next.val) };
        seen.push(key);
        body(key);
        position = next.val + 1;
        remaining -= 1;
    }
}

#[test]
fn word_counts_keep_first_insertion_order() {
    let live = LiveObjects::check();
    let counts = Dict::new(SlotKind::Obj, SlotKind::Int);
    for word in "the quick brown fox jumps over the lazy dog the end".split(' ') {
        let key = str_bits(word);
        let count = counts.get_or(key, 0);
        counts.set_item(key, count + 1);
        release(SlotKind::Obj, key);
    }
    // CPython: the same loop with d[w] = d.get(w, 0) + 1
    assert_eq!(
        obj_repr(counts.as_obj()),
        "{'the': 3, 'quick': 1, 'brown': 1, 'fox': 1, 'jumps': 1, 'over': 1, 'lazy': 1, 'dog': 1, 'end': 1}"
    );
    decref(counts.as_obj());
    live.assert_all_freed();
}

#[test]
fn order_after_delete_pop_and_reinsert() {
    let dict = int_dict(&(0..6).map(|i| (i, i * i)).collect::<Vec<_>>());
    dict.del_item(2).expect("del");
    dict.set_item(2, -1);
    assert_eq!(dict.pop(0).ok(), Some(0));
    dict.set_item(7, 49);
    // CPython: {1: 1, 3: 9, 4: 16, 5: 25, 2: -1, 7: 49}
    assert_eq!(
        pairs(dict),
        [(1, 1), (3, 9), (4, 16), (5, 25), (2, -1), (7, 49)]
    );
    let item = dict.pop_item().expect("popitem");
    assert_eq!(obj_repr(item.as_obj()), "(7, 49)");
    decref(item.as_obj());
    assert_eq!(obj_repr(dict.as_obj()), "{1: 1, 3: 9, 4: 16, 5: 25, 2: -1}");
    // Many deletions and insertions force compaction; order survives.
    for key in 100..400 {
        dict.set_item(key, key);
        if key % 3 != 0 {
            dict.del_item(key).expect("del");
        }
    }
    let keys: Vec<i64> = pairs(dict).iter().map(|&(k, _)| k).collect();
    let mut want = vec![1, 3, 4, 5, 2];
    want.extend((100..400).filter(|k| k % 3 == 0));
    assert_eq!(keys, want);
    decref(dict.as_obj());
}

#[test]
fn key_errors_print_the_repr_of_the_key() {
    let live = LiveObjects::check();
    let dict = Dict::new(SlotKind::Obj, SlotKind::Int);
    let x = str_bits("x");
    dict.set_item(x, 1);
    let y = str_bits("y");
    assert_eq!(
        dict.get_item(y).map_err(|e| exc_text(&e)),
        Err("KeyError: 'y'".into())
    );
    assert_eq!(
        dict.del_item(y).map_err(|e| exc_text(&e)),
        Err("KeyError: 'y'".into())
    );
    assert_eq!(
        dict.pop(y).map_err(|e| exc_text(&e)),
        Err("KeyError: 'y'".into())
    );
    assert_eq!(dict.get_item(x).ok(), Some(1));
    // CPython: d = {}; d.popitem() -> KeyError: 'popitem(): dictionary is empty'
    dict.clear();
    assert_eq!(
        dict.pop_item().map(|_| ()).map_err(|e| exc_text(&e)),
        Err("KeyError: 'popitem(): dictionary is empty'".into())
    );
    for s in [x, y] {
        release(SlotKind::Obj, s);
    }
    // A tuple key: KeyError: (2, 'b')
    let b = str_bits("b");
    let key = Tuple::from_fields(&[(SlotKind::Int, 2), (SlotKind::Obj, b)]).unwrap();
    release(SlotKind::Obj, b);
    let by_tuple = Dict::new(SlotKind::Obj, SlotKind::Int);
    // SAFETY: a live dict and key.
    let res = unsafe { tp_dict_getitem(by_tuple.as_obj(), key.as_obj() as i64) };
    assert_eq!(res.err, 1);
    assert_eq!(pending_error(), "KeyError: (2, 'b')");
    let int_keys = int_dict(&[]);
    assert_eq!(
        int_keys.get_item(3).map_err(|e| exc_text(&e)),
        Err("KeyError: 3".into())
    );
    for obj in [
        dict.as_obj(),
        key.as_obj(),
        by_tuple.as_obj(),
        int_keys.as_obj(),
    ] {
        decref(obj);
    }
    live.assert_all_freed();
}

#[test]
fn get_setdefault_pop_with_defaults() {
    let live = LiveObjects::check();
    let dict = Dict::new(SlotKind::Int, SlotKind::Obj);
    let (a, b, c, z) = (
        str_bits("a-val"),
        str_bits("b-val"),
        str_bits("c-val"),
        str_bits("z-val"),
    );
    dict.set_item(1, a);
    // CPython: d = {1: 'a'}; d.setdefault(1, 'b') == 'a'; d.setdefault(2, 'c') == 'c'; d.pop(5, 'z') == 'z'
    let got = dict.set_default(1, b);
    assert_eq!(text(got), "a-val");
    release(SlotKind::Obj, got);
    let got = dict.set_default(2, c);
    assert_eq!(text(got), "c-val");
    release(SlotKind::Obj, got);
    assert_eq!(obj_repr(dict.as_obj()), "{1: 'a-val', 2: 'c-val'}");
    let got = dict.pop_or(5, z);
    assert_eq!(text(got), "z-val");
    release(SlotKind::Obj, got);
    let got = dict.get_or(2, z);
    assert_eq!(text(got), "c-val");
    release(SlotKind::Obj, got);
    let got = dict.pop_or(2, z);
    assert_eq!(text(got), "c-val");
    release(SlotKind::Obj, got);
    for s in [a, b, c, z] {
        release(SlotKind::Obj, s);
    }
    decref(dict.as_obj());
    live.assert_all_freed();
}

#[test]
fn update_copy_views_and_equality() {
    let live = LiveObjects::check();
    let d = Dict::new(SlotKind::Obj, SlotKind::Int);
    let e = Dict::new(SlotKind::Obj, SlotKind::Int);
    for (dict, key, value) in [(d, "a", 1), (d, "b", 2), (e, "b", 3), (e, "c", 4)] {
        let key = str_bits(key);
        dict.set_item(key, value);
        release(SlotKind::Obj, key);
    }
    d.update(e);
    d.update(d);
    // CPython: {'a': 1, 'b': 3, 'c': 4}, its items and values
    assert_eq!(obj_repr(d.as_obj()), "{'a': 1, 'b': 3, 'c': 4}");
    let items = d.items().expect("items");
    assert_eq!(obj_repr(items.as_obj()), "[('a', 1), ('b', 3), ('c', 4)]");
    let values = d.values();
    assert_eq!(ints(values), [1, 3, 4]);
    let keys = d.keys();
    assert_eq!(texts(keys), ["a", "b", "c"]);
    let copy = d.copy();
    // SAFETY: live dicts.
    unsafe {
        assert!(dict_eq(copy.as_obj(), d.as_obj()));
        assert!(!dict_eq(e.as_obj(), d.as_obj()));
    }
    // Equality ignores order but not values: {1: 1, 2: 2} == {2: 2, 1: 1}; {1: 1} != {1: 2}
    let (x, y, z) = (
        int_dict(&[(1, 1), (2, 2)]),
        int_dict(&[(2, 2), (1, 1)]),
        int_dict(&[(1, 2), (2, 2)]),
    );
    // SAFETY: live dicts.
    unsafe {
        assert!(dict_eq(x.as_obj(), y.as_obj()));
        assert!(!dict_eq(x.as_obj(), z.as_obj()));
    }
    for obj in [
        d.as_obj(),
        e.as_obj(),
        items.as_obj(),
        values.as_obj(),
        keys.as_obj(),
        copy.as_obj(),
        x.as_obj(),
        y.as_obj(),
        z.as_obj(),
    ] {
        decref(obj);
    }
    live.assert_all_freed();
}

#[test]
fn repr_of_mixed_values() {
    let live = LiveObjects::check();
    let dict = Dict::new(SlotKind::Obj, SlotKind::Obj);
    let key = str_bits("k");
    let value = Tuple::from_fields(&[(SlotKind::Int, 1), (SlotKind::Int, 2)]).unwrap();
    dict.set_item(key, value.as_obj() as i64);
    release(SlotKind::Obj, key);
    decref(value.as_obj());
    assert_eq!(obj_repr(dict.as_obj()), "{'k': (1, 2)}");
    let empty = Dict::new(SlotKind::Int, SlotKind::Float);
    assert_eq!(obj_repr(empty.as_obj()), "{}");
    let floats = Dict::new(SlotKind::Float, SlotKind::None);
    floats.set_item(1.5f64.to_bits() as i64, 0);
    // CPython: {1.5: None}; float keys equal to ints hash like them: 2.0 finds key 2.0
    floats.set_item(2.0f64.to_bits() as i64, 0);
    assert_eq!(obj_repr(floats.as_obj()), "{1.5: None, 2.0: None}");
    assert!(floats.find(2.0f64.to_bits() as i64).is_some());
    for obj in [dict.as_obj(), empty.as_obj(), floats.as_obj()] {
        decref(obj);
    }
    live.assert_all_freed();
}

#[test]
fn iteration_protocol_and_mutation_errors() {
    let dict = int_dict(&[(1, 1), (2, 2), (3, 3)]);
    assert_eq!(iterate(dict, |_| {}), Ok(vec![1, 2, 3]));
    // Assigning existing keys is allowed: CPython prints {1: 5, 2: 5, 3: 5}.
    assert_eq!(
        iterate(dict, |key| dict.set_item(key, 5)),
        Ok(vec![1, 2, 3])
    );
    assert_eq!(pairs(dict), [(1, 5), (2, 5), (3, 5)]);
    // Same size, different keys: CPython yields 1, 2, 4 without an error.
    let seen = iterate(dict, |key| {
        if key == 1 {
            dict.del_item(3).expect("del");
            dict.set_item(4, 4);
        }
    });
    assert_eq!(seen, Ok(vec![1, 2, 4]));
    // Growing: RuntimeError: dictionary changed size during iteration
    let grown = iterate(dict, |key| dict.set_item(key + 100, 0));
    assert_eq!(
        grown,
        Err("RuntimeError: dictionary changed size during iteration".into())
    );
    // d = {1: 1}; for k in d: del d[k]; d[k + 1] = 1
    let single = int_dict(&[(1, 1)]);
    let changed = iterate(single, |key| {
        single.del_item(key).expect("del");
        single.set_item(key + 1, 1);
    });
    assert_eq!(
        changed,
        Err("RuntimeError: dictionary keys changed during iteration".into())
    );
    decref(dict.as_obj());
    decref(single.as_obj());
}

#[test]
fn find_and_value_positions() {
    let dict = int_dict(&[(10, 1), (20, 2)]);
    // SAFETY: a live dict; positions come from `tp_dict_find`.
    unsafe {
        let position = tp_dict_find(dict.as_obj(), 20);
        assert_eq!(position, 1);
        tp_dict_set_value_at(dict.as_obj(), position, 7);
        assert_eq!(tp_dict_value_at(dict.as_obj(), position), 7);
        assert_eq!(tp_dict_find(dict.as_obj(), 30), -1);
        // Positions that hold no entry are ignored / read as 0.
        tp_dict_set_value_at(dict.as_obj(), 99, 1);
        assert_eq!(tp_dict_value_at(dict.as_obj(), -1), 0);
        assert_eq!(tp_dict_key_at(dict.as_obj(), 99), 0);
        assert_eq!(tp_dict_contains(dict.as_obj(), 10), 1);
    }
    decref(dict.as_obj());
}

#[test]
fn many_dict_entries_of_strs_are_all_freed() {
    let live = LiveObjects::check();
    let dict = Dict::new(SlotKind::Obj, SlotKind::Obj);
    for i in 0..200_000 {
        let key = str_bits(&format!("key{}", i % 1000));
        let value = str_list(&["v", "value text"]);
        dict.set_item(key, value.as_obj() as i64);
        release(SlotKind::Obj, key);
        decref(value.as_obj());
        if i % 7 == 0 {
            let key = str_bits(&format!("key{}", (i / 7) % 1000));
            let _ = dict.del_item(key);
            release(SlotKind::Obj, key);
        }
    }
    assert!(dict.len() <= 1000);
    decref(dict.as_obj());
    live.assert_all_freed();
}
