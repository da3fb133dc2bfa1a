//! Checks that the runtime exports every `RuntimeFn` of the contract, under its
//! symbol, with a Rust signature matching `RuntimeFn::sig()`.
//!
//! Each entry casts an exported function to a function pointer type, so a
//! missing or renamed function fails to compile, and the pointer's parameter
//! and return types are mapped back to `AbiType`s and compared with the contract.

use taipan_abi::{AbiType, RuntimeFn, RuntimeSig};

use crate::exceptions::*;
use crate::ffi_result::{ErrFlag, F64Result, I64Result, PtrResult};
use crate::float_ops::*;
use crate::int_ops::*;
use crate::main::*;
use crate::math_ops::*;
use crate::hash::*;
use crate::object::*;
use crate::output::*;
use crate::slot_ops::*;

/// The ABI type of a parameter.
trait AbiParam {
    const TYPE: AbiType;
}

/// The ABI result of a return type: `(ret, can_raise)`.
trait AbiReturn {
    const RET: (Option<AbiType>, bool);
}

macro_rules! abi_params {
    ($($rust:ty => $abi:ident),* $(,)?) => {
        $(impl AbiParam for $rust { const TYPE: AbiType = AbiType::$abi; })*
    };
}

abi_params! {
    u8 => I8,
    u32 => I32,
    i64 => I64,
    f64 => F64,
    *const u8 => Ptr,
    *mut u8 => Ptr,
    Option<ModuleBody> => Ptr,
}

macro_rules! abi_returns {
    ($($rust:ty => ($ret:expr, $raises:expr)),* $(,)?) => {
        $(impl AbiReturn for $rust { const RET: (Option<AbiType>, bool) = ($ret, $raises); })*
    };
}

abi_returns! {
    () => (None, false),
    u8 => (Some(AbiType::I8), false),
    i32 => (Some(AbiType::I32), false),
    i64 => (Some(AbiType::I64), false),
    f64 => (Some(AbiType::F64), false),
    I64Result => (Some(AbiType::I64), true),
    F64Result => (Some(AbiType::F64), true),
    PtrResult => (Some(AbiType::Ptr), true),
    *mut u8 => (Some(AbiType::Ptr), false),
    ErrFlag => (None, true),
}

/// A signature read off a Rust function pointer type: `(params, ret, can_raise)`.
type FoundSig = (Vec<AbiType>, Option<AbiType>, bool);

/// The contract signature a Rust function pointer type implements.
trait ExportedSig {
    fn sig() -> FoundSig;
}

macro_rules! exported_sig_for_arity {
    ($($param:ident),*) => {
        impl<$($param: AbiParam,)* R: AbiReturn> ExportedSig for extern "C" fn($($param),*) -> R {
            fn sig() -> FoundSig {
                (vec![$($param::TYPE),*], R::RET.0, R::RET.1)
            }
        }
        impl<$($param: AbiParam,)* R: AbiReturn> ExportedSig for unsafe extern "C" fn($($param),*) -> R {
            fn sig() -> FoundSig {
                (vec![$($param::TYPE),*], R::RET.0, R::RET.1)
            }
        }
    };
}

exported_sig_for_arity!();
exported_sig_for_arity!(A);
exported_sig_for_arity!(A, B);
exported_sig_for_arity!(A, B, C);
exported_sig_for_arity!(A, B, C, D);
exported_sig_for_arity!(A, B, C, D, E);
exported_sig_for_arity!(A, B, C, D, E, F);

fn sig_of<F: ExportedSig>(_: F) -> FoundSig {
    F::sig()
}

/// `(symbol, signature)` of every exported function. `unsafe` marks functions
/// taking pointers; `_` per parameter gives the arity.
macro_rules! exports {
    ($($(#[$unsafe:ident])? $name:ident($($p:tt),*);)*) => {
        vec![$((stringify!($name), exports!(@cast $(#[$unsafe])? $name($($p),*)))),*]
    };
    (@cast #[unsafe_fn] $name:ident($($p:tt),*)) => {
        sig_of($name as unsafe extern "C" fn($($p),*) -> _)
    };
    (@cast $name:ident($($p:tt),*)) => {
        sig_of($name as extern "C" fn($($p),*) -> _)
    };
}

fn exported() -> Vec<(&'static str, FoundSig)> {
    exports! {
        #[unsafe_fn] tp_main(_, _);
        tp_raise_code(_);
        #[unsafe_fn] tp_raise(_, _);
        #[unsafe_fn] tp_traceback_add(_, _);
        tp_write_int(_);
        tp_write_float(_);
        tp_write_bool(_);
        tp_write_none();
        #[unsafe_fn] tp_write_str(_);
        tp_flush();
        #[unsafe_fn] tp_incref(_);
        #[unsafe_fn] tp_decref(_);
        #[unsafe_fn] tp_dealloc(_);
        tp_live_objects();
        #[unsafe_fn] tp_repr_slot(_, _);
        #[unsafe_fn] tp_str_slot(_, _);
        #[unsafe_fn] tp_eq_slot(_, _, _);
        #[unsafe_fn] tp_compare_slot(_, _, _, _);
        #[unsafe_fn] tp_hash_slot(_, _);
        tp_int_pow(_, _);
        tp_int_truediv(_, _);
        tp_int_lshift(_, _);
        tp_int_rshift(_, _);
        tp_int_float_cmp(_, _);
        tp_int_round_ndigits(_, _);
        tp_float_floordiv(_, _);
        tp_float_mod(_, _);
        tp_float_pow(_, _);
        tp_float_to_int(_);
        tp_float_round(_);
        tp_float_round_ndigits(_, _);
        tp_math_sqrt(_);
        tp_math_exp(_);
        tp_math_log(_);
        tp_math_log_base(_, _);
        tp_math_log2(_);
        tp_math_log10(_);
        tp_math_sin(_);
        tp_math_cos(_);
        tp_math_tan(_);
        tp_math_asin(_);
        tp_math_acos(_);
        tp_math_atan(_);
        tp_math_sinh(_);
        tp_math_cosh(_);
        tp_math_tanh(_);
        tp_math_atan2(_, _);
        tp_math_hypot(_, _);
        tp_math_pow(_, _);
        tp_math_fmod(_, _);
        tp_math_copysign(_, _);
        tp_math_degrees(_);
        tp_math_radians(_);
        tp_math_floor(_);
        tp_math_ceil(_);
        tp_math_trunc(_);
        tp_math_isqrt(_);
        tp_math_gcd(_, _);
        tp_math_isclose(_, _, _, _);
        tp_math_isnan(_);
        tp_math_isinf(_);
        tp_math_isfinite(_);
    }
}

#[test]
fn every_runtime_fn_is_exported_with_the_contract_signature() {
    let exported = exported();
    for &func in RuntimeFn::ALL {
        let symbol = func.symbol();
        let Some((_, (params, ret, can_raise))) = exported.iter().find(|(name, _)| *name == symbol)
        else {
            panic!("runtime does not export `{symbol}` ({func:?})");
        };
        let RuntimeSig { params: want_params, ret: want_ret, can_raise: want_raise } = func.sig();
        // A slot is an `i64` in Rust: compare at the machine level.
        let machine = |ty: AbiType| if ty == AbiType::Slot { AbiType::I64 } else { ty };
        let want_params: Vec<AbiType> = want_params.iter().copied().map(machine).collect();
        let want_ret = want_ret.map(machine);
        assert_eq!(
            (params.as_slice(), *ret, *can_raise),
            (want_params.as_slice(), want_ret, want_raise),
            "signature of `{symbol}`"
        );
    }
    // And nothing is exported that the contract does not know.
    for (name, _) in &exported {
        assert!(RuntimeFn::ALL.iter().any(|f| f.symbol() == *name), "`{name}` is not in RuntimeFn");
    }
}

#[test]
fn frame_depth_symbol_matches_the_contract() {
    // Taking the address compiles only if the static exists under this name.
    let _address = std::ptr::addr_of!(tp_frame_depth);
    assert_eq!(stringify!(tp_frame_depth), taipan_abi::FRAME_DEPTH_SYMBOL);
}
