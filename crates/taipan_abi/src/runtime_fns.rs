//! Every runtime function compiled code may call: symbol, parameters, result, and
//! whether it can raise.
//!
//! Calling convention (SystemV, the platform's C ABI):
//! - A function that cannot raise takes `params` and returns `ret` (or nothing).
//! - A function that can raise returns two values, `(ret, err: I8)`, or just
//!   `err: I8` when `ret` is `None`. `err != 0` means a Python exception is
//!   pending in the runtime and `ret` is meaningless. In Rust that is a
//!   `#[repr(C)] struct { val: i64 | f64, err: u8 }` (rax:rdx / xmm0:rax),
//!   which is why a raising function never returns `I8` as its value.
//! Compiled user functions use the same convention among themselves.

/// A machine type in a runtime signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiType {
    I8,
    I32,
    I64,
    F64,
    /// A pointer: an object, a string, a function.
    Ptr,
    /// An 8-byte slot value whose `SlotKind` the compiler knows statically (an
    /// int, a float's bits, a bool, None or an object pointer; see `SlotKind`).
    /// At the machine level it is passed as an `I64`.
    Slot,
}

/// The signature of a runtime function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuntimeSig {
    pub params: &'static [AbiType],
    pub ret: Option<AbiType>,
    pub can_raise: bool,
}

macro_rules! runtime_fns {
    ($($(#[$doc:meta])* $name:ident = $sym:literal ($($p:ident),*) -> $ret:tt $(, $raises:ident)?;)*) => {
        /// A function exported by the runtime staticlib.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuntimeFn { $($(#[$doc])* $name),* }

        impl RuntimeFn {
            pub const ALL: &'static [RuntimeFn] = &[$(RuntimeFn::$name),*];

            /// The linker symbol.
            pub fn symbol(self) -> &'static str {
                match self { $(RuntimeFn::$name => $sym),* }
            }

            pub fn sig(self) -> RuntimeSig {
                match self {
                    $(RuntimeFn::$name => RuntimeSig {
                        params: &[$(AbiType::$p),*],
                        ret: runtime_fns!(@ret $ret),
                        can_raise: runtime_fns!(@raises $($raises)?),
                    }),*
                }
            }
        }
    };
    (@ret void) => { None };
    (@ret $t:ident) => { Some(AbiType::$t) };
    (@raises raises) => { true };
    (@raises) => { false };
}

runtime_fns! {
    // ---- program start and exceptions ----
    /// `tp_main(body: fn() -> I8, file: str) -> I32`: initialises the runtime, runs the
    /// module body, prints the traceback of an uncaught exception, flushes stdout and
    /// returns the process exit status.
    Main = "tp_main"(Ptr, Ptr) -> I32;
    /// Sets the pending exception to the fixed error `ErrCode` (I32).
    RaiseCode = "tp_raise_code"(I32) -> void;
    /// Sets the pending exception: `ExcKind` (I32) with a `str` message (null: none).
    Raise = "tp_raise"(I32, Ptr) -> void;
    /// Appends a traceback entry `(function name: str, line)` to the pending exception.
    TracebackAdd = "tp_traceback_add"(Ptr, I64) -> void;

    // ---- output (print) ----
    WriteInt = "tp_write_int"(I64) -> void;
    /// Writes CPython's `repr` of a float.
    WriteFloat = "tp_write_float"(F64) -> void;
    WriteBool = "tp_write_bool"(I8) -> void;
    WriteNone = "tp_write_none"() -> void;
    WriteStr = "tp_write_str"(Ptr) -> void;
    Flush = "tp_flush"() -> void;

    // ---- objects: reference counts, and operations on a slot of any kind ----
    // A `kind` argument is a `SlotKind` as an I64.
    /// Takes a reference (null and immortal objects are left alone).
    Incref = "tp_incref"(Ptr) -> void;
    /// Drops a reference, freeing the object when it was the last.
    Decref = "tp_decref"(Ptr) -> void;
    /// Frees an object whose count compiled code brought to zero (inlined decref).
    Dealloc = "tp_dealloc"(Ptr) -> void;
    /// The number of objects allocated and not yet freed (for leak tests).
    LiveObjects = "tp_live_objects"() -> I64;
    /// `repr(x)` of a slot `(kind, x)`, as a new str.
    ReprSlot = "tp_repr_slot"(I64, Slot) -> Ptr;
    /// `str(x)` of a slot `(kind, x)`, as a new str.
    StrSlot = "tp_str_slot"(I64, Slot) -> Ptr;
    /// `a == b` of two slots of the same kind: `(kind, a, b)`.
    EqSlot = "tp_eq_slot"(I64, Slot, Slot) -> I8;
    /// `a op b` of two slots `(kind, a, b, op)`, op 0 `<`, 1 `<=`, 2 `>`, 3 `>=`, as
    /// 0/1; raises `TypeError` for unorderable values.
    CompareSlot = "tp_compare_slot"(I64, Slot, Slot, I64) -> I64, raises;
    /// `hash(x)` of a slot `(kind, x)`; raises `TypeError: unhashable type: 'list'`.
    HashSlot = "tp_hash_slot"(I64, Slot) -> I64, raises;

    // ---- int ----
    /// `a ** b` for `b >= 0`; raises `IntOverflow`, or `NegativeIntPower` for `b < 0`.
    IntPow = "tp_int_pow"(I64, I64) -> I64, raises;
    /// `a / b`, correctly rounded like CPython; raises `DivisionByZero`.
    IntTrueDiv = "tp_int_truediv"(I64, I64) -> F64, raises;
    /// `a << b`; raises `NegativeShiftCount` or `IntOverflow`.
    IntLshift = "tp_int_lshift"(I64, I64) -> I64, raises;
    /// `a >> b`; raises `NegativeShiftCount`.
    IntRshift = "tp_int_rshift"(I64, I64) -> I64, raises;
    /// Exact comparison of an int with a float: -1, 0, 1, or 2 when the float is NaN.
    IntFloatCmp = "tp_int_float_cmp"(I64, F64) -> I64;
    /// `round(a, ndigits)` for an int.
    IntRoundDigits = "tp_int_round_ndigits"(I64, I64) -> I64, raises;

    // ---- float ----
    FloatFloorDiv = "tp_float_floordiv"(F64, F64) -> F64, raises;
    FloatMod = "tp_float_mod"(F64, F64) -> F64, raises;
    /// `a ** b` with CPython's errors (`ZeroToNegativePower`, `FloatPowRange`,
    /// `ComplexPowerResult`).
    FloatPow = "tp_float_pow"(F64, F64) -> F64, raises;
    /// `int(x)`: truncation, raising `FloatInfinityToInt`/`FloatNanToInt`/`IntOverflow`.
    FloatToInt = "tp_float_to_int"(F64) -> I64, raises;
    /// `round(x)`: half to even, as an int.
    FloatRound = "tp_float_round"(F64) -> I64, raises;
    /// `round(x, ndigits)`: correctly rounded, as a float.
    FloatRoundDigits = "tp_float_round_ndigits"(F64, I64) -> F64, raises;

    // ---- math module (CPython's math_1/math_2 error rules) ----
    MathSqrt = "tp_math_sqrt"(F64) -> F64, raises;
    MathExp = "tp_math_exp"(F64) -> F64, raises;
    MathLog = "tp_math_log"(F64) -> F64, raises;
    /// `math.log(x, base)`.
    MathLogBase = "tp_math_log_base"(F64, F64) -> F64, raises;
    MathLog2 = "tp_math_log2"(F64) -> F64, raises;
    MathLog10 = "tp_math_log10"(F64) -> F64, raises;
    MathSin = "tp_math_sin"(F64) -> F64, raises;
    MathCos = "tp_math_cos"(F64) -> F64, raises;
    MathTan = "tp_math_tan"(F64) -> F64, raises;
    MathAsin = "tp_math_asin"(F64) -> F64, raises;
    MathAcos = "tp_math_acos"(F64) -> F64, raises;
    MathAtan = "tp_math_atan"(F64) -> F64, raises;
    MathSinh = "tp_math_sinh"(F64) -> F64, raises;
    MathCosh = "tp_math_cosh"(F64) -> F64, raises;
    MathTanh = "tp_math_tanh"(F64) -> F64, raises;
    MathAtan2 = "tp_math_atan2"(F64, F64) -> F64, raises;
    MathHypot = "tp_math_hypot"(F64, F64) -> F64, raises;
    MathPow = "tp_math_pow"(F64, F64) -> F64, raises;
    MathFmod = "tp_math_fmod"(F64, F64) -> F64, raises;
    MathCopysign = "tp_math_copysign"(F64, F64) -> F64;
    MathDegrees = "tp_math_degrees"(F64) -> F64;
    MathRadians = "tp_math_radians"(F64) -> F64;
    /// `math.floor` of a float, as an int.
    MathFloor = "tp_math_floor"(F64) -> I64, raises;
    MathCeil = "tp_math_ceil"(F64) -> I64, raises;
    MathTrunc = "tp_math_trunc"(F64) -> I64, raises;
    MathIsqrt = "tp_math_isqrt"(I64) -> I64, raises;
    MathGcd = "tp_math_gcd"(I64, I64) -> I64, raises;
    /// `math.isclose(a, b, rel_tol, abs_tol)` as 0/1.
    MathIsclose = "tp_math_isclose"(F64, F64, F64, F64) -> I64, raises;
    MathIsnan = "tp_math_isnan"(F64) -> I8;
    MathIsinf = "tp_math_isinf"(F64) -> I8;
    MathIsfinite = "tp_math_isfinite"(F64) -> I8;
}
