//! The part of CPython's embedding API that only an interpreter built with
//! compiled modules uses (`tp_python_main`): start-up through `PyConfig`, the
//! table of built-in modules, and running the finder's source. Looked up
//! separately from `cpython_api::Api`, so that importing a shared extension
//! module does not pay for names it never calls.

use std::ffi::{c_char, c_int, c_void};

use crate::cpython_api::{symbol, PyMethodDef, PyObject};

/// `PyStatus` (`Include/cpython/initconfig.h`), returned by value.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct PyStatus {
    /// 0: ok, 1: error, 2: exit with `exitcode`.
    pub kind: c_int,
    pub func: *const c_char,
    pub err_msg: *const c_char,
    pub exitcode: c_int,
}

impl PyStatus {
    pub fn is_ok(&self) -> bool {
        self.kind == 0
    }
}

/// Room for a `PyConfig` or `PyPreConfig`, whose layouts change between
/// CPython versions: taipan only passes their address to CPython's own
/// initialisers and setters. (3.11's `PyConfig` is under 400 bytes.)
#[repr(C, align(16))]
pub struct ConfigBuffer(pub [u8; 8192]);

/// `struct _inittab`: one entry of CPython's table of built-in modules.
#[repr(C)]
pub struct Inittab {
    pub name: *const c_char,
    pub initfunc: Option<unsafe extern "C" fn() -> *mut PyObject>,
}

/// `Py_file_input`: compile a sequence of statements.
pub const PY_FILE_INPUT: c_int = 257;

macro_rules! embed_api {
    (
        required { $($fname:ident: fn($($arg:ty),*) $(-> $ret:ty)?;)* }
        optional { $($field:ident = $oname:ident: fn($($oarg:ty),*) $(-> $oret:ty)?;)* }
    ) => {
        /// The embedding functions, by their C names.
        #[allow(non_snake_case)]
        pub struct EmbedApi {
            $(pub $fname: unsafe extern "C" fn($($arg),*) $(-> $ret)?,)*
            $(pub $field: Option<unsafe extern "C" fn($($oarg),*) $(-> $oret)?>,)*
        }

        impl EmbedApi {
            /// Looks every name up (once per process); the first missing
            /// required one is the error.
            pub fn load() -> Result<&'static EmbedApi, String> {
                static API: std::sync::OnceLock<EmbedApi> = std::sync::OnceLock::new();
                if let Some(api) = API.get() {
                    return Ok(api);
                }
                let api = Self::lookup()?;
                Ok(API.get_or_init(|| api))
            }

            fn lookup() -> Result<EmbedApi, String> {
                Ok(EmbedApi {
                    $(
                        // SAFETY: the symbol is CPython's function of this name,
                        // whose C signature is the one declared above.
                        $fname: unsafe {
                            std::mem::transmute::<*mut c_void, unsafe extern "C" fn($($arg),*) $(-> $ret)?>(
                                symbol(concat!(stringify!($fname), "\0"))?,
                            )
                        },
                    )*
                    $(
                        $field: symbol(concat!(stringify!($oname), "\0")).ok().map(|f| {
                            // SAFETY: as above, for a private function that
                            // some CPython versions lack.
                            unsafe {
                                std::mem::transmute::<*mut c_void, unsafe extern "C" fn($($oarg),*) $(-> $oret)?>(f)
                            }
                        }),
                    )*
                })
            }
        }
    };
}

embed_api! {
    required {
        PyImport_ExtendInittab: fn(*mut Inittab) -> c_int;
        PyPreConfig_InitPythonConfig: fn(*mut ConfigBuffer);
        Py_PreInitializeFromBytesArgs: fn(*const ConfigBuffer, isize, *mut *mut c_char) -> PyStatus;
        PyConfig_InitPythonConfig: fn(*mut ConfigBuffer);
        PyConfig_SetBytesArgv: fn(*mut ConfigBuffer, isize, *const *mut c_char) -> PyStatus;
        Py_InitializeFromConfig: fn(*const ConfigBuffer) -> PyStatus;
        PyConfig_Clear: fn(*mut ConfigBuffer);
        Py_ExitStatusException: fn(PyStatus);
        Py_RunMain: fn() -> c_int;
        Py_CompileString: fn(*const c_char, *const c_char, c_int) -> *mut PyObject;
        PyEval_EvalCode: fn(*mut PyObject, *mut PyObject, *mut PyObject) -> *mut PyObject;
        PyEval_GetBuiltins: fn() -> *mut PyObject;
        PyDict_New: fn() -> *mut PyObject;
        PyDict_SetItemString: fn(*mut PyObject, *const c_char, *mut PyObject) -> c_int;
        PyDict_GetItemString: fn(*mut PyObject, *const c_char) -> *mut PyObject;
        PyObject_Call: fn(*mut PyObject, *mut PyObject, *mut PyObject) -> *mut PyObject;
        PyObject_GetAttrString: fn(*mut PyObject, *const c_char) -> *mut PyObject;
        PyCFunction_NewEx: fn(*mut PyMethodDef, *mut PyObject, *mut PyObject) -> *mut PyObject;
        PyModule_GetDef: fn(*mut PyObject) -> *mut crate::cpython_api::PyModuleDef;
        PyImport_GetModuleDict: fn() -> *mut PyObject;
        PyErr_Print: fn();
    }
    optional {
        // `_PyImport_FixupExtensionObject(module, name, filename, modules)`:
        // what `_imp.create_builtin` does after the init function, recording
        // the module so a later re-import copies it (CPython 3.9–3.12).
        fixup_extension = _PyImport_FixupExtensionObject: fn(*mut PyObject, *mut PyObject, *mut PyObject, *mut PyObject) -> c_int;
    }
}
