//! `fsum`, `prod` and `dist` against values printed by CPython 3.11.

use super::*;

fn floats(xs: &[f64]) -> List {
    List::from_items(SlotKind::Float, &xs.iter().map(|x| x.to_bits() as i64).collect::<Vec<_>>())
}

#[test]
fn fsum_is_exactly_rounded() {
    assert_eq!(fsum(&[0.1; 10]).ok(), Some(1.0));
    assert_eq!(fsum(&[1e-16, 1.0, 1e16]).ok(), Some(1.0000000000000002e16));
    assert_eq!(fsum(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]).ok(), Some(1e-100));
    assert_eq!(fsum(&[]).ok(), Some(0.0));
    assert!(fsum(&[f64::NAN, 1.0]).is_ok_and(f64::is_nan));
    assert_eq!(fsum(&[f64::INFINITY, 1.0]).ok(), Some(f64::INFINITY));
}

#[test]
fn fsum_errors_have_cpython_messages() {
    let message = |r: Result<f64, Exc>| match r {
        Err(Exc::Built(kind, m)) => format!("{kind:?}: {m}"),
        other => panic!("expected an error, got {other:?}"),
    };
    assert_eq!(message(fsum(&[1e308, 1e308])), "OverflowError: intermediate overflow in fsum");
    assert_eq!(message(fsum(&[f64::INFINITY, f64::NEG_INFINITY])), "ValueError: -inf + inf in fsum");
}

#[test]
fn fsum_state_round_trips_through_a_list() {
    // SAFETY: a fresh list, alive until the decref below.
    let state = unsafe { List::from_obj(tp_math_fsum_state()) };
    let mut expected = Fsum::default();
    for x in [0.1, 1e16, -3.5, 1e-20] {
        expected.add(x).unwrap();
        let mut loaded = Fsum::load(state);
        loaded.add(x).unwrap();
        loaded.store(state);
    }
    assert_eq!(Fsum::load(state).result().ok(), expected.result().ok());
    // SAFETY: the state list is a live object this test owns.
    unsafe { crate::object::tp_decref(state.as_obj()) };
}

#[test]
fn prod_and_dist() {
    let ints = List::from_items(SlotKind::Int, &[2, 3, 7]);
    assert_eq!(prod_int(ints, 2).ok(), Some(84));
    assert!(prod_int(List::from_items(SlotKind::Int, &[1 << 62, 4]), 1).is_err());
    assert_eq!(prod_float(floats(&[0.1; 10]), 1.0), 1.0000000000000006e-10);
    assert_eq!(dist(&[1.5, 2.5, 3.5], &[0.0; 3]).ok(), Some(4.55521678957215));
    assert_eq!(dist(&[1e-320, 0.0], &[0.0, 3e-320]).ok(), Some(3.162e-320));
}
