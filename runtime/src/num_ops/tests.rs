//! The binary ops are checked against tables CPython 3.11 produced
//! (`cases.rs`); the rest against values taken from `python3 -c`.

use taipan_abi::{num, ErrCode, SlotKind};

use super::cases::{self, Case};
use super::*;
use crate::object::Value;
use crate::test_support::{decref, pending_error, text};

/// An int num.
fn int(i: i64) -> f64 {
    int_num(i).expect("in the num range")
}

/// What a num op gave, in the tables' terms.
fn outcome(res: Result<f64, ErrCode>) -> Case {
    match res.map(Num::from_f64) {
        Ok(Num::Int(i)) => Case::I(i),
        Ok(Num::Float(x)) => Case::F(x.to_bits()),
        Err(code) => Case::E(code),
    }
}

fn operand(case: Case) -> f64 {
    match case {
        Case::I(i) => int(i),
        Case::F(bits) => f64::from_bits(bits),
        Case::E(_) => unreachable!("operands are values"),
    }
}

/// Same int, same float bits (any NaN matches any NaN: x86 and CPython
/// agree on NaN payloads, but nothing here depends on them), same error.
fn same(got: Case, want: Case) -> bool {
    match (got, want) {
        (Case::I(a), Case::I(b)) => a == b,
        (Case::F(a), Case::F(b)) => a == b || (f64::from_bits(a).is_nan() && f64::from_bits(b).is_nan()),
        (Case::E(a), Case::E(b)) => a == b,
        _ => false,
    }
}

/// Runs every case of a table and reports all mismatches at once.
fn check(name: &str, table: &[(Case, Case, Case)], op: fn(f64, f64) -> Result<f64, ErrCode>) {
    let failures: Vec<String> = table
        .iter()
        .filter_map(|&(a, b, want)| {
            let got = outcome(op(operand(a), operand(b)));
            (!same(got, want)).then(|| format!("{name}({a:?}, {b:?}): got {got:?}, CPython {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn add_matches_cpython() {
    check("add", cases::ADD, num_add);
}

#[test]
fn sub_matches_cpython() {
    check("sub", cases::SUB, num_sub);
}

#[test]
fn mul_matches_cpython() {
    check("mul", cases::MUL, num_mul);
}

#[test]
fn floordiv_matches_cpython() {
    check("floordiv", cases::FLOORDIV, num_floordiv);
}

#[test]
fn mod_matches_cpython() {
    check("mod", cases::MOD, num_mod);
}

#[test]
fn pow_matches_cpython() {
    check("pow", cases::POW, num_pow);
}

/// The cases the brief names, spelled out (they are in the tables too).
#[test]
fn int_pairs_keep_int_rules() {
    assert!(same(outcome(num_floordiv(int(-7), int(2))), Case::I(-4)));
    assert!(same(outcome(num_mod(int(-7), int(2))), Case::I(1)));
    assert!(same(outcome(num_mod(int(7), int(-2))), Case::I(-1)));
    assert!(same(outcome(num_mul(int(3), int(2))), Case::I(6)));
    assert!(same(outcome(num_mul(int(3), 2.0)), Case::F(6.0f64.to_bits())));
    assert_eq!(num_floordiv(int(1), int(0)), Err(ErrCode::IntFloorDivByZero));
    assert_eq!(num_mod(int(1), int(0)), Err(ErrCode::IntModByZero));
    assert_eq!(num_floordiv(int(1), 0.0), Err(ErrCode::FloatFloorDivByZero));
    assert_eq!(num_mod(1.5, int(0)), Err(ErrCode::FloatModByZero));
    assert_eq!(num_add(int(num::INT_MAX), int(1)), Err(ErrCode::NumIntOverflow));
    assert_eq!(num_sub(int(num::INT_MIN), int(1)), Err(ErrCode::NumIntOverflow));
    // `INT_MIN // -1` is `2**50`: just past the range.
    assert_eq!(num_floordiv(int(num::INT_MIN), int(-1)), Err(ErrCode::NumIntOverflow));
    assert!(same(outcome(num_pow(int(0), int(0))), Case::I(1)));
    assert!(same(outcome(num_pow(int(2), int(-1))), Case::F(0.5f64.to_bits())));
    assert_eq!(num_pow(int(0), int(-1)), Err(ErrCode::ZeroToNegativePower));
    assert_eq!(num_pow(int(-8), 1.0 / 3.0), Err(ErrCode::ComplexPowerResult));
    // Past i64 on the way: the range error, not i64's.
    assert_eq!(num_pow(int(3), int(1000)), Err(ErrCode::NumIntOverflow));
}

#[test]
fn from_int_checks_the_range() {
    assert!(same(outcome(int_num(num::INT_MAX)), Case::I(num::INT_MAX)));
    assert!(same(outcome(int_num(num::INT_MIN)), Case::I(num::INT_MIN)));
    assert_eq!(int_num(num::INT_MAX + 1), Err(ErrCode::NumIntOverflow));
    assert_eq!(int_num(i64::MIN), Err(ErrCode::NumIntOverflow));
    let res = tp_num_from_int(num::INT_MAX + 1);
    assert_eq!(res.err, 1);
    assert_eq!(
        pending_error(),
        "OverflowError: taipan: an int stored where a float is declared must stay within ±2**50"
    );
    let ok = tp_num_from_int(-7);
    assert_eq!((ok.err, Num::from_f64(ok.val)), (0, Num::Int(-7)));
}

#[test]
fn to_float_is_the_value() {
    assert_eq!(tp_num_to_float(int(6)), 6.0);
    assert_eq!(tp_num_to_float(int(num::INT_MIN)), -1125899906842624.0);
    assert_eq!(tp_num_to_float(-0.0).to_bits(), (-0.0f64).to_bits());
    assert!(tp_num_to_float(f64::NAN).is_nan());
}

#[test]
fn neg_and_abs_keep_ints() {
    assert!(same(outcome(num_neg(int(6))), Case::I(-6)));
    assert!(same(outcome(num_neg(int(0))), Case::I(0)));
    assert!(same(outcome(num_neg(0.0)), Case::F((-0.0f64).to_bits())));
    assert!(same(outcome(num_abs(int(-7))), Case::I(7)));
    assert!(same(outcome(num_abs(-2.5)), Case::F(2.5f64.to_bits())));
    assert!(same(outcome(num_abs(-0.0)), Case::F(0.0f64.to_bits())));
    // `-(-2**50)` and `abs(-2**50)` are `2**50`, outside the range.
    assert_eq!(num_neg(int(num::INT_MIN)), Err(ErrCode::NumIntOverflow));
    assert_eq!(num_abs(int(num::INT_MIN)), Err(ErrCode::NumIntOverflow));
    assert!(same(outcome(num_neg(int(num::INT_MAX))), Case::I(-num::INT_MAX)));
    assert_eq!(tp_num_neg(int(num::INT_MIN)).err, 1);
    assert!(pending_error().starts_with("OverflowError: "));
}

#[test]
fn round_ndigits_of_ints_and_floats() {
    // (x, ndigits, round(x, ndigits)) from python3.
    let ints = [
        (1250, -2, 1200),
        (1350, -2, 1400),
        (1250, -1, 1250),
        (-1250, -2, -1200),
        (-1350, -2, -1400),
        (15, -1, 20),
        (25, -1, 20),
        (-25, -1, -20),
        (5, -1, 0),
        (7, 0, 7),
        (7, 5, 7),
        (num::INT_MAX, -1, 1125899906842620),
        (num::INT_MIN, -1, -1125899906842620),
        (num::INT_MAX, -20, 0),
    ];
    for (x, n, want) in ints {
        assert!(same(outcome(num_round_ndigits(int(x), n)), Case::I(want)), "round({x}, {n})");
    }
    // round(2**50 - 1, -3) == 1125899906843000 > INT_MAX.
    assert_eq!(num_round_ndigits(int(num::INT_MAX), -3), Err(ErrCode::NumIntOverflow));
    let floats = [(2.675, 2, 2.67), (1250.0, -2, 1200.0), (0.5, 0, 0.0), (-0.5, 0, -0.0)];
    for (x, n, want) in floats {
        let got = outcome(num_round_ndigits(x, n));
        assert!(same(got, Case::F(f64::to_bits(want))), "round({x}, {n}): {got:?}");
    }
}

#[test]
fn str_is_the_int_or_the_float_repr() {
    let texts = [(int(6), "6"), (int(-7), "-7"), (6.0, "6.0"), (-0.0, "-0.0"), (1e16, "1e+16"), (f64::NAN, "nan")];
    for (x, want) in texts {
        assert_eq!(num_text(x), want);
        let s = tp_num_to_str(x);
        assert_eq!(text(s as i64), want);
        decref(s);
    }
    assert_eq!(num_text(int(num::INT_MIN)), "-1125899906842624");
}

#[test]
fn format_follows_int_or_float() {
    // (value, spec, format(value, spec)) from python3.
    let ok = [
        (int(6), ".2f", "6.00"),
        (int(6), "", "6"),
        (int(6), "x", "6"),
        (int(6), ">5", "    6"),
        (int(1234567), ",", "1,234,567"),
        (int(6), "e", "6.000000e+00"),
        (int(6), "%", "600.000000%"),
        (int(6), "g", "6"),
        (int(6), "n", "6"),
        (int(num::INT_MAX), "_", "1_125_899_906_842_623"),
        (6.0, "", "6.0"),
        (6.0, ">5", "  6.0"),
        (-0.0, "", "-0.0"),
    ];
    for (x, spec, want) in ok {
        assert_eq!(num_format(x, spec).map_err(|e| e.message().to_string()), Ok(want.to_string()), "{spec:?}");
    }
    let errors = [
        (int(6), ".2", "Precision not allowed in integer format specifier"),
        (int(6), "s", "Unknown format code 's' for object of type 'int'"),
        (2.5, "d", "Unknown format code 'd' for object of type 'float'"),
    ];
    for (x, spec, want) in errors {
        let err = num_format(x, spec).expect_err(spec);
        assert_eq!(crate::test_support::exc_text(&err), format!("ValueError: {want}"));
    }
}

#[test]
fn format_export_makes_a_str_or_raises() {
    let spec = crate::str_object::new_str(".2f");
    // SAFETY: `spec` is a live str.
    let res = unsafe { tp_num_format(int(6), spec) };
    assert_eq!(res.err, 0);
    assert_eq!(text(res.val as i64), "6.00");
    decref(res.val);
    decref(spec);
    let spec = crate::str_object::new_str("d");
    // SAFETY: as above.
    let res = unsafe { tp_num_format(2.5, spec) };
    assert_eq!(res.err, 1);
    assert_eq!(pending_error(), "ValueError: Unknown format code 'd' for object of type 'float'");
    decref(spec);
}

#[test]
fn num_slots_read_as_what_they_hold() {
    assert_eq!(Value::from_slot(SlotKind::Num, int(6).to_bits() as i64), Value::Int(6));
    assert_eq!(Value::from_slot(SlotKind::Num, int(num::INT_MIN).to_bits() as i64), Value::Int(num::INT_MIN));
    assert_eq!(Value::from_slot(SlotKind::Num, 6.0f64.to_bits() as i64), Value::Float(6.0));
    let nan = Value::from_slot(SlotKind::Num, f64::NAN.to_bits() as i64);
    assert!(matches!(nan, Value::Float(x) if x.is_nan()));
}

#[test]
fn num_slots_hash_compare_and_print_as_python_numbers() {
    use crate::hash::tp_hash_slot;
    use crate::slot_ops::{repr_into, values_eq};
    let kind = SlotKind::Num as i64;
    let six = int(6).to_bits() as i64;
    let six_float = 6.0f64.to_bits() as i64;
    // hash(6) == hash(6.0) == 6; hash(2**50 - 1) == hash(float(2**50 - 1)).
    // SAFETY: scalar slots.
    unsafe {
        assert_eq!(tp_hash_slot(kind, six).val, 6);
        assert_eq!(tp_hash_slot(kind, six_float).val, 6);
        assert_eq!(tp_hash_slot(SlotKind::Int as i64, 6).val, 6);
        assert_eq!(tp_hash_slot(kind, int(-1).to_bits() as i64).val, -2);
        let max = int(num::INT_MAX).to_bits() as i64;
        let max_float = (num::INT_MAX as f64).to_bits() as i64;
        assert_eq!(tp_hash_slot(kind, max).val, tp_hash_slot(kind, max_float).val);
        assert!(values_eq(Value::from_slot(SlotKind::Num, six), Value::from_slot(SlotKind::Num, six_float)));
        let mut out = String::new();
        repr_into(&mut out, Value::from_slot(SlotKind::Num, six));
        out.push(' ');
        repr_into(&mut out, Value::from_slot(SlotKind::Num, six_float));
        assert_eq!(out, "6 6.0");
    }
}

/// Containers keep a num's bits: a tuple field or list element read back is
/// the same num, not its int or float re-encoded.
#[test]
fn containers_keep_num_bits() {
    use crate::tuple_ops::Tuple;
    let six = int(6).to_bits() as i64;
    let tuple = Tuple::from_fields(&[(SlotKind::Num, six), (SlotKind::Num, 2.5f64.to_bits() as i64)]).expect("tuple");
    assert_eq!(tuple.get_item(0).map_err(|e| e.message().to_string()), Ok((SlotKind::Num, six)));
    assert_eq!(tuple.field(1), (SlotKind::Num, 2.5f64.to_bits() as i64));
    let list = tuple.to_list(SlotKind::Num);
    assert_eq!(list.to_vec(), vec![six, 2.5f64.to_bits() as i64]);
    // SAFETY: both are live objects made here.
    unsafe {
        let mut out = String::new();
        crate::slot_ops::repr_into(&mut out, Value::Obj(tuple.as_obj()));
        assert_eq!(out, "(6, 2.5)");
        decref(tuple.as_obj());
        decref(list.as_obj());
    }
}

/// `sorted([3, 1.5, -2, 2.0, 2])` is `[-2, 1.5, 2.0, 2, 3]` in python3: by
/// value, equal values in their original order.
#[test]
fn num_lists_sort_by_value_stably() {
    use crate::list_ops::List;
    let items = [int(3), 1.5, int(-2), 2.0, int(2)].map(|x| x.to_bits() as i64);
    let list = List::from_items(SlotKind::Num, &items);
    assert!(list.sort(None, false).is_ok());
    let want = [int(-2), 1.5, 2.0, int(2), int(3)].map(|x| x.to_bits() as i64);
    assert_eq!(list.to_vec(), want);
    // With a NaN, the generic comparison path: NaN compares false, so stays put.
    let with_nan = List::from_items(SlotKind::Num, &[int(2), f64::NAN, int(1)].map(|x| x.to_bits() as i64));
    assert!(with_nan.sort(None, false).is_ok());
    assert_eq!(with_nan.get(0), int(2).to_bits() as i64);
    decref(list.as_obj());
    decref(with_nan.as_obj());
}

/// `list(accumulate([1, 2, 0.5, 3]))` is `[1, 3, 3.5, 6.5]`;
/// `accumulate([2**49, 2**49])` reaches `2**50`, past the num range.
#[test]
fn accumulate_of_nums_adds_as_nums() {
    use crate::itertools_ops::tp_itertools_accumulate;
    use crate::list_ops::List;
    let xs = List::from_items(SlotKind::Num, &[int(1), int(2), 0.5, int(3)].map(|x| x.to_bits() as i64));
    // SAFETY: `xs` is a live list.
    let res = unsafe { tp_itertools_accumulate(xs.as_obj()) };
    assert_eq!(res.err, 0);
    // SAFETY: the result is a live list.
    let sums = unsafe { List::from_obj(res.val) };
    assert_eq!(sums.kind(), SlotKind::Num);
    assert_eq!(sums.to_vec(), [int(1), int(3), 3.5, 6.5].map(|x| x.to_bits() as i64));
    decref(res.val);
    decref(xs.as_obj());
    let big = List::from_items(SlotKind::Num, &[int(1 << 49), int(1 << 49)].map(|x| x.to_bits() as i64));
    // SAFETY: `big` is a live list.
    let res = unsafe { tp_itertools_accumulate(big.as_obj()) };
    assert_eq!(res.err, 1);
    assert!(pending_error().starts_with("OverflowError: taipan: an int stored where a float"));
    decref(big.as_obj());
}

/// `d.get(k)` of a dict with num values boxes the num: its type code and
/// truth are those of the int or float it holds.
#[test]
fn boxed_nums_are_their_int_or_float() {
    use crate::dict_ops::Dict;
    use crate::optional_box::tp_dict_get_boxed;
    use crate::union_ops::{tp_truth_obj, tp_type_code};
    use taipan_abi::type_code;
    let dict = Dict::new(SlotKind::Int, SlotKind::Num);
    for (key, value) in [(0, int(0)), (1, int(6)), (2, 0.0), (3, 2.5)] {
        dict.set_item(key, value.to_bits() as i64);
    }
    let expected = [(type_code::INT, 0), (type_code::INT, 1), (type_code::FLOAT, 0), (type_code::FLOAT, 1)];
    for (key, want) in expected.into_iter().enumerate() {
        // SAFETY: `dict` is live; the box is released below.
        unsafe {
            let boxed = tp_dict_get_boxed(dict.as_obj(), key as i64);
            assert_eq!((tp_type_code(boxed), tp_truth_obj(boxed).val), want, "key {key}");
            let mut out = String::new();
            crate::slot_ops::repr_into(&mut out, Value::Obj(boxed));
            assert_eq!(out, ["0", "6", "0.0", "2.5"][key]);
            decref(boxed);
        }
    }
    decref(dict.as_obj());
}

/// A Python float with an int num's bits (`struct.unpack` can make one)
/// crosses into a num place as a NaN, not as an int.
#[test]
fn tagged_python_floats_become_nans() {
    use crate::ext_convert::untagged_float;
    let tagged = f64::from_bits(num::from_int(6).expect("in range"));
    assert!(untagged_float(tagged).is_nan());
    assert!(!num::is_int(untagged_float(tagged).to_bits()));
    assert_eq!(untagged_float(2.5), 2.5);
    assert_eq!(untagged_float(-0.0).to_bits(), (-0.0f64).to_bits());
}
