//! taipan's runtime: the functions compiled programs call (`taipan_abi::RuntimeFn`),
//! the pending exception, buffered stdout, the program entry `tp_main`, the
//! entry of a CPython extension module (`ext_module`, `tp_ext_init`) and of an
//! interpreter with compiled modules built in (`interpreter`, `tp_python_main`).
//!
//! Architecture invariant: the runtime knows nothing of the compiler. Its only
//! in-repo dependency is `taipan_abi`, which names every exported symbol, its
//! signature, the error codes and the object layouts.
//!
//! Each module mirrors one op group of the compiler (`int_ops`, `float_ops`,
//! `math_ops`, ...). The arithmetic lives in plain Rust functions returning
//! `Result<_, ErrCode>` so it can be unit-tested; the `extern "C"` wrappers only
//! convert that into the FFI return structs of [`ffi_result`].
//!
//! No function here may panic: a panic unwinding out of an `extern "C"` function
//! aborts the program, so every input must be handled.

#![warn(unsafe_op_in_unsafe_fn)]
// `main.rs` holds `tp_main`, the program entry (named like the other op-group
// modules); the crate has no binary target (`autobins = false` in Cargo.toml).
#![allow(special_module_name)]

pub mod cpython_api;
pub mod deque_ops;
pub mod dict_ops;
pub mod exception_classes;
pub mod exception_object;
pub mod exceptions;
pub mod ext_convert;
pub mod ext_copy;
pub mod ext_keywords;
pub mod ext_module;
pub mod ffi_result;
pub mod float_ops;
pub mod float_repr;
pub mod format;
pub mod format_float;
pub mod format_number;
pub mod format_spec;
pub mod generator;
pub mod hash;
pub mod input;
pub mod instance;
pub mod instance_callbacks;
pub mod int_builtins;
pub mod int_ops;
pub mod interpreter;
pub mod itertools_ops;
pub mod list_ops;
pub mod main;
pub mod math_ops;
pub mod num_ops;
pub mod object;
pub mod optional_box;
pub mod output;
pub mod parse_number;
pub mod random_ops;
pub mod range_ops;
pub mod set_ops;
pub mod slice;
pub mod slot_ops;
pub mod str_case;
pub mod str_object;
pub mod str_ops;
pub mod str_pad;
pub mod str_predicates;
pub mod str_repr;
pub mod str_search;
pub mod str_split;
pub mod str_strip;
pub mod sys_argv;
pub mod system_exit;
pub mod time_ops;
pub mod traceback;
pub mod tuple_ops;
pub mod iterable_ops;
pub mod type_of;
pub mod union_ops;
pub mod unicode;
mod unicode_tables;

#[cfg(test)]
mod cpython_oracle;
#[cfg(test)]
mod exports;
#[cfg(test)]
mod test_support;
