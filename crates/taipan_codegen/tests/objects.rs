//! End to end with objects: lists, tuples and reference counting, built from
//! hand-written IR, linked with the runtime and run; each program checks with
//! the runtime's live-object counter that it released what it made.

mod common;

use common::object_programs;
use common::runner::check;

#[test]
fn lists() {
    check(object_programs::lists());
}

#[test]
fn list_index_error() {
    check(object_programs::list_index_error());
}

#[test]
fn list_assignment_index_error() {
    check(object_programs::list_assignment_index_error());
}

#[test]
fn tuples() {
    check(object_programs::tuples());
}

#[test]
fn refcount_loop_runs_in_constant_memory() {
    check(object_programs::refcount_loop());
}

#[test]
fn calls_and_errors_release_locals() {
    check(object_programs::calls_and_errors_release_locals());
}

#[test]
fn owned_params() {
    check(object_programs::owned_params());
}

#[test]
fn slot_calls() {
    check(object_programs::slot_calls());
}
