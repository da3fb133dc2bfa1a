//! The return values of runtime functions that can raise.
//!
//! Per the calling convention in `taipan_abi::RuntimeFn`, a raising function
//! returns `(value, err)`: `err != 0` means an exception is pending and `value` is
//! meaningless. As `#[repr(C)]` structs these come back in two registers
//! (`rax:rdx` for an int, `xmm0:rax` for a float), which is what codegen reads.

use taipan_abi::ErrCode;

use crate::exceptions;

/// `(i64 value, err)`.
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

impl From<Result<i64, ErrCode>> for I64Result {
    /// `Err(code)` sets the pending exception to `code`.
    fn from(res: Result<i64, ErrCode>) -> Self {
        match res {
            Ok(val) => I64Result { val, err: 0 },
            Err(code) => {
                exceptions::raise_code(code);
                I64Result { val: 0, err: 1 }
            }
        }
    }
}

impl From<Result<f64, ErrCode>> for F64Result {
    /// `Err(code)` sets the pending exception to `code`.
    fn from(res: Result<f64, ErrCode>) -> Self {
        match res {
            Ok(val) => F64Result { val, err: 0 },
            Err(code) => {
                exceptions::raise_code(code);
                F64Result { val: 0.0, err: 1 }
            }
        }
    }
}
