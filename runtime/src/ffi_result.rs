//! The return values of runtime functions that can raise.
//!
//! Per the calling convention in `taipan_abi::RuntimeFn`, a raising function
//! returns `(value, err)`: `err != 0` means an exception is pending and `value` is
//! meaningless. As `#[repr(C)]` structs these come back in two registers
//! (`rax:rdx` for an int or pointer, `xmm0:rax` for a float), which is what
//! codegen reads.

use taipan_abi::ErrCode;

use crate::exceptions::{self, Exc};

/// `(i64 value, err)`; also the result of functions returning an `AbiType::Slot`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct I64Result {
    pub val: i64,
    pub err: u8,
}

/// `(f64 value, err)`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct F64Result {
    pub val: f64,
    pub err: u8,
}

/// `(object pointer, err)`: a new reference, or null with `err = 1`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PtrResult {
    pub val: *mut u8,
    pub err: u8,
}

/// Just `err`, for raising functions that return nothing.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ErrFlag(pub u8);

/// Raises `exc` and returns the error flag.
fn raised(exc: Exc) -> u8 {
    exceptions::raise_exc(exc);
    1
}

impl From<Result<i64, ErrCode>> for I64Result {
    /// `Err(code)` sets the pending exception to `code`.
    fn from(res: Result<i64, ErrCode>) -> Self {
        I64Result::from(res.map_err(Exc::Code))
    }
}

impl From<Result<i64, Exc>> for I64Result {
    /// `Err(exc)` sets the pending exception to `exc`.
    fn from(res: Result<i64, Exc>) -> Self {
        match res {
            Ok(val) => I64Result { val, err: 0 },
            Err(exc) => I64Result { val: 0, err: raised(exc) },
        }
    }
}

impl From<Result<f64, ErrCode>> for F64Result {
    /// `Err(code)` sets the pending exception to `code`.
    fn from(res: Result<f64, ErrCode>) -> Self {
        F64Result::from(res.map_err(Exc::Code))
    }
}

impl From<Result<f64, Exc>> for F64Result {
    /// `Err(exc)` sets the pending exception to `exc`.
    fn from(res: Result<f64, Exc>) -> Self {
        match res {
            Ok(val) => F64Result { val, err: 0 },
            Err(exc) => F64Result { val: 0.0, err: raised(exc) },
        }
    }
}

impl From<Result<*mut u8, Exc>> for PtrResult {
    /// `Err(exc)` sets the pending exception to `exc`.
    fn from(res: Result<*mut u8, Exc>) -> Self {
        match res {
            Ok(val) => PtrResult { val, err: 0 },
            Err(exc) => PtrResult { val: std::ptr::null_mut(), err: raised(exc) },
        }
    }
}

impl From<Result<(), Exc>> for ErrFlag {
    /// `Err(exc)` sets the pending exception to `exc`.
    fn from(res: Result<(), Exc>) -> Self {
        match res {
            Ok(()) => ErrFlag(0),
            Err(exc) => ErrFlag(raised(exc)),
        }
    }
}
