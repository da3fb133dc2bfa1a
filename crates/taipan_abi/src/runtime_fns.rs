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

/// The signature of a key function compiled code passes to the runtime
/// (`sort(key=...)`, `min`/`max(key=...)`): `key(env, x) -> (key, err)`, with
/// `env` the closure's captured state (a pointer; null when it captures
/// nothing) and `x` a borrowed slot of the element kind; the result is a new
/// reference to a slot of the key kind (whose `SlotKind` the caller passes
/// alongside). A lambda or named function is passed as this function pointer
/// plus its `env`, which is how closures will be represented generally.
pub const KEY_FN_SIG: RuntimeSig =
    RuntimeSig { params: &[AbiType::Ptr, AbiType::Slot], ret: Some(AbiType::Slot), can_raise: true };

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

            /// Whether the function's `F64` parameters are nums (`crate::num`):
            /// the num operations themselves; every other takes plain floats.
            pub fn takes_nums(self) -> bool {
                self.symbol().starts_with("tp_num_") || matches!(self, RuntimeFn::WriteNum | RuntimeFn::ExtReturnNum)
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
    /// `tp_register_classes(table)`: the program's class table (`class_table`),
    /// called by `main` before `tp_main` when the program has classes.
    RegisterClasses = "tp_register_classes"(Ptr) -> void;
    /// A new instance of class `id` (I64): header set, every field zero (null).
    InstanceNew = "tp_instance_new"(I64) -> Ptr;
    /// Runs a generator object (borrowed) to its next `yield`: 1 when it
    /// yielded (the element is in its `generator_frame::VALUE` field,
    /// borrowed), 0 when it is finished; raises what its body raises.
    GenAdvance = "tp_gen_advance"(Ptr) -> I64, raises;
    /// `iter(xs)` of a list (borrowed): a generator object of frame class
    /// `id` (I64: one with the fields `Int, Int, <element kind>, Obj, Int, Int, Int`)
    /// that yields the list's elements, reading the list at each step.
    ListIterNew = "tp_list_iter_new"(I64, Ptr) -> Ptr;
    /// `iter(x)` of an `Iterable`/`Collection`/`Sequence` value `x`
    /// (borrowed): `x` itself (a new reference) when it is a generator
    /// object, else a new iterator over the list, tuple, str, set, dict
    /// (keys) or deque of frame class `id` (I64: the list iterator class of
    /// the element kind) that raises CPython's `RuntimeError`s when a dict,
    /// set or deque changes during the walk (`runtime/src/iterable_ops.rs`).
    IterableIter = "tp_iterable_iter"(I64, Ptr) -> Ptr;
    /// `len(x)` of a `Collection`/`Sequence` value (borrowed); raises for a
    /// range longer than `sys.maxsize`.
    AbstractLen = "tp_abstract_len"(Ptr) -> I64, raises;
    /// The truth (0/1) of an `Iterable`/`Collection`/`Sequence` value
    /// (borrowed): non-empty, or a generator object (always true).
    AbstractTruth = "tp_abstract_truth"(Ptr) -> I64;
    /// `item in x` of a `Collection`/`Sequence` value (borrowed), the item
    /// a slot of kind I64; raises what `__eq__`/`__hash__` raised.
    AbstractContains = "tp_abstract_contains"(Ptr, I64, Slot) -> I64, raises;
    /// `x[i]` of a `Sequence` value: a new reference; the concrete type's `IndexError`.
    SequenceGetItem = "tp_sequence_getitem"(Ptr, I64) -> Slot, raises;
    /// `x[start:stop:step]` of a `Sequence` value (bounds as for
    /// `ListGetSlice`): a new object of `x`'s type; `TypeError` for a deque.
    SequenceSlice = "tp_sequence_slice"(Ptr, I64, I64, I64) -> Ptr, raises;
    /// `x.index(item)` / `x.count(item)` of a `Sequence` value (borrowed),
    /// the item a slot of kind I64 (a str finds substrings); `index` raises
    /// the `ValueError` of `x`'s type; both raise what `__eq__` raised.
    SequenceIndex = "tp_sequence_index"(Ptr, I64, Slot) -> I64, raises;
    SequenceCount = "tp_sequence_count"(Ptr, I64, Slot) -> I64, raises;
    /// The default `repr` of an instance: `<__main__.C object at 0x...>`.
    InstanceRepr = "tp_instance_repr"(Ptr) -> Ptr;
    /// `isinstance(e, C)`: whether exception object `e` (borrowed) is of
    /// class id `C` (I64, an `ExcKind` or a user class id) or a subclass, as 0/1.
    ExcIsInstance = "tp_exc_isinstance"(Ptr, I64) -> I8;
    /// `type(x).__name__` of an exception object, an instance or a union
    /// value (borrowed, maybe null), as a new str.
    TypeName = "tp_type_name"(Ptr) -> Ptr;
    /// The truth of an instance (borrowed) as 0/1: its class's `__bool__`,
    /// else `__len__() != 0` (`ValueError` when negative), else true.
    InstanceTruth = "tp_instance_truth"(Ptr) -> I64, raises;
    /// What a value of a union type (borrowed, maybe null) is, as one of the
    /// `type_code` constants (an instance: `type_code::INSTANCE + class id`).
    TypeCode = "tp_type_code"(Ptr) -> I64;
    /// The truth of a value of a union type (borrowed, maybe null) as 0/1:
    /// a number's, a str's or container's length, an instance's `__bool__`
    /// or `__len__` (which may raise), None false.
    TruthObj = "tp_truth_obj"(Ptr) -> I64, raises;
    /// `a == b` of two instances (borrowed) as 0/1, as CPython's
    /// `do_richcompare`: the classes' `__eq__` (reflected first for a proper
    /// subclass on the right), skipping a `NotImplemented` result, else `a is b`.
    InstanceEq = "tp_instance_eq"(Ptr, Ptr) -> I64, raises;
    /// `a != b` of two instances (borrowed) as 0/1: the classes' `__ne__`
    /// (CPython's default one inverts `__eq__`), in the same order, else
    /// `a is not b`.
    InstanceNe = "tp_instance_ne"(Ptr, Ptr) -> I64, raises;
    /// Raises the exception a special method the runtime called back raised
    /// during the last runtime operation (or an error such an operation could
    /// not report itself, such as `unhashable type`), if any. Lowering emits
    /// it after every operation that may call back, in programs whose
    /// classes have special methods (see `class_table`).
    CallbackCheck = "tp_callback_check"() -> void, raises;
    /// Sets the pending exception to the fixed error `ErrCode` (I32).
    RaiseCode = "tp_raise_code"(I32) -> void;
    /// Sets the pending exception: `ExcKind` (I32) with a `str` message (null: none).
    Raise = "tp_raise"(I32, Ptr) -> void;
    /// Appends a traceback entry `(function name: str, line)` to the pending exception.
    TracebackAdd = "tp_traceback_add"(Ptr, I64) -> void;
    /// A new exception object of `ExcKind` (I64) with the `args` tuple (borrowed).
    ExcNew = "tp_exc_new"(I64, Ptr) -> Ptr;
    /// Sets the pending exception to an exception object (borrowed), continuing
    /// the traceback it carried when it was caught.
    RaiseObject = "tp_raise_object"(Ptr) -> void;
    /// Whether the pending exception is an instance of `ExcKind` (I64), as 0/1.
    ExcMatches = "tp_exc_matches"(I64) -> I8;
    /// Takes the pending exception (clearing it) as an exception object (a new
    /// reference), made from the kind and message if the runtime raised it.
    ExcFetch = "tp_exc_fetch"() -> Ptr;
    /// Registers user exception class `id` (I64) with its name (a str), the
    /// id of its base class (I64), its id in the class table (I64, written in
    /// the header of its objects), the `SlotKind`s of its fields (a str of
    /// digits, one per field: what an object's size is and what freeing it
    /// releases) and its `__str__` (null, or a function `(Ptr) -> (Ptr, err)`
    /// the runtime calls to print it uncaught); the module body does it first.
    ExcRegister = "tp_exc_register"(I64, Ptr, I64, I64, Ptr, Ptr) -> void;
    /// `BaseException.__init__(e, *args)`: `args` (a tuple, borrowed) become
    /// the exception's args.
    ExcInit = "tp_exc_init"(Ptr, Ptr) -> void;
    /// `str(e)` of an exception whose class may be a user class with a
    /// `__str__` (the one it registered is called, and what it raises
    /// propagates), else `BaseException.__str__`.
    ExcStr = "tp_exc_str"(Ptr) -> Ptr, raises;
    /// `e.args` of an exception object, as a new reference to its tuple.
    ExcArgs = "tp_exc_args"(Ptr) -> Ptr;

    // ---- CPython extension modules (see `extension`) ----
    // These run under the GIL, called only by the code of an extension module.
    // For `tp_ext_arg_*`, `err != 0` means a *CPython* exception is set (the
    // argument did not convert): the wrapper returns null to CPython.
    /// `tp_ext_init(spec: *const module_spec) -> PyObject*`: creates the module,
    /// runs its body, and returns it; null with a CPython exception set on failure.
    ExtInit = "tp_ext_init"(Ptr) -> Ptr;
    /// `(function name: str, min, max, given)`: sets CPython's `TypeError` for a
    /// call with the wrong number of arguments.
    ExtArityError = "tp_ext_arity_error"(Ptr, I64, I64, I64) -> void;
    /// `(obj, function name: str, parameter name: str)`: a Python `int` (or
    /// `bool`) as an i64; `TypeError` for other types, `OverflowError` when it
    /// does not fit in 64 bits.
    ExtArgInt = "tp_ext_arg_int"(Ptr, Ptr, Ptr) -> I64, raises;
    /// Like `ExtArgInt` for a `float` parameter: a `float`, or an `int` converted
    /// as `float(x)` does.
    ExtArgFloat = "tp_ext_arg_float"(Ptr, Ptr, Ptr) -> F64, raises;
    /// Like `ExtArgInt` for a `bool` parameter: `True` or `False` only, as 1/0.
    ExtArgBool = "tp_ext_arg_bool"(Ptr, Ptr, Ptr) -> I64, raises;
    /// `() -> thread state`: releases the GIL (`PyEval_SaveThread`) around a
    /// compiled function that touches no object (`ir::Export::releases_gil`).
    ExtReleaseGil = "tp_ext_release_gil"() -> Ptr;
    /// `(thread state)`: takes the GIL back (`PyEval_RestoreThread`).
    ExtAcquireGil = "tp_ext_acquire_gil"(Ptr) -> void;
    /// `(args, nargs, kwnames, parameter names: str joined by ',', min, function
    /// name: str, out)`: binds a call with keywords as CPython binds a Python
    /// function's: `out[i]` gets parameter `i`'s (borrowed) argument or null;
    /// `TypeError` for unknown or repeated keywords and missing arguments.
    ExtBindKeywords = "tp_ext_bind_keywords"(Ptr, I64, Ptr, Ptr, I64, Ptr, Ptr) -> void, raises;
    /// `(obj, type descriptor: str, function name: str, parameter name: str)`:
    /// a new taipan object (str, list, tuple, dict, set; a box or null for
    /// `T | None`) copied from the Python argument, converted as the
    /// descriptor (`extension::ValueType::descriptor`) says; `TypeError`
    /// naming the parameter (and the offending element) otherwise, or
    /// `ValueError` for keys that are equal once converted.
    ExtArgObj = "tp_ext_arg_obj"(Ptr, Ptr, Ptr, Ptr) -> Ptr, raises;
    /// `(value, type descriptor: str)`: a new Python object copied from a
    /// borrowed taipan object; null with a CPython exception set on failure.
    ExtReturnObj = "tp_ext_return_obj"(Ptr, Ptr) -> Ptr;
    /// A new Python `int`; null with a CPython exception set on failure.
    ExtReturnInt = "tp_ext_return_int"(I64) -> Ptr;
    /// A new Python `float`; null with a CPython exception set on failure.
    ExtReturnFloat = "tp_ext_return_float"(F64) -> Ptr;
    /// A new reference to `True` or `False`.
    ExtReturnBool = "tp_ext_return_bool"(I8) -> Ptr;
    /// A new reference to `None`.
    ExtReturnNone = "tp_ext_return_none"() -> Ptr;
    /// `tp_python_main(argc: I32, argv, entries: *const inittab_entry, n) -> I32`:
    /// the `main` of an interpreter with `n` compiled modules built in: registers
    /// them as built-in modules and runs CPython's `Py_BytesMain(argc, argv)`.
    PythonMain = "tp_python_main"(I32, Ptr, Ptr, I64) -> I32;
    /// `(source file: str)`: moves taipan's pending exception (type, message,
    /// traceback entries in that file) into CPython's error indicator.
    ExtRaisePending = "tp_ext_raise_pending"(Ptr) -> void;

    // ---- output (print) ----
    WriteInt = "tp_write_int"(I64) -> void;
    /// Writes CPython's `repr` of a float.
    WriteFloat = "tp_write_float"(F64) -> void;
    WriteBool = "tp_write_bool"(I8) -> void;
    WriteNone = "tp_write_none"() -> void;
    WriteStr = "tp_write_str"(Ptr) -> void;
    Flush = "tp_flush"() -> void;
    /// `print(..., file=sys.stderr)`: writes the whole printed line (a str)
    /// to stderr at once, unbuffered, as CPython's line-buffered stderr does.
    WriteStderr = "tp_write_stderr"(Ptr) -> void;
    /// `sys.argv`: a new reference to the program's one argv list (the
    /// script path, then the arguments), made on first use.
    SysArgv = "tp_sys_argv"() -> Ptr;

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

    // ---- str (layout `str_object`; every str argument is borrowed, results are new) ----
    // `start`/`end`/slice bounds are I64 code point indices, i64::MIN for omitted.
    /// `a + b`.
    StrConcat = "tp_str_concat"(Ptr, Ptr) -> Ptr;
    /// `s * n`; raises `OverflowError`/`MemoryError` for huge results.
    StrRepeat = "tp_str_repeat"(Ptr, I64) -> Ptr, raises;
    /// `len(s)` in code points (also readable inline at `str_object::NCHARS`).
    StrLen = "tp_str_len"(Ptr) -> I64;
    /// `s[i]`; raises `IndexError: string index out of range`.
    StrGetItem = "tp_str_getitem"(Ptr, I64) -> Ptr, raises;
    /// `s[a:b:c]`; raises `ValueError` for a zero step.
    StrSlice = "tp_str_slice"(Ptr, I64, I64, I64) -> Ptr, raises;
    /// `sub in s`, as 0/1.
    StrContains = "tp_str_contains"(Ptr, Ptr) -> I8;
    StrEq = "tp_str_eq"(Ptr, Ptr) -> I8;
    /// -1, 0, 1 as `a` sorts before, equal to, after `b` (code point order).
    StrCompare = "tp_str_compare"(Ptr, Ptr) -> I64;
    StrHash = "tp_str_hash"(Ptr) -> I64;
    /// `ord(s)`; raises `TypeError` unless `len(s) == 1`.
    StrOrd = "tp_str_ord"(Ptr) -> I64, raises;
    /// `chr(n)`; raises `ValueError: chr() arg not in range(0x110000)`.
    Chr = "tp_chr"(I64) -> Ptr, raises;
    /// `for c in s`: the character at byte offset `pos` ('' past the end); the
    /// loop advances `pos` by the result's byte length (`str_object::LEN`) and
    /// stops at `s`'s.
    StrCharAtByte = "tp_str_char_at_byte"(Ptr, I64) -> Ptr;
    /// The length of `s` in UTF-8 bytes (`str_object::LEN`).
    StrByteLen = "tp_str_byte_len"(Ptr) -> I64;
    /// `str(n)`, `str(x)` (= `repr(x)`), `str(b)` of scalars.
    IntToStr = "tp_int_to_str"(I64) -> Ptr;
    FloatToStr = "tp_float_to_str"(F64) -> Ptr;
    BoolToStr = "tp_bool_to_str"(I8) -> Ptr;
    /// `repr(s)` with CPython's quotes and escapes.
    StrRepr = "tp_str_repr"(Ptr) -> Ptr;
    /// `ascii(x)` of a slot `(kind, x)` (the `!a` conversion).
    AsciiSlot = "tp_ascii_slot"(I64, Slot) -> Ptr;
    /// `s.find(sub, start, end)` / `rfind` / `count`.
    StrFind = "tp_str_find"(Ptr, Ptr, I64, I64) -> I64;
    StrRfind = "tp_str_rfind"(Ptr, Ptr, I64, I64) -> I64;
    StrCount = "tp_str_count"(Ptr, Ptr, I64, I64) -> I64;
    /// `s.index(sub, start, end)`; raises `ValueError: substring not found`.
    StrIndex = "tp_str_index"(Ptr, Ptr, I64, I64) -> I64, raises;
    StrRindex = "tp_str_rindex"(Ptr, Ptr, I64, I64) -> I64, raises;
    /// `s.startswith(prefix, start, end)` / `endswith`, as 0/1.
    StrStartswith = "tp_str_startswith"(Ptr, Ptr, I64, I64) -> I8;
    StrEndswith = "tp_str_endswith"(Ptr, Ptr, I64, I64) -> I8;
    /// The same with a `tuple[str, ...]` of prefixes / suffixes.
    StrStartswithTuple = "tp_str_startswith_tuple"(Ptr, Ptr, I64, I64) -> I8;
    StrEndswithTuple = "tp_str_endswith_tuple"(Ptr, Ptr, I64, I64) -> I8;
    /// `s.replace(old, new, count)` (-1: all).
    StrReplace = "tp_str_replace"(Ptr, Ptr, Ptr, I64) -> Ptr, raises;
    /// `s.split(sep, maxsplit)` as a `list[str]`; null `sep` splits on whitespace;
    /// raises `ValueError: empty separator`.
    StrSplit = "tp_str_split"(Ptr, Ptr, I64) -> Ptr, raises;
    StrRsplit = "tp_str_rsplit"(Ptr, Ptr, I64) -> Ptr, raises;
    /// `s.splitlines(keepends)`.
    StrSplitlines = "tp_str_splitlines"(Ptr, I8) -> Ptr;
    /// `sep.join(items)` for a `list[str]`.
    StrJoin = "tp_str_join"(Ptr, Ptr) -> Ptr;
    /// `s.partition(sep)` / `rpartition` as a `tuple[str, str, str]`.
    StrPartition = "tp_str_partition"(Ptr, Ptr) -> Ptr, raises;
    StrRpartition = "tp_str_rpartition"(Ptr, Ptr) -> Ptr, raises;
    /// `s.strip(chars)` / `lstrip` / `rstrip`; null `chars` strips whitespace.
    StrStrip = "tp_str_strip"(Ptr, Ptr) -> Ptr;
    StrLstrip = "tp_str_lstrip"(Ptr, Ptr) -> Ptr;
    StrRstrip = "tp_str_rstrip"(Ptr, Ptr) -> Ptr;
    /// `s.removeprefix(prefix)` / `removesuffix`.
    StrRemoveprefix = "tp_str_removeprefix"(Ptr, Ptr) -> Ptr;
    StrRemovesuffix = "tp_str_removesuffix"(Ptr, Ptr) -> Ptr;
    /// `s.ljust(width, fillchar)` / `rjust` / `center` (pass " " for the default
    /// fill); raises `TypeError` for a fill that is not one character.
    StrLjust = "tp_str_ljust"(Ptr, I64, Ptr) -> Ptr, raises;
    StrRjust = "tp_str_rjust"(Ptr, I64, Ptr) -> Ptr, raises;
    StrCenter = "tp_str_center"(Ptr, I64, Ptr) -> Ptr, raises;
    StrZfill = "tp_str_zfill"(Ptr, I64) -> Ptr, raises;
    StrUpper = "tp_str_upper"(Ptr) -> Ptr;
    StrLower = "tp_str_lower"(Ptr) -> Ptr;
    StrCasefold = "tp_str_casefold"(Ptr) -> Ptr;
    StrSwapcase = "tp_str_swapcase"(Ptr) -> Ptr;
    StrTitle = "tp_str_title"(Ptr) -> Ptr;
    StrCapitalize = "tp_str_capitalize"(Ptr) -> Ptr;
    StrIsdigit = "tp_str_isdigit"(Ptr) -> I8;
    StrIsdecimal = "tp_str_isdecimal"(Ptr) -> I8;
    StrIsnumeric = "tp_str_isnumeric"(Ptr) -> I8;
    StrIsalpha = "tp_str_isalpha"(Ptr) -> I8;
    StrIsalnum = "tp_str_isalnum"(Ptr) -> I8;
    StrIsspace = "tp_str_isspace"(Ptr) -> I8;
    StrIsprintable = "tp_str_isprintable"(Ptr) -> I8;
    StrIsascii = "tp_str_isascii"(Ptr) -> I8;
    StrIsupper = "tp_str_isupper"(Ptr) -> I8;
    StrIslower = "tp_str_islower"(Ptr) -> I8;
    StrIstitle = "tp_str_istitle"(Ptr) -> I8;

    // ---- format(x, spec): the format mini-language (spec: a str) ----
    FormatInt = "tp_format_int"(I64, Ptr) -> Ptr, raises;
    FormatFloat = "tp_format_float"(F64, Ptr) -> Ptr, raises;
    FormatBool = "tp_format_bool"(I8, Ptr) -> Ptr, raises;
    FormatStr = "tp_format_str"(Ptr, Ptr) -> Ptr, raises;
    /// `format(x, spec)` of a slot `(kind, x, spec)` of any kind.
    FormatSlot = "tp_format_slot"(I64, Slot, Ptr) -> Ptr, raises;

    // ---- parsing and int builtins ----
    /// `int(s, base)` (base 10 for `int(s)`); raises `ValueError` (CPython's
    /// message) or `IntOverflow`.
    StrToInt = "tp_str_to_int"(Ptr, I64) -> I64, raises;
    /// `float(s)`; raises `ValueError: could not convert string to float: ...`.
    StrToFloat = "tp_str_to_float"(Ptr) -> F64, raises;
    IntHex = "tp_int_hex"(I64) -> Ptr;
    IntOct = "tp_int_oct"(I64) -> Ptr;
    IntBin = "tp_int_bin"(I64) -> Ptr;
    /// `pow(a, b, m)`; raises `ValueError` for `m == 0` or a non-invertible base.
    IntPowMod = "tp_int_pow_mod"(I64, I64, I64) -> I64, raises;

    // ---- int ----
    /// `len(range(start, stop, step))` for `step != 0`, as an unsigned count (a
    /// range can hold up to 2**64 - 1 values, more than an `int` can count).
    RangeLen = "tp_range_len"(I64, I64, I64) -> I64;

    // ---- range objects (`taipan_abi::range_object`) ----
    /// `range(start, stop, step)` as a value; raises `RangeStepZero`.
    RangeNew = "tp_range_new"(I64, I64, I64) -> Ptr, raises;
    /// `len(r)`; raises `RangeTooLong` past `sys.maxsize` values.
    RangeLength = "tp_range_length"(Ptr) -> I64, raises;
    /// `r[i]` (negative `i` counts from the end); raises `RangeIndexOutOfRange`.
    RangeGetItem = "tp_range_getitem"(Ptr, I64) -> I64, raises;
    /// `r[start:stop:step]`, bounds as for `tp_list_get_slice` (`i64::MIN`:
    /// omitted): a new range; raises for a zero step, `IntOverflow` when a
    /// bound of the result does not fit in 64 bits.
    RangeSlice = "tp_range_slice"(Ptr, I64, I64, I64) -> Ptr, raises;
    /// `x in r` of an int.
    RangeContains = "tp_range_contains"(Ptr, I64) -> I8;
    /// `r.index(x)`; raises `ValueError: x is not in range`.
    RangeIndex = "tp_range_index"(Ptr, I64) -> I64, raises;
    /// `r.count(x)`: 0 or 1.
    RangeCount = "tp_range_count"(Ptr, I64) -> I64;
    /// `a == b`: the same sequence of values (`range(0) == range(2, 1)`).
    RangeEq = "tp_range_eq"(Ptr, Ptr) -> I8;
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

    // ---- num: a `float` place that may hold an int (`crate::num`) ----
    // Each takes and gives nums; an op on two int nums follows int rules
    // (an int result, int error messages), any other follows float rules.
    /// An int as a num; raises `NumIntOverflow` outside `[num::INT_MIN, num::INT_MAX]`.
    NumFromInt = "tp_num_from_int"(I64) -> F64, raises;
    /// The num's value as a float (`float(x)`, or `x` used where a float is needed).
    NumToFloat = "tp_num_to_float"(F64) -> F64;
    NumAdd = "tp_num_add"(F64, F64) -> F64, raises;
    NumSub = "tp_num_sub"(F64, F64) -> F64, raises;
    NumMul = "tp_num_mul"(F64, F64) -> F64, raises;
    NumFloorDiv = "tp_num_floordiv"(F64, F64) -> F64, raises;
    NumMod = "tp_num_mod"(F64, F64) -> F64, raises;
    /// `a ** b`: two ints with `b >= 0` give an int; `0 ** -1` raises
    /// `ZeroToNegativePower`; otherwise `FloatPow`'s rules.
    NumPow = "tp_num_pow"(F64, F64) -> F64, raises;
    NumNeg = "tp_num_neg"(F64) -> F64, raises;
    NumAbs = "tp_num_abs"(F64) -> F64, raises;
    /// `round(x, ndigits)`: an int num rounds like `IntRoundDigits`.
    NumRoundDigits = "tp_num_round_ndigits"(F64, I64) -> F64, raises;
    /// `sum(xs, start)` of a float list whose slots may hold nums, with the
    /// num rules (an int while every value is one).
    NumListSum = "tp_num_list_sum"(Ptr, F64) -> F64, raises;
    /// A new box for a `float | None` holding the num `x` (as a float slot:
    /// the runtime reads an int num from one as an int).
    NumBox = "tp_num_box"(F64) -> Ptr;
    /// `str(x)` / `repr(x)`: `6` for an int num, `6.0` for a float.
    NumToStr = "tp_num_to_str"(F64) -> Ptr;
    /// `format(x, spec)`: an int num formats as an int does (`FormatInt`).
    NumFormat = "tp_num_format"(F64, Ptr) -> Ptr, raises;
    /// `print(x)`.
    WriteNum = "tp_write_num"(F64) -> void;
    /// Like `ExtArgFloat`, but a Python `int` within the num range stays an int num.
    ExtArgNum = "tp_ext_arg_num"(Ptr, Ptr, Ptr) -> F64, raises;
    /// A new Python `int` for an int num, else a `float`; null with a CPython exception set on failure.
    ExtReturnNum = "tp_ext_return_num"(F64) -> Ptr;

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
    MathLcm = "tp_math_lcm"(I64, I64) -> I64, raises;
    /// `input(prompt)`: the prompt is a str or null; a new str, `EOFError` at the end of stdin.
    Input = "tp_input"(Ptr) -> Ptr, raises;
    MathFactorial = "tp_math_factorial"(I64) -> I64, raises;
    MathComb = "tp_math_comb"(I64, I64) -> I64, raises;
    MathPerm = "tp_math_perm"(I64, I64) -> I64, raises;
    MathExpm1 = "tp_math_expm1"(F64) -> F64, raises;
    MathLog1p = "tp_math_log1p"(F64) -> F64, raises;
    /// `int.bit_length()`, `int.bit_count()`, `float.is_integer()` (0/1).
    IntBitLength = "tp_int_bit_length"(I64) -> I64;
    IntBitCount = "tp_int_bit_count"(I64) -> I64;
    FloatIsInteger = "tp_float_is_integer"(F64) -> I8;
    /// `math.isclose(a, b, rel_tol, abs_tol)` as 0/1.
    MathIsclose = "tp_math_isclose"(F64, F64, F64, F64) -> I64, raises;
    /// `math.fsum(xs)` of a list or tuple of ints, floats or bools
    /// (borrowed): CPython's exact partials, its `OverflowError`/`ValueError`s.
    MathFsum = "tp_math_fsum"(Ptr) -> F64, raises;
    /// `math.fsum` of a generator, one element at a time: a new accumulator
    /// (a `list[float]`), adding a float to it (borrowed; `OverflowError` at
    /// the element that overflows, as CPython), and its sum.
    MathFsumState = "tp_math_fsum_state"() -> Ptr;
    MathFsumAdd = "tp_math_fsum_add"(Ptr, F64) -> void, raises;
    MathFsumResult = "tp_math_fsum_result"(Ptr) -> F64, raises;
    /// `math.prod(xs, start=n)` of a list of ints or bools (borrowed);
    /// `OverflowError` as `int` arithmetic.
    MathProdInt = "tp_math_prod_int"(Ptr, I64) -> I64, raises;
    /// `math.prod(xs, start=x)` of a list of numbers with a float start.
    MathProdFloat = "tp_math_prod_float"(Ptr, F64) -> F64;
    /// `math.dist(p, q)` of two lists or tuples of numbers (borrowed).
    MathDist = "tp_math_dist"(Ptr, Ptr) -> F64, raises;
    MathIsnan = "tp_math_isnan"(F64) -> I8;
    MathIsinf = "tp_math_isinf"(F64) -> I8;
    MathIsfinite = "tp_math_isfinite"(F64) -> I8;

    // ---- random module (runtime/src/random_ops.rs: CPython's draws) ----
    // Every function takes the generator first (Ptr): a `random.Random`
    // object (borrowed), or null for the module's hidden one.
    /// `random.Random(n)`: a new generator seeded as `seed(n)`.
    RandomNew = "tp_random_new"(I64) -> Ptr;
    /// `random.Random()` / `Random(None)`: a new generator seeded from OS entropy.
    RandomNewEntropy = "tp_random_new_entropy"() -> Ptr;
    /// `seed(n)`: reseeds with the words of `abs(n)`; clears `gauss`'s cache.
    RandomSeed = "tp_random_seed"(Ptr, I64) -> void;
    /// `seed()`: reseeds from OS entropy.
    RandomSeedEntropy = "tp_random_seed_entropy"(Ptr) -> void;
    RandomRandom = "tp_random_random"(Ptr) -> F64;
    /// `getrandbits(k)`; `OverflowError` past 63 bits.
    RandomGetrandbits = "tp_random_getrandbits"(Ptr, I64) -> I64, raises;
    /// `randrange(stop)`.
    RandomRandrangeStop = "tp_random_randrange_stop"(Ptr, I64) -> I64, raises;
    /// `randrange(start, stop, step)`.
    RandomRandrange = "tp_random_randrange"(Ptr, I64, I64, I64) -> I64, raises;
    RandomRandint = "tp_random_randint"(Ptr, I64, I64) -> I64, raises;
    /// `uniform(a, b)` of floats, and of two ints (exact `b - a`).
    RandomUniform = "tp_random_uniform"(Ptr, F64, F64) -> F64;
    RandomUniformInt = "tp_random_uniform_int"(Ptr, I64, I64) -> F64;
    RandomGauss = "tp_random_gauss"(Ptr, F64, F64) -> F64;
    /// `expovariate(lambd)`: `ZeroDivisionError` for a zero `lambd`.
    RandomExpovariate = "tp_random_expovariate"(Ptr, F64) -> F64, raises;
    /// `choice(xs)` of a list (borrowed): the element, a new reference.
    RandomChoice = "tp_random_choice"(Ptr, Ptr) -> Slot, raises;
    RandomShuffle = "tp_random_shuffle"(Ptr, Ptr) -> void;
    /// `sample(xs, k)`: a new list of `xs`'s kind.
    RandomSample = "tp_random_sample"(Ptr, Ptr, I64) -> Ptr, raises;
    /// `choices(xs, k=k)` without weights: a new list of `xs`'s kind.
    RandomChoices = "tp_random_choices"(Ptr, Ptr, I64) -> Ptr, raises;
    /// `choices(xs, weights, k=k)`: `weights` a list of ints or floats.
    RandomChoicesWeighted = "tp_random_choices_weighted"(Ptr, Ptr, Ptr, I64) -> Ptr, raises;
    /// `choice`, `sample` and `choices` of `range(start, stop, step)` (I64s),
    /// without building it: its elements are computed from the drawn indices.
    RandomChoiceRange = "tp_random_choice_range"(Ptr, I64, I64, I64) -> I64, raises;
    RandomSampleRange = "tp_random_sample_range"(Ptr, I64, I64, I64, I64) -> Ptr, raises;
    RandomChoicesRange = "tp_random_choices_range"(Ptr, I64, I64, I64, I64) -> Ptr, raises;

    // ---- itertools (runtime/src/itertools_ops.rs): each builds the list of its
    // elements; tuples take their fields' kinds from the input lists ----
    /// `product(*pools, repeat=n)`: `pools` a tuple of lists (borrowed).
    ItertoolsProduct = "tp_itertools_product"(Ptr, I64) -> Ptr, raises;
    /// `permutations(xs, r)`, with `r = i64::MIN` for none.
    ItertoolsPermutations = "tp_itertools_permutations"(Ptr, I64) -> Ptr, raises;
    ItertoolsCombinations = "tp_itertools_combinations"(Ptr, I64) -> Ptr, raises;
    ItertoolsCombinationsWr = "tp_itertools_combinations_wr"(Ptr, I64) -> Ptr, raises;
    /// `accumulate(xs)` of a list of ints (`OverflowError`) or floats.
    ItertoolsAccumulate = "tp_itertools_accumulate"(Ptr) -> Ptr, raises;
    /// `chain(*lists)`: a tuple of lists of one element kind (I64).
    ItertoolsChain = "tp_itertools_chain"(Ptr, I64) -> Ptr;
    ItertoolsPairwise = "tp_itertools_pairwise"(Ptr) -> Ptr, raises;

    // ---- time module (runtime/src/time_ops.rs) ----
    TimeTime = "tp_time_time"() -> F64;
    TimeTimeNs = "tp_time_time_ns"() -> I64;
    /// `time.perf_counter()` and `time.monotonic()`.
    TimePerfCounter = "tp_time_perf_counter"() -> F64;
    TimePerfCounterNs = "tp_time_perf_counter_ns"() -> I64;
    TimeProcessTime = "tp_time_process_time"() -> F64;
    /// `time.sleep(secs)`: `ValueError` for negative or NaN lengths.
    TimeSleep = "tp_time_sleep"(F64) -> void, raises;

    // ---- list (element kind from the list's header; `Slot`s are of that kind) ----
    // Slice bounds are I64s with i64::MIN for an omitted bound. Comparison `op`s
    // are I64s: 0 `<`, 1 `<=`, 2 `>`, 3 `>=`.
    /// `tp_list_new(kind, capacity_hint)`: a new empty list of element `kind`.
    ListNew = "tp_list_new"(I64, I64) -> Ptr;
    ListAppend = "tp_list_append"(Ptr, Slot) -> void;
    /// `xs.extend(ys)` for a list `ys` of the same kind (`xs` itself too).
    ListExtend = "tp_list_extend"(Ptr, Ptr) -> void;
    /// `xs.insert(i, x)`, with CPython's clamping of `i`.
    ListInsert = "tp_list_insert"(Ptr, I64, Slot) -> void;
    /// `xs.pop(i)` (-1 for `xs.pop()`): the element, as a new reference.
    ListPop = "tp_list_pop"(Ptr, I64) -> Slot, raises;
    /// `xs[i]` as a new reference (the checked path; compiled code may inline it).
    ListGetItem = "tp_list_getitem"(Ptr, I64) -> Slot, raises;
    ListSetItem = "tp_list_setitem"(Ptr, I64, Slot) -> void, raises;
    ListDelItem = "tp_list_delitem"(Ptr, I64) -> void, raises;
    ListClear = "tp_list_clear"(Ptr) -> void;
    ListReverse = "tp_list_reverse"(Ptr) -> void;
    ListCopy = "tp_list_copy"(Ptr) -> Ptr;
    /// `a + b` for lists of one kind; raises `MemoryError`.
    ListConcat = "tp_list_concat"(Ptr, Ptr) -> Ptr, raises;
    /// `xs * n`; raises `MemoryError`.
    ListRepeat = "tp_list_repeat"(Ptr, I64) -> Ptr, raises;
    /// `xs *= n`.
    ListRepeatInPlace = "tp_list_repeat_in_place"(Ptr, I64) -> void, raises;
    /// `xs[a:b:c]` as a new list.
    ListGetSlice = "tp_list_getslice"(Ptr, I64, I64, I64) -> Ptr, raises;
    /// `xs[a:b:c] = ys` for a list `ys` of the same kind.
    ListSetSlice = "tp_list_setslice"(Ptr, I64, I64, I64, Ptr) -> void, raises;
    ListDelSlice = "tp_list_delslice"(Ptr, I64, I64, I64) -> void, raises;
    /// `x in xs`, as 0/1.
    ListContains = "tp_list_contains"(Ptr, Slot) -> I8;
    ListCount = "tp_list_count"(Ptr, Slot) -> I64;
    /// `xs.index(x, start, stop)` (defaults 0, i64::MAX).
    ListIndex = "tp_list_index"(Ptr, Slot, I64, I64) -> I64, raises;
    ListRemove = "tp_list_remove"(Ptr, Slot) -> void, raises;
    ListEq = "tp_list_eq"(Ptr, Ptr) -> I8;
    /// `a op b`, lexicographically, as 0/1.
    ListCompare = "tp_list_compare"(Ptr, Ptr, I64) -> I64, raises;
    /// `xs.sort(key=key, reverse=r)`: `(list, reverse: 0/1, key: a `KEY_FN_SIG`
    /// function or null, key env, key kind)`.
    ListSort = "tp_list_sort"(Ptr, I8, Ptr, Ptr, I64) -> void, raises;
    /// `min(xs)` / `max(xs)` as a new reference.
    ListMin = "tp_list_min"(Ptr) -> Slot, raises;
    ListMax = "tp_list_max"(Ptr) -> Slot, raises;
    /// `min(xs, key=key)`: `(list, key, key env, key kind)`.
    ListMinKey = "tp_list_min_key"(Ptr, Ptr, Ptr, I64) -> Slot, raises;
    ListMaxKey = "tp_list_max_key"(Ptr, Ptr, Ptr, I64) -> Slot, raises;
    /// `sum(xs, start)` of an int/bool list; raises `IntOverflow`.
    ListSumInt = "tp_list_sum_int"(Ptr, I64) -> I64, raises;
    /// `sum(xs, start)` with a float result (float list, or int list + float start).
    ListSumFloat = "tp_list_sum_float"(Ptr, F64) -> F64;
    ListRepr = "tp_list_repr"(Ptr) -> Ptr;
    /// `heapq.heappush(heap, x)` (`runtime/src/list_ops/heap.rs`: CPython's
    /// `_heapq` algorithms; `RuntimeError` if `__lt__` resizes the list).
    ListHeapPush = "tp_list_heappush"(Ptr, Slot) -> void, raises;
    /// `heapq.heappop(heap)` as a new reference; `IndexError: index out of range`.
    ListHeapPop = "tp_list_heappop"(Ptr) -> Slot, raises;
    /// `heapq.heapreplace(heap, x)`; `IndexError` when empty.
    ListHeapReplace = "tp_list_heapreplace"(Ptr, Slot) -> Slot, raises;
    ListHeapPushPop = "tp_list_heappushpop"(Ptr, Slot) -> Slot, raises;
    ListHeapify = "tp_list_heapify"(Ptr) -> void, raises;
    /// Keeps the first `max(n, 0)` elements (`heapq.nsmallest`'s `[:n]`).
    ListTruncate = "tp_list_truncate"(Ptr, I64) -> void;
    /// `bisect.bisect_left`/`bisect_right(xs, x, lo, hi)`: `(list, x, lo, hi
    /// (-1: len), right: 0/1)`; `ValueError: lo must be non-negative`.
    ListBisect = "tp_list_bisect"(Ptr, Slot, I64, I64, I8) -> I64, raises;
    /// `bisect.insort_left`/`insort_right`, same operands.
    ListInsort = "tp_list_insort"(Ptr, Slot, I64, I64, I8) -> void, raises;

    // ---- defaultdict and Counter: dict flavors (`DictFlavor`,
    // `runtime/src/dict_ops/flavor.rs`) ----
    /// `(key kind, value kind, flavor, factory kind a, factory kind b)`: an
    /// empty `defaultdict(factory)` or `Counter()`.
    DictNewFlavored = "tp_dict_new_flavored"(I64, I64, I64, I64, I64) -> Ptr;
    /// `d.copy()`, keeping the flavor.
    DictCopyFlavored = "tp_dict_copy_flavored"(Ptr) -> Ptr;
    /// `(c, xs, sign)`: `c.update(xs)` (1) / `c.subtract(xs)` (-1) for a list
    /// of keys; `AttributeError`/`TypeError` as CPython's unless a Counter.
    CounterAddElements = "tp_counter_add_elements"(Ptr, Ptr, I64) -> void, raises;
    /// `c.subtract(mapping)`.
    CounterSubtract = "tp_counter_subtract"(Ptr, Ptr) -> void, raises;
    /// `c.most_common(n)` (`n` i64::MIN: all) as a list of `(key, count)`.
    CounterMostCommon = "tp_counter_most_common"(Ptr, I64) -> Ptr, raises;
    /// `c.elements()` as a list.
    CounterElements = "tp_counter_elements"(Ptr) -> Ptr, raises;
    /// `c.total()`.
    CounterTotal = "tp_counter_total"(Ptr) -> I64, raises;
    /// `(a, b, op)`: `a + b` (0), `a - b` (1), `a | b` (2), `a & b` (3) of
    /// two dicts: Counter arithmetic, dict/defaultdict merging, else
    /// CPython's `TypeError`.
    DictBinary = "tp_dict_binary"(Ptr, Ptr, I64) -> Ptr, raises;
    /// `(d, key, last)`: `OrderedDict.move_to_end(key, last)`; `KeyError`,
    /// or CPython's `AttributeError` on other dicts
    /// (`runtime/src/dict_ops/ordered.rs`).
    OrderedMoveToEnd = "tp_odict_move_to_end"(Ptr, Slot, I64) -> void, raises;
    /// `(d, last, positional)`: `OrderedDict.popitem(last)` as a new
    /// `(key, value)` tuple; CPython's `TypeError` on other dicts.
    OrderedPopItem = "tp_odict_popitem"(Ptr, I64, I64) -> Ptr, raises;

    // ---- collections.deque (`runtime/src/deque_ops.rs`; element kind from
    // the header). Its layout starts as a list's, so `len`, `in`, `count`,
    // `==`, orderings and `list(d)` use the list functions on it. ----
    /// `tp_deque_new(kind, maxlen)`: `maxlen` i64::MIN for None;
    /// `ValueError: maxlen must be non-negative`.
    DequeNew = "tp_deque_new"(I64, I64) -> Ptr, raises;
    /// `(d, xs, left: 0/1)`: `d.extend(xs)` / `d.extendleft(xs)`, `xs` a list
    /// or deque of the same kind (`d` itself too).
    DequeExtend = "tp_deque_extend"(Ptr, Ptr, I8) -> void;
    /// `(d, x, left: 0/1)`: `d.append(x)` / `d.appendleft(x)`.
    DequeAppend = "tp_deque_append"(Ptr, Slot, I8) -> void;
    /// `(d, left: 0/1)`: `d.pop()` / `d.popleft()` as a new reference;
    /// `IndexError: pop from an empty deque`.
    DequePop = "tp_deque_pop"(Ptr, I8) -> Slot, raises;
    DequeClear = "tp_deque_clear"(Ptr) -> void;
    DequeRotate = "tp_deque_rotate"(Ptr, I64) -> void;
    DequeReverse = "tp_deque_reverse"(Ptr) -> void;
    /// `d[i]` as a new reference; `IndexError: deque index out of range`.
    DequeGetItem = "tp_deque_getitem"(Ptr, I64) -> Slot, raises;
    DequeSetItem = "tp_deque_setitem"(Ptr, I64, Slot) -> void, raises;
    /// The mutation counter a `for` over the deque starts from.
    DequeState = "tp_deque_state"(Ptr) -> I64;
    /// `(d, state)`: `RuntimeError: deque mutated during iteration` unless
    /// the counter is still `state`.
    DequeIterCheck = "tp_deque_iter_check"(Ptr, I64) -> void, raises;
    /// `d.remove(x)`; `ValueError: 'b' is not in deque`.
    DequeRemove = "tp_deque_remove"(Ptr, Slot) -> void, raises;
    /// `d.index(x)`; `ValueError: 5 is not in deque`.
    DequeIndex = "tp_deque_index"(Ptr, Slot) -> I64, raises;
    /// `d.insert(i, x)`; `IndexError: deque already at its maximum size`.
    DequeInsert = "tp_deque_insert"(Ptr, I64, Slot) -> void, raises;
    /// `d.copy()`, with the same `maxlen`.
    DequeCopy = "tp_deque_copy"(Ptr) -> Ptr;
    /// `d.maxlen` as an `int | None` (a new box, or null).
    DequeMaxlen = "tp_deque_maxlen"(Ptr) -> Ptr;

    // ---- tuple (fields carry their own kinds) ----
    /// `tp_tuple_new(len)`: a tuple of `len` None fields for compiled code to fill.
    TupleNew = "tp_tuple_new"(I64) -> Ptr;
    /// `(tuple, index, kind, x)`: sets a field of a tuple being built.
    TupleSetItem = "tp_tuple_set_item"(Ptr, I64, I64, Slot) -> void;
    TupleGetItem = "tp_tuple_getitem"(Ptr, I64) -> Slot, raises;
    TupleGetSlice = "tp_tuple_getslice"(Ptr, I64, I64, I64) -> Ptr, raises;
    TupleConcat = "tp_tuple_concat"(Ptr, Ptr) -> Ptr, raises;
    TupleRepeat = "tp_tuple_repeat"(Ptr, I64) -> Ptr, raises;
    /// `(tuple, kind, x)`: `x in tuple`, as 0/1.
    TupleContains = "tp_tuple_contains"(Ptr, I64, Slot) -> I8;
    TupleEq = "tp_tuple_eq"(Ptr, Ptr) -> I8;
    TupleCompare = "tp_tuple_compare"(Ptr, Ptr, I64) -> I64, raises;
    TupleRepr = "tp_tuple_repr"(Ptr) -> Ptr;
    /// `list(t)` of a `tuple[T, ...]`: `(tuple, kind of T)`.
    TupleToList = "tp_tuple_to_list"(Ptr, I64) -> Ptr;
    ListToTuple = "tp_list_to_tuple"(Ptr) -> Ptr, raises;

    // ---- dict (key and value kinds from the header) ----
    /// `tp_dict_new(key_kind, value_kind)`.
    DictNew = "tp_dict_new"(I64, I64) -> Ptr;
    /// `d[k]` as a new reference; raises `KeyError` (repr of the key).
    DictGetItem = "tp_dict_getitem"(Ptr, Slot) -> Slot, raises;
    DictSetItem = "tp_dict_setitem"(Ptr, Slot, Slot) -> void;
    DictDelItem = "tp_dict_delitem"(Ptr, Slot) -> void, raises;
    DictContains = "tp_dict_contains"(Ptr, Slot) -> I8;
    /// The entry position of a key (for `DictValueAt`/`DictSetValueAt`), or -1.
    DictFind = "tp_dict_find"(Ptr, Slot) -> I64;
    /// `d.get(k, default)` as a new reference.
    DictGet = "tp_dict_get"(Ptr, Slot, Slot) -> Slot;
    DictSetDefault = "tp_dict_setdefault"(Ptr, Slot, Slot) -> Slot;
    DictPop = "tp_dict_pop"(Ptr, Slot) -> Slot, raises;
    DictPopDefault = "tp_dict_pop_default"(Ptr, Slot, Slot) -> Slot;
    /// `d.popitem()` as a new `(key, value)` tuple.
    DictPopItem = "tp_dict_popitem"(Ptr) -> Ptr, raises;
    DictUpdate = "tp_dict_update"(Ptr, Ptr) -> void;
    DictClear = "tp_dict_clear"(Ptr) -> void;
    DictCopy = "tp_dict_copy"(Ptr) -> Ptr;
    DictEq = "tp_dict_eq"(Ptr, Ptr) -> I8;
    /// `(dict, position, start_len, remaining)`: the next live entry position or
    /// -1; raises CPython's "dictionary changed size during iteration".
    DictIterNext = "tp_dict_iter_next"(Ptr, I64, I64, I64) -> I64, raises;
    /// Key / value of the entry at a position, as new references.
    DictKeyAt = "tp_dict_key_at"(Ptr, I64) -> Slot;
    DictValueAt = "tp_dict_value_at"(Ptr, I64) -> Slot;
    DictSetValueAt = "tp_dict_set_value_at"(Ptr, I64, Slot) -> void;
    /// `list(d)`, `list(d.values())`, `list(d.items())` (of tuples).
    DictKeys = "tp_dict_keys"(Ptr) -> Ptr;
    DictValues = "tp_dict_values"(Ptr) -> Ptr;
    DictItems = "tp_dict_items"(Ptr) -> Ptr, raises;
    DictRepr = "tp_dict_repr"(Ptr) -> Ptr;

    // ---- set (element kind from the header; CPython's exact table) ----
    SetNew = "tp_set_new"(I64) -> Ptr;
    SetAdd = "tp_set_add"(Ptr, Slot) -> void;
    SetDiscard = "tp_set_discard"(Ptr, Slot) -> void;
    SetRemove = "tp_set_remove"(Ptr, Slot) -> void, raises;
    SetPop = "tp_set_pop"(Ptr) -> Slot, raises;
    SetContains = "tp_set_contains"(Ptr, Slot) -> I8;
    SetClear = "tp_set_clear"(Ptr) -> void;
    /// `s.copy()`; also a set display of more than two constants, which CPython
    /// builds as a copy of a frozenset constant made by adding them in order.
    SetCopy = "tp_set_copy"(Ptr) -> Ptr;
    SetFromList = "tp_set_from_list"(Ptr) -> Ptr;
    SetFromDict = "tp_set_from_dict"(Ptr) -> Ptr;
    SetUpdateList = "tp_set_update_list"(Ptr, Ptr) -> void;
    SetToList = "tp_set_to_list"(Ptr) -> Ptr;
    /// `a | b`, `a & b`, `a - b`, `a ^ b` as new sets.
    SetOr = "tp_set_or"(Ptr, Ptr) -> Ptr;
    SetAnd = "tp_set_and"(Ptr, Ptr) -> Ptr;
    SetSub = "tp_set_sub"(Ptr, Ptr) -> Ptr;
    SetXor = "tp_set_xor"(Ptr, Ptr) -> Ptr;
    /// `a |= b`, `a &= b`, `a -= b`, `a ^= b`.
    SetIor = "tp_set_ior"(Ptr, Ptr) -> void;
    SetIand = "tp_set_iand"(Ptr, Ptr) -> void;
    SetIsub = "tp_set_isub"(Ptr, Ptr) -> void;
    SetIxor = "tp_set_ixor"(Ptr, Ptr) -> void;
    /// `s.intersection(xs)` / `s.difference_update(xs)` for an iterable made a list.
    SetIntersectionList = "tp_set_intersection_list"(Ptr, Ptr) -> Ptr;
    SetDifferenceUpdateList = "tp_set_difference_update_list"(Ptr, Ptr) -> void;
    SetIsSubset = "tp_set_issubset"(Ptr, Ptr) -> I8;
    SetIsDisjoint = "tp_set_isdisjoint"(Ptr, Ptr) -> I8;
    SetEq = "tp_set_eq"(Ptr, Ptr) -> I8;
    /// `a op b` by inclusion, as 0/1.
    SetCompare = "tp_set_compare"(Ptr, Ptr, I64) -> I8;
    /// `(set, slot, start_len)`: the next element slot or -1; raises
    /// "Set changed size during iteration".
    SetIterNext = "tp_set_iter_next"(Ptr, I64, I64) -> I64, raises;
    SetKeyAt = "tp_set_key_at"(Ptr, I64) -> Slot;
    SetRepr = "tp_set_repr"(Ptr) -> Ptr;

    // ---- optional scalars: boxes (`taipan_abi::boxed_scalar`) ----
    /// A new box holding the value of an `int | None` / `float | None` /
    /// `bool | None` that is not None.
    BoxInt = "tp_box_int"(I64) -> Ptr;
    BoxFloat = "tp_box_float"(F64) -> Ptr;
    BoxBool = "tp_box_bool"(I8) -> Ptr;
    /// `(dict, key)`: `dict.get(key)` for a dict of numbers: a new box
    /// holding the value, or null for a missing key.
    DictGetBoxed = "tp_dict_get_boxed"(Ptr, Slot) -> Ptr;
}
