//! The contract of a CPython extension module (`taipan build --ext`): what
//! codegen emits and what the runtime's `tp_ext_*` functions read.
//!
//! Codegen emits, per module:
//! - per exported function, a *wrapper* with CPython's `METH_FASTCALL`
//!   signature `PyObject *(PyObject *self, PyObject *const *args, Py_ssize_t nargs)`
//!   that checks the arity, converts each argument (`tp_ext_arg_*`), calls the
//!   compiled function and converts its result (`tp_ext_return_*`), or moves the
//!   pending exception into CPython (`tp_ext_raise_pending`) and returns null;
//! - one [`module_spec`] describing the module, and an array of
//!   [`function_spec`]s, in writable data;
//! - `PyInit_<name>` (the only exported symbol), which returns
//!   `tp_ext_init(&spec)`.
//!
//! An interpreter with compiled modules built in (`taipan build --python-exe`)
//! gets a `main` from codegen that calls `tp_python_main` with an array of
//! [`inittab_entry`]s: the runtime registers each module's `PyInit_<name>` in
//! CPython's table of built-in modules, then starts the interpreter.
//!
//! The runtime builds CPython's `PyModuleDef`/`PyMethodDef` from the spec, so
//! CPython's own layouts are known in one place only: the runtime's
//! `cpython_api` module. Compiled code never touches a CPython object except as
//! an opaque pointer it hands to `tp_ext_*` functions.

/// The prefix of the exported module initialisation function (`PyInit_mod`).
pub const PYINIT_PREFIX: &str = "PyInit_";

/// `module_spec`: everything `tp_ext_init` needs. All `str` fields point to
/// (immortal) taipan str objects.
pub mod module_spec {
    /// Pointer to a str: the module name (`__name__`).
    pub const NAME: i32 = 0;
    /// Pointer to a str, or null: the module docstring.
    pub const DOC: i32 = 8;
    /// Pointer to a str: the source file, for traceback entries.
    pub const FILE: i32 = 16;
    /// Pointer to the module body, `extern "C" fn() -> u8` (nonzero: raised).
    pub const BODY: i32 = 24;
    /// i64: the number of exported functions.
    pub const N_FUNCTIONS: i32 = 32;
    /// Pointer to `N_FUNCTIONS` [`super::function_spec`]s.
    pub const FUNCTIONS: i32 = 40;
    pub const SIZE: usize = 48;
}

/// `function_spec`: one exported function.
pub mod function_spec {
    /// Pointer to a str: the Python name.
    pub const NAME: i32 = 0;
    /// Pointer to the `METH_FASTCALL` wrapper.
    pub const WRAPPER: i32 = 8;
    /// Pointer to a str: the `__doc__` with its `__text_signature__` prefix
    /// (`"name(a, b, /)\n--\n\n"` then the docstring).
    pub const DOC: i32 = 16;
    pub const SIZE: usize = 24;
}

/// `inittab_entry`: one module built into an interpreter.
pub mod inittab_entry {
    /// Pointer to a str: the module name `import` uses.
    pub const NAME: i32 = 0;
    /// Pointer to the module's `PyInit_<name>`.
    pub const INIT: i32 = 8;
    pub const SIZE: usize = 16;
}
