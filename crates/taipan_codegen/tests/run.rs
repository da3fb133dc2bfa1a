//! End to end: hand-built IR → object → linked with the runtime → run, checking
//! what the program prints and how it exits.

mod common;

use common::programs;
use common::runner::check;

#[test]
fn fib() {
    check(programs::fib());
}

#[test]
fn fib_32() {
    let mut program = programs::fib();
    program.name = "fib_32";
    program.module = programs::fib_module(32);
    program.stdout = "2178309\n".to_string();
    check(program);
}

#[test]
fn int_ops() {
    check(programs::int_ops());
}

#[test]
fn int_errors() {
    for program in programs::int_errors() {
        check(program);
    }
}

#[test]
fn float_ops() {
    check(programs::float_ops());
}

#[test]
fn float_div_by_zero() {
    check(programs::float_div_by_zero());
}

#[test]
fn print_each_type() {
    check(programs::print_each_type());
}

#[test]
fn globals() {
    check(programs::globals());
}

#[test]
fn error_through_three_calls() {
    check(programs::error_through_three_calls());
}

#[test]
fn recursion_limit() {
    check(programs::recursion_limit());
}

#[test]
fn entry_block_loop_and_assert() {
    check(programs::entry_block_loop_and_assert());
}

#[test]
fn runtime_calls() {
    check(programs::runtime_calls());
}
