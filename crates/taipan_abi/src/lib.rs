//! The contract between compiled code and the runtime: symbol names, signatures,
//! object layouts, exception kinds and fixed error messages.
//!
//! Architecture invariant: this crate is a leaf. Both the compiler (IR, codegen)
//! and the runtime depend on it, and nothing else is shared between them, so a
//! symbol or layout is defined here exactly once.

pub mod binding_messages;
mod exceptions;
pub mod extension;
mod layout;
pub mod num;
mod runtime_fns;
pub mod type_code;

pub use exceptions::{ErrCode, ExcKind};
pub use layout::*;
pub use runtime_fns::{AbiType, RuntimeFn, RuntimeSig, KEY_FN_SIG};

/// CPython's default recursion limit; counted over the frames of recursive functions.
pub const RECURSION_LIMIT: i64 = 1000;
