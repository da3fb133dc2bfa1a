//! Exact constant folding. A fold returns `None` whenever the operation could
//! raise or its result is not certain to match CPython bit for bit; the
//! operation is then left to run time, which raises the right error.

use crate::hir::{BinOp, CmpOp, Const, Conversion, UnaryOp};

/// 2**53: integers up to this magnitude convert to `float` exactly.
const EXACT_FLOAT_INT: i64 = 1 << 53;

/// Python truthiness of a constant.
pub(crate) fn truthy(c: &Const) -> bool {
    match c {
        Const::Int(i) => *i != 0,
        Const::Float(f) => *f != 0.0,
        Const::Bool(b) => *b,
        Const::None => false,
        Const::Str(s) => !s.is_empty(),
    }
}

pub(crate) fn unary(op: UnaryOp, c: &Const) -> Option<Const> {
    match (op, c) {
        (UnaryOp::Neg, Const::Int(i)) => i.checked_neg().map(Const::Int),
        (UnaryOp::Neg, Const::Float(f)) => Some(Const::Float(-f)),
        (UnaryOp::Invert, Const::Int(i)) => Some(Const::Int(!i)),
        (UnaryOp::Not, c) => Some(Const::Bool(!truthy(c))),
        _ => None,
    }
}

pub(crate) fn convert(conv: Conversion, c: &Const) -> Option<Const> {
    match (conv, c) {
        // `as` rounds to nearest, ties to even, as CPython's int → float does.
        (Conversion::IntToFloat, Const::Int(i)) => Some(Const::Float(*i as f64)),
        (Conversion::BoolToInt, Const::Bool(b)) => Some(Const::Int(*b as i64)),
        (Conversion::FloatToInt, Const::Float(f)) => float_to_int(*f).map(Const::Int),
        (Conversion::Truth, c) => Some(Const::Bool(truthy(c))),
        _ => None,
    }
}

/// `int(f)` when it cannot raise.
pub(crate) fn float_to_int(f: f64) -> Option<i64> {
    let t = f.trunc();
    // -2**63 <= t < 2**63 (NaN and infinities fail both comparisons).
    (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t).then_some(t as i64)
}

/// `float(i)` when the conversion is exact.
pub(crate) fn exact_float(i: i64) -> Option<f64> {
    (-EXACT_FLOAT_INT..=EXACT_FLOAT_INT).contains(&i).then_some(i as f64)
}

pub(crate) fn binary(op: BinOp, a: &Const, b: &Const) -> Option<Const> {
    match (a, b) {
        (Const::Int(a), Const::Int(b)) => int_binary(op, *a, *b),
        (Const::Float(a), Const::Float(b)) => float_binary(op, *a, *b).map(Const::Float),
        // An int kept where a float is declared (`num_places.rs`) with a
        // float: the float operation, as CPython mixes them.
        (Const::Float(a), Const::Int(b)) => float_binary(op, *a, exact_float(*b)?).map(Const::Float),
        (Const::Int(a), Const::Float(b)) => float_binary(op, exact_float(*a)?, *b).map(Const::Float),
        (Const::Bool(a), Const::Bool(b)) => match op {
            BinOp::BitAnd => Some(Const::Bool(a & b)),
            BinOp::BitOr => Some(Const::Bool(a | b)),
            BinOp::BitXor => Some(Const::Bool(a ^ b)),
            _ => None,
        },
        _ => None,
    }
}

fn int_binary(op: BinOp, a: i64, b: i64) -> Option<Const> {
    let int = match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => floor_div(a, b)?,
        BinOp::Mod => floor_mod(a, b)?,
        BinOp::TrueDiv => {
            // Both operands exact as floats: IEEE division rounds correctly, as CPython does.
            if b == 0 {
                return None;
            }
            return Some(Const::Float(exact_float(a)? / exact_float(b)?));
        }
        BinOp::Pow => int_pow(a, b)?,
        BinOp::LShift => {
            if b < 0 {
                return None;
            }
            if a == 0 {
                0
            } else if b < 64 && (a << b) >> b == a {
                a << b
            } else {
                return None;
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        // `int` has no `@` (a TypeError, raised where it runs).
        BinOp::MatMul => return None,
    };
    Some(Const::Int(int))
}

/// Python's `a // b` for ints; `None` when it raises.
pub(crate) fn floor_div(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python's `a % b` for ints (the sign of `b`); `None` when it raises.
pub(crate) fn floor_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(0);
    }
    let r = a % b;
    Some(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// `a ** b` for a non-negative `b`, when it fits.
fn int_pow(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    match a {
        0 => Some(if b == 0 { 1 } else { 0 }),
        1 => Some(1),
        -1 => Some(if b % 2 == 0 { 1 } else { -1 }),
        _ => a.checked_pow(u32::try_from(b).ok()?),
    }
}

fn float_binary(op: BinOp, a: f64, b: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(a + b),
        BinOp::Sub => Some(a - b),
        BinOp::Mul => Some(a * b),
        BinOp::TrueDiv if b != 0.0 => Some(a / b),
        // Floor division, modulo and powers follow CPython's algorithms in the
        // runtime; folding them here would duplicate those rules.
        _ => None,
    }
}

/// The value of `a op b` for two constants, if it is certain.
pub(crate) fn compare(op: CmpOp, a: &Const, b: &Const) -> Option<bool> {
    use std::cmp::Ordering;
    if matches!(op, CmpOp::In | CmpOp::NotIn) {
        return match (a, b) {
            (Const::Str(x), Const::Str(y)) => Some(y.contains(x.as_str()) == (op == CmpOp::In)),
            _ => None,
        };
    }
    let ordering: Option<Ordering> = match (a, b) {
        (Const::Bool(x), _) => return compare(op, &Const::Int(*x as i64), b),
        (_, Const::Bool(y)) => return compare(op, a, &Const::Int(*y as i64)),
        (Const::Int(x), Const::Int(y)) => Some(x.cmp(y)),
        (Const::Float(x), Const::Float(y)) => x.partial_cmp(y),
        (Const::Int(x), Const::Float(y)) => exact_float(*x)?.partial_cmp(y),
        (Const::Float(x), Const::Int(y)) => x.partial_cmp(&exact_float(*y)?),
        (Const::Str(x), Const::Str(y)) => Some(x.as_str().cmp(y.as_str())),
        (Const::None, Const::None) => Some(Ordering::Equal),
        // Values of different kinds are never equal; ordering them raises.
        _ => {
            return match op {
                CmpOp::Eq => Some(false),
                CmpOp::Ne => Some(true),
                _ => None,
            }
        }
    };
    if matches!((a, b), (Const::None, Const::None)) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    Some(match ordering {
        // NaN: every comparison is false except `!=`.
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            CmpOp::In | CmpOp::NotIn => return None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_division_follows_python() {
        assert_eq!(floor_div(-7, 2), Some(-4));
        assert_eq!(floor_div(7, -2), Some(-4));
        assert_eq!(floor_div(i64::MIN, -1), None);
        assert_eq!(floor_div(1, 0), None);
        assert_eq!(floor_mod(-7, 2), Some(1));
        assert_eq!(floor_mod(7, -2), Some(-1));
        assert_eq!(floor_mod(i64::MIN, -1), Some(0));
        assert_eq!(floor_mod(5, 0), None);
    }

    #[test]
    fn overflow_and_errors_are_not_folded() {
        assert_eq!(binary(BinOp::Add, &Const::Int(i64::MAX), &Const::Int(1)), None);
        assert_eq!(binary(BinOp::Pow, &Const::Int(2), &Const::Int(63)), None);
        assert_eq!(binary(BinOp::Pow, &Const::Int(2), &Const::Int(62)), Some(Const::Int(1 << 62)));
        assert_eq!(binary(BinOp::Pow, &Const::Int(-1), &Const::Int(1 << 40)), Some(Const::Int(1)));
        assert_eq!(binary(BinOp::LShift, &Const::Int(1), &Const::Int(63)), None);
        assert_eq!(binary(BinOp::LShift, &Const::Int(-1), &Const::Int(63)), Some(Const::Int(i64::MIN)));
        assert_eq!(binary(BinOp::RShift, &Const::Int(-5), &Const::Int(100)), Some(Const::Int(-1)));
        assert_eq!(binary(BinOp::TrueDiv, &Const::Int(1), &Const::Int(0)), None);
        assert_eq!(binary(BinOp::TrueDiv, &Const::Int(1), &Const::Int(4)), Some(Const::Float(0.25)));
        assert_eq!(binary(BinOp::TrueDiv, &Const::Int(i64::MAX), &Const::Int(3)), None);
        assert_eq!(binary(BinOp::FloorDiv, &Const::Float(1.0), &Const::Float(3.0)), None);
        assert_eq!(unary(UnaryOp::Neg, &Const::Int(i64::MIN)), None);
    }

    #[test]
    fn comparisons_are_exact() {
        assert_eq!(compare(CmpOp::Eq, &Const::Int(1), &Const::Float(1.0)), Some(true));
        assert_eq!(compare(CmpOp::Lt, &Const::Float(f64::NAN), &Const::Float(1.0)), Some(false));
        assert_eq!(compare(CmpOp::Ne, &Const::Float(f64::NAN), &Const::Float(f64::NAN)), Some(true));
        // 2**63 - 1 is not exact as a float: left to the runtime's exact comparison.
        assert_eq!(compare(CmpOp::Lt, &Const::Int(i64::MAX), &Const::Float(9.2e18)), None);
        assert_eq!(compare(CmpOp::Eq, &Const::Bool(true), &Const::Int(1)), Some(true));
        assert_eq!(compare(CmpOp::Eq, &Const::Str("__main__".into()), &Const::Str("__main__".into())), Some(true));
        assert_eq!(compare(CmpOp::Eq, &Const::Str("a".into()), &Const::Int(1)), Some(false));
        assert_eq!(compare(CmpOp::Lt, &Const::Str("a".into()), &Const::Int(1)), None);
    }

    #[test]
    fn float_to_int_rejects_what_raises() {
        assert_eq!(float_to_int(-2.7), Some(-2));
        assert_eq!(float_to_int(f64::NAN), None);
        assert_eq!(float_to_int(f64::INFINITY), None);
        assert_eq!(float_to_int(9.3e18), None);
        assert_eq!(float_to_int(-9_223_372_036_854_775_808.0), Some(i64::MIN));
    }
}
