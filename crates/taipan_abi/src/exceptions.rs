//! Exception kinds the runtime can raise, and the fixed messages of the errors that
//! compiled code raises without building a message at run time.

macro_rules! exc_kinds {
    ($($name:ident),* $(,)?) => {
        /// A built-in exception type. The discriminant is what compiled code passes
        /// to `tp_raise`; `name()` is what the traceback's last line prints.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u32)]
        pub enum ExcKind { $($name),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }
            pub fn from_u32(n: u32) -> Option<ExcKind> {
                Self::ALL.get(n as usize).copied()
            }
            pub fn from_name(name: &str) -> Option<ExcKind> {
                Self::ALL.iter().copied().find(|k| k.name() == name)
            }
        }
    };
}

exc_kinds!(
    BaseException,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    LookupError,
    IndexError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    NameError,
    UnboundLocalError,
    RuntimeError,
    RecursionError,
    NotImplementedError,
    AssertionError,
    StopIteration,
    SystemExit,
    MemoryError,
    // Raised only by user code (`raise OSError(...)`); appended so the
    // numbering of the kinds above stays stable.
    SyntaxError,
    OSError,
    FileNotFoundError,
    PermissionError,
    TimeoutError,
    ConnectionError,
    EOFError,
    ImportError,
    ModuleNotFoundError,
    UnicodeError,
    FloatingPointError,
    KeyboardInterrupt,
    GeneratorExit,
    BufferError,
    ReferenceError,
    SystemError,
);

impl ExcKind {
    /// The direct base class, as in CPython's hierarchy (`None` for BaseException).
    pub fn base(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            Exception | SystemExit => BaseException,
            ArithmeticError | LookupError | ValueError | TypeError | AttributeError | NameError
            | RuntimeError | AssertionError | StopIteration | MemoryError => Exception,
            SyntaxError | OSError | EOFError | ImportError | BufferError | ReferenceError | SystemError => Exception,
            FileNotFoundError | PermissionError | TimeoutError | ConnectionError => OSError,
            ModuleNotFoundError => ImportError,
            UnicodeError => ValueError,
            FloatingPointError => ArithmeticError,
            KeyboardInterrupt | GeneratorExit => BaseException,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            RecursionError | NotImplementedError => RuntimeError,
        })
    }

    /// True when `self` is `other` or a subclass of it.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(cur) = k {
            if cur == other {
                return true;
            }
            k = cur.base();
        }
        false
    }
}

macro_rules! err_codes {
    ($($name:ident => ($kind:ident, $msg:expr)),* $(,)?) => {
        /// An error with a fixed message. Compiled code raises one with
        /// `tp_raise_code(code as u32)`; the IR names which op raises which code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u32)]
        pub enum ErrCode { $($name),* }

        impl ErrCode {
            pub const ALL: &'static [ErrCode] = &[$(ErrCode::$name),*];
            pub fn kind(self) -> ExcKind {
                match self { $(ErrCode::$name => ExcKind::$kind),* }
            }
            /// The message exactly as CPython 3.11 prints it ("" for none).
            pub fn message(self) -> &'static str {
                match self { $(ErrCode::$name => $msg),* }
            }
            pub fn from_u32(n: u32) -> Option<ErrCode> {
                Self::ALL.get(n as usize).copied()
            }
        }
    };
}

err_codes!(
    IntFloorDivByZero => (ZeroDivisionError, "integer division or modulo by zero"),
    IntModByZero => (ZeroDivisionError, "integer modulo by zero"),
    DivisionByZero => (ZeroDivisionError, "division by zero"),
    FloatDivByZero => (ZeroDivisionError, "float division by zero"),
    FloatFloorDivByZero => (ZeroDivisionError, "float floor division by zero"),
    FloatModByZero => (ZeroDivisionError, "float modulo"),
    ZeroToNegativePower => (ZeroDivisionError, "0.0 cannot be raised to a negative power"),
    // CPython's ints are unbounded; taipan's are 64-bit and say so instead of wrapping.
    IntOverflow => (OverflowError, "integer overflow: result does not fit in 64 bits"),
    NegativeShiftCount => (ValueError, "negative shift count"),
    NegativeIntPower => (ValueError, "taipan: int ** negative int gives a float; write float(x) ** y"),
    ComplexPowerResult => (ValueError, "taipan: negative number raised to a fractional power gives a complex number, which is not supported"),
    FloatInfinityToInt => (OverflowError, "cannot convert float infinity to integer"),
    FloatNanToInt => (ValueError, "cannot convert float NaN to integer"),
    MathDomain => (ValueError, "math domain error"),
    MathRange => (OverflowError, "math range error"),
    FloatPowRange => (OverflowError, "(34, 'Numerical result out of range')"),
    IsqrtNegative => (ValueError, "isqrt() argument must be nonnegative"),
    InputEof => (EOFError, "EOF when reading a line"),
    FactorialNegative => (ValueError, "factorial() not defined for negative values"),
    CombNNegative => (ValueError, "n must be a non-negative integer"),
    CombKNegative => (ValueError, "k must be a non-negative integer"),
    IsCloseNegativeTolerance => (ValueError, "tolerances must be non-negative"),
    RecursionDepth => (RecursionError, "maximum recursion depth exceeded"),
    AssertionFailed => (AssertionError, ""),
    // Only when code the checker could not see (a special method run by an
    // operator) set a narrowed attribute back to None.
    NarrowedAttributeIsNone => (AttributeError, "'NoneType' object has no attribute (an attribute tested not None became None)"),
    // `round(x, ndigits)` of a finite float whose rounded value is not finite.
    RoundedValueTooLarge => (OverflowError, "rounded value too large to represent"),
    // An int in a place declared `float` keeps being an int (`num`), exactly,
    // up to this bound; past it taipan says so instead of rounding.
    NumIntOverflow => (OverflowError, "taipan: an int stored where a float is declared must stay within ±2**50"),
    // Raised inline by compiled code (`ListGet` / `ListSet` with `checked`).
    ListIndexOutOfRange => (IndexError, "list index out of range"),
    ListAssignmentIndexOutOfRange => (IndexError, "list assignment index out of range"),
    // `next(g)` inside `g` itself (`tp_gen_advance`).
    GeneratorAlreadyExecuting => (ValueError, "generator already executing"),
    // `range` objects (`runtime/src/range_ops.rs`).
    RangeStepZero => (ValueError, "range() arg 3 must not be zero"),
    RangeIndexOutOfRange => (IndexError, "range object index out of range"),
    // `len()` of a range of more than `sys.maxsize` values.
    RangeTooLong => (OverflowError, "Python int too large to convert to C ssize_t"),
);
