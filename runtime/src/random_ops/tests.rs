//! The generator against values printed by CPython 3.11
//! (`random.seed(s); [random.getrandbits(32) for _ in range(3)], random.random()`).

use super::*;
use crate::exceptions::Exc;

fn first_draws(seed: i64) -> (Vec<u32>, f64) {
    let mut s = RandomState::seeded(&seed_key(seed));
    ((0..3).map(|_| s.mt.next_u32()).collect(), s.random())
}

#[test]
fn seeded_draws_match_cpython() {
    assert_eq!(first_draws(0), (vec![3626764237, 1654615998, 3255389356], 0.890243920837131));
    assert_eq!(first_draws(42), (vec![2746317213, 478163327, 107420369], 0.7415504997598329));
    // abs(seed): negative seeds draw what their absolute value draws.
    assert_eq!(first_draws(-42), first_draws(42));
    assert_eq!(first_draws(1 << 32), (vec![485306839, 1508871100, 1794561286], 0.9347212762883035));
    assert_eq!(first_draws(i64::MIN), (vec![2377109768, 1691753470, 4039908392], 0.20933427096899082));
}

#[test]
fn randrange_errors_have_cpython_messages() {
    let message = |r: Result<i64, Exc>| match r {
        Err(Exc::Built(_, m)) => m,
        other => panic!("expected an error, got {other:?}"),
    };
    let mut s = RandomState::seeded(&seed_key(1));
    assert_eq!(message(s.randrange(5, 5, 1)), "empty range for randrange() (5, 5, 0)");
    assert_eq!(message(s.randint(5, 1)), "empty range for randrange() (5, 2, -3)");
    assert_eq!(message(s.randrange(0, 10, 0)), "zero step for randrange()");
    assert_eq!(message(s.randrange_stop(0)), "empty range for randrange()");
}

#[test]
fn the_widest_randint_stays_in_range() {
    let mut s = RandomState::seeded(&seed_key(7));
    for _ in 0..100 {
        s.randint(i64::MIN, i64::MAX).unwrap();
    }
    assert!(s.randrange(-10, 10, 3).is_ok_and(|x| (-10..10).contains(&x) && (x + 10) % 3 == 0));
}

#[test]
fn random_objects_draw_independently_of_the_module() {
    // SAFETY: the objects are live until their last reference is dropped.
    unsafe {
        let before = crate::object::live_objects();
        let (a, b) = (tp_random_new(42), tp_random_new(42));
        tp_random_seed(std::ptr::null_mut(), 42);
        let first = tp_random_random(a);
        assert_eq!(first, 0.6394267984578837);
        // The module's generator and `b` have not moved.
        assert_eq!(tp_random_random(std::ptr::null_mut()), first);
        assert_eq!(tp_random_random(b), first);
        tp_random_seed(a, 42);
        assert_eq!(tp_random_random(a), first);
        crate::object::tp_decref(a);
        crate::object::tp_decref(b);
        assert_eq!(crate::object::live_objects(), before, "both generators were freed");
    }
}
