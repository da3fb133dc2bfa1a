//! The part of CPython's C API the extension-module glue uses (`ext_module`,
//! `ext_convert`): the few struct layouts it builds, and the functions and
//! objects it calls, looked up by name in the running interpreter when a module
//! initialises (`load`).
//!
//! Why look the names up instead of linking against them: this staticlib also
//! goes into plain executables, where no CPython exists, and an extension must
//! not need Python's headers or libpython to build. The interpreter that loads
//! the extension has every name in its global symbol scope (it is either
//! `python3` itself, linked with `-export-dynamic`, or its `libpython`). A call
//! through the table costs what a call through the PLT costs.
//!
//! This is the only module of the runtime that knows CPython's layouts.

use std::ffi::{c_char, c_int, c_long, c_void, CStr};
use std::sync::OnceLock;

/// A CPython object, only ever handled through pointers.
#[repr(C)]
pub struct PyObject {
    _opaque: [u8; 0],
}

/// `_PyCFunctionFastWithKeywords`: the C signature of a
/// `METH_FASTCALL | METH_KEYWORDS` function.
pub type PyCFunctionFast =
    unsafe extern "C" fn(*mut PyObject, *const *mut PyObject, isize, *mut PyObject) -> *mut PyObject;

/// `PyMethodDef` (`Include/methodobject.h`).
#[repr(C)]
pub struct PyMethodDef {
    pub ml_name: *const c_char,
    pub ml_meth: Option<PyCFunctionFast>,
    pub ml_flags: c_int,
    pub ml_doc: *const c_char,
}

/// `PyModuleDef_Base` as `PyModuleDef_HEAD_INIT` fills it.
#[repr(C)]
pub struct PyModuleDefBase {
    pub ob_refcnt: isize,
    pub ob_type: *mut c_void,
    pub m_init: *mut c_void,
    pub m_index: isize,
    pub m_copy: *mut PyObject,
}

/// `PyModuleDef` (`Include/moduleobject.h`).
#[repr(C)]
pub struct PyModuleDef {
    pub m_base: PyModuleDefBase,
    pub m_name: *const c_char,
    pub m_doc: *const c_char,
    pub m_size: isize,
    pub m_methods: *mut PyMethodDef,
    pub m_slots: *mut c_void,
    pub m_traverse: *mut c_void,
    pub m_clear: *mut c_void,
    pub m_free: *mut c_void,
}

/// `ml_flags` of a function taking `(self, args, nargs)`.
pub const METH_FASTCALL: c_int = 0x0080;
/// With `METH_FASTCALL`: the function takes `(self, args, nargs, kwnames)`.
pub const METH_KEYWORDS: c_int = 0x0002;

/// `PYTHON_API_VERSION`, unchanged since CPython 3.3 (`PyModule_Create2`'s check).
pub const PYTHON_API_VERSION: c_int = 1013;

/// `Py_TPFLAGS_LONG_SUBCLASS`: set on `int` and its subclasses (`bool`).
const TPFLAGS_LONG_SUBCLASS: u64 = 1 << 24;
/// `Py_TPFLAGS_LIST_SUBCLASS`, `..._TUPLE_SUBCLASS`, `..._UNICODE_SUBCLASS`:
/// set on `list`, `tuple`, `str` and their subclasses.
pub const TPFLAGS_LIST_SUBCLASS: u64 = 1 << 25;
pub const TPFLAGS_TUPLE_SUBCLASS: u64 = 1 << 26;
pub const TPFLAGS_UNICODE_SUBCLASS: u64 = 1 << 28;
/// `Py_TPFLAGS_DICT_SUBCLASS`: set on `dict` and its subclasses.
pub const TPFLAGS_DICT_SUBCLASS: u64 = 1 << 29;

/// `offsetof(PyObject, ob_type)`: every object starts with its refcount, then
/// its type (`PyObject_HEAD`, the same in every CPython 3 release build).
const OB_TYPE_OFFSET: usize = 8;

/// `offsetof(PyTypeObject, tp_name)`: right after `PyObject_VAR_HEAD`.
const TP_NAME_OFFSET: usize = 24;

macro_rules! cpython_api {
    (
        functions { $($fname:ident: fn($($arg:ty),*) $(-> $ret:ty)?;)* }
        objects { $($oname:ident),* $(,)? }
    ) => {
        /// The CPython functions and objects the glue uses, by their C names.
        #[allow(non_snake_case)]
        pub struct Api {
            $(pub $fname: unsafe extern "C" fn($($arg),*) $(-> $ret)?,)*
            $(pub $oname: *mut PyObject,)*
            /// `_PyTraceback_Add(funcname, filename, lineno)`: private, so it may be
            /// missing; without it exceptions arrive without compiled frames.
            pub traceback_add: Option<unsafe extern "C" fn(*const c_char, *const c_char, c_int)>,
        }

        impl Api {
            /// Looks every name up; the first missing one is the error.
            fn lookup() -> Result<Api, String> {
                Ok(Api {
                    $(
                        // SAFETY: the symbol is CPython's function of this name,
                        // whose C signature is the one declared above.
                        $fname: unsafe {
                            std::mem::transmute::<*mut c_void, unsafe extern "C" fn($($arg),*) $(-> $ret)?>(
                                symbol(concat!(stringify!($fname), "\0"))?,
                            )
                        },
                    )*
                    $($oname: symbol(concat!(stringify!($oname), "\0"))?.cast(),)*
                    traceback_add: symbol("_PyTraceback_Add\0").ok().map(|f| {
                        // SAFETY: CPython 3.x's `void _PyTraceback_Add(const char *,
                        // const char *, int)`.
                        unsafe {
                            std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*const c_char, *const c_char, c_int)>(f)
                        }
                    }),
                })
            }
        }
    };
}

cpython_api! {
    functions {
        PyModule_Create2: fn(*mut PyModuleDef, c_int) -> *mut PyObject;
        PyLong_FromLongLong: fn(i64) -> *mut PyObject;
        PyLong_AsLongLongAndOverflow: fn(*mut PyObject, *mut c_int) -> i64;
        PyLong_AsDouble: fn(*mut PyObject) -> f64;
        PyFloat_FromDouble: fn(f64) -> *mut PyObject;
        PyFloat_AsDouble: fn(*mut PyObject) -> f64;
        PyBool_FromLong: fn(c_long) -> *mut PyObject;
        PyType_GetFlags: fn(*mut PyObject) -> u64;
        PyType_IsSubtype: fn(*mut PyObject, *mut PyObject) -> c_int;
        PyErr_SetObject: fn(*mut PyObject, *mut PyObject);
        PyErr_SetNone: fn(*mut PyObject);
        PyErr_Occurred: fn() -> *mut PyObject;
        PyErr_Clear: fn();
        Py_IncRef: fn(*mut PyObject);
        Py_DecRef: fn(*mut PyObject);
        PyUnicode_FromStringAndSize: fn(*const c_char, isize) -> *mut PyObject;
        PyUnicode_InternFromString: fn(*const c_char) -> *mut PyObject;
        PyUnicode_AsUTF8AndSize: fn(*mut PyObject, *mut isize) -> *const c_char;
        PyEval_SaveThread: fn() -> *mut c_void;
        PyEval_RestoreThread: fn(*mut c_void);
        PyObject_SetAttrString: fn(*mut PyObject, *const c_char, *mut PyObject) -> c_int;
        PyList_New: fn(isize) -> *mut PyObject;
        PyList_Size: fn(*mut PyObject) -> isize;
        PyList_GetItem: fn(*mut PyObject, isize) -> *mut PyObject;
        PyList_SetItem: fn(*mut PyObject, isize, *mut PyObject) -> c_int;
        PyTuple_New: fn(isize) -> *mut PyObject;
        PyTuple_Size: fn(*mut PyObject) -> isize;
        PyTuple_GetItem: fn(*mut PyObject, isize) -> *mut PyObject;
        PyTuple_SetItem: fn(*mut PyObject, isize, *mut PyObject) -> c_int;
        PyDict_New: fn() -> *mut PyObject;
        PyDict_Next: fn(*mut PyObject, *mut isize, *mut *mut PyObject, *mut *mut PyObject) -> c_int;
        PyDict_SetItem: fn(*mut PyObject, *mut PyObject, *mut PyObject) -> c_int;
        PySet_New: fn(*mut PyObject) -> *mut PyObject;
        PySet_Add: fn(*mut PyObject, *mut PyObject) -> c_int;
        PyObject_GetIter: fn(*mut PyObject) -> *mut PyObject;
        PyIter_Next: fn(*mut PyObject) -> *mut PyObject;
        PyObject_HasAttrString: fn(*mut PyObject, *const c_char) -> c_int;
        PySys_GetObject: fn(*const c_char) -> *mut PyObject;
        PyObject_VectorcallMethod: fn(*mut PyObject, *const *mut PyObject, usize, *mut PyObject) -> *mut PyObject;
        PyImport_AppendInittab: fn(*const c_char, Option<unsafe extern "C" fn() -> *mut PyObject>) -> c_int;
        Py_BytesMain: fn(c_int, *mut *mut c_char) -> c_int;
    }
    objects { _Py_NoneStruct, _Py_TrueStruct, _Py_FalseStruct, PyFloat_Type, PyLong_Type, PyDict_Type, PySet_Type }
}

// SAFETY: the table is written once, before any other thread can read it (under
// `OnceLock`), and holds only function pointers and addresses of CPython's
// static objects, which live as long as the process.
unsafe impl Send for Api {}
// SAFETY: as for `Send`; the table is never written after `load`.
unsafe impl Sync for Api {}

static API: OnceLock<Api> = OnceLock::new();

extern "C" {
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

/// `RTLD_DEFAULT`: search the global scope of the process.
#[cfg(target_os = "macos")]
const RTLD_DEFAULT: *mut c_void = -2isize as *mut c_void;
#[cfg(not(target_os = "macos"))]
const RTLD_DEFAULT: *mut c_void = std::ptr::null_mut();

/// The address of `name` (NUL-terminated) in the process, or an error naming it.
pub(crate) fn symbol(name: &str) -> Result<*mut c_void, String> {
    if !name.ends_with('\0') {
        return Err(format!("symbol name {name:?} is not NUL-terminated"));
    }
    // SAFETY: `name` is NUL-terminated (checked), and dlsym has no other
    // precondition; it does not keep the pointer.
    let address = unsafe { dlsym(RTLD_DEFAULT, name.as_ptr().cast()) };
    if address.is_null() {
        Err(format!("the CPython symbol {} is missing", name.trim_end_matches('\0')))
    } else {
        Ok(address)
    }
}

/// Looks the API up (once per process).
pub fn load() -> Result<&'static Api, String> {
    if let Some(api) = API.get() {
        return Ok(api);
    }
    let api = Api::lookup()?;
    Ok(API.get_or_init(|| api))
}

/// The API table. Only called by code that runs after `load` succeeded: the
/// wrappers of a module are reachable only through the module `load` created.
pub fn api() -> &'static Api {
    match API.get() {
        Some(api) => api,
        // Unreachable (see above); abort rather than touch CPython blindly.
        None => std::process::abort(),
    }
}

impl Api {
    pub fn none(&self) -> *mut PyObject {
        self._Py_NoneStruct
    }

    /// `Py_TYPE(obj)`.
    ///
    /// # Safety
    /// `obj` must be a live CPython object.
    pub unsafe fn type_of(&self, obj: *mut PyObject) -> *mut PyObject {
        // SAFETY: every object starts with `PyObject_HEAD` (see OB_TYPE_OFFSET).
        unsafe { *(obj as *const u8).add(OB_TYPE_OFFSET).cast::<*mut PyObject>() }
    }

    /// `PyLong_Check(obj)`: an `int`, or an instance of a subclass (`bool`).
    ///
    /// # Safety
    /// `obj` must be a live CPython object.
    pub unsafe fn is_int(&self, obj: *mut PyObject) -> bool {
        // SAFETY: forwarded from the caller.
        let ty = unsafe { self.type_of(obj) };
        // SAFETY: `ty` is a live type object.
        ty == self.PyLong_Type || unsafe { (self.PyType_GetFlags)(ty) } & TPFLAGS_LONG_SUBCLASS != 0
    }

    /// Whether the type of `obj` has the fast-subclass `flag` (`PyList_Check`...).
    ///
    /// # Safety
    /// `obj` must be a live CPython object.
    pub unsafe fn has_type_flag(&self, obj: *mut PyObject, flag: u64) -> bool {
        // SAFETY: forwarded from the caller; the type of a live object is live.
        unsafe { (self.PyType_GetFlags)(self.type_of(obj)) & flag != 0 }
    }

    /// Whether `obj` is a `float` exactly (subclasses are handled by `PyFloat_AsDouble`).
    ///
    /// # Safety
    /// `obj` must be a live CPython object.
    pub unsafe fn is_exact_float(&self, obj: *mut PyObject) -> bool {
        // SAFETY: forwarded from the caller.
        unsafe { self.type_of(obj) == self.PyFloat_Type }
    }

    /// The name CPython's messages give the type of `obj` (`None` for `None`, as
    /// `_PyArg_BadArgument` does, else `tp_name`).
    ///
    /// # Safety
    /// `obj` must be a live CPython object.
    pub unsafe fn type_name(&self, obj: *mut PyObject) -> String {
        if obj == self.none() {
            return "None".to_string();
        }
        // SAFETY: `ty` is a live type object, whose `tp_name` is a C string.
        unsafe {
            let ty = self.type_of(obj);
            let name = *(ty as *const u8).add(TP_NAME_OFFSET).cast::<*const c_char>();
            if name.is_null() {
                return "object".to_string();
            }
            CStr::from_ptr(name).to_string_lossy().into_owned()
        }
    }

    /// A new Python `str` of `text`; null with a CPython error on failure.
    pub fn new_str(&self, text: &str) -> *mut PyObject {
        // SAFETY: `text` is valid UTF-8 of the given length; CPython copies it.
        unsafe { (self.PyUnicode_FromStringAndSize)(text.as_ptr().cast(), text.len() as isize) }
    }

    /// Sets CPython's error indicator to the builtin exception `PyExc_<kind>`
    /// with `message` (none when empty, like `raise ValueError`).
    pub fn set_error(&self, kind: &str, message: &str) {
        let exc_type = match symbol(&format!("PyExc_{kind}\0")) {
            // SAFETY: `PyExc_X` is a `PyObject *` variable holding the type.
            Ok(address) => unsafe { *address.cast::<*mut PyObject>() },
            Err(_) => {
                // Every taipan exception kind is a builtin; fall back all the same.
                return self.set_error("SystemError", &format!("unknown exception type {kind}: {message}"));
            }
        };
        // SAFETY: `exc_type` is a live exception type; a null message object
        // means CPython already set a (memory) error.
        unsafe {
            if message.is_empty() {
                (self.PyErr_SetNone)(exc_type);
                return;
            }
            let text = self.new_str(message);
            if text.is_null() {
                return;
            }
            (self.PyErr_SetObject)(exc_type, text);
            (self.Py_DecRef)(text);
        }
    }
}
