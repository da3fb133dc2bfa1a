//! A compiled module loaded into CPython as an extension: `tp_ext_init`, the
//! body of `PyInit_<name>`, and the crossing of exceptions and output between
//! taipan's runtime and the interpreter.
//!
//! What the compiler emits is described in `taipan_abi::extension`; the CPython
//! side is in `cpython_api`. Process-level state that `tp_main` sets up for a
//! program is set up here instead:
//! - stdout goes through Python's `sys.stdout` (see `python_stdout`), so compiled
//!   prints interleave with Python's own and follow its redirections;
//! - the frame-depth counter starts at 1 for the module body and is back at 0
//!   whenever Python calls an exported function (each call counts its own frames).

use std::ffi::{c_char, c_int, CString};

use taipan_abi::extension::{constant_spec, function_spec, global_slot, module_spec, ValueType};

use crate::cpython_api::{self, Api, PyMethodDef, PyModuleDef, PyModuleDefBase, PyObject, METH_FASTCALL,
    METH_KEYWORDS};
use crate::exceptions::{self, ExcType};
use crate::main::{tp_frame_depth, ModuleBody};
use crate::output::{self, StdoutSink};
use crate::str_object;

/// Reads a pointer field of a spec.
///
/// # Safety
/// `base + offset` must hold a pointer (the spec layouts of `taipan_abi::extension`).
unsafe fn field<T>(base: *const u8, offset: i32) -> *const T {
    // SAFETY: forwarded from the caller; specs are 8-byte aligned but read
    // unaligned all the same, as no alignment is promised by the contract.
    unsafe { base.add(offset as usize).cast::<*const T>().read_unaligned() }
}

/// A C string that lives as long as the process (CPython keeps pointers to the
/// names and docs of a module definition forever). An interior NUL ends the text
/// there; the compiler rejects such names and docstrings before they get here.
fn leaked_c_string(text: &str) -> *const c_char {
    let text = text.split('\0').next().unwrap_or("");
    let c = CString::new(text).unwrap_or_default();
    Box::leak(c.into_boxed_c_str()).as_ptr()
}

/// # Safety
/// `obj` must be null or a live str object.
unsafe fn optional_c_string(obj: *const u8) -> *const c_char {
    if obj.is_null() {
        std::ptr::null()
    } else {
        // SAFETY: forwarded from the caller.
        leaked_c_string(unsafe { str_object::str_text(obj) })
    }
}

/// Builds the `PyModuleDef` of a spec. Leaked: CPython requires a module
/// definition to outlive the module.
///
/// # Safety
/// `spec` must point to a `module_spec` as codegen emits it.
unsafe fn module_def(spec: *const u8) -> *mut PyModuleDef {
    // SAFETY: the caller guarantees the layout; every str field is a live
    // (immortal) str object, `FUNCTIONS` points to `N_FUNCTIONS` function specs.
    unsafe {
        let name = str_object::str_text(field(spec, module_spec::NAME));
        let n_functions = spec.add(module_spec::N_FUNCTIONS as usize).cast::<i64>().read_unaligned();
        let functions: *const u8 = field(spec, module_spec::FUNCTIONS);
        let mut methods = Vec::with_capacity(n_functions.max(0) as usize + 1);
        for i in 0..n_functions.max(0) as usize {
            let f = functions.add(i * function_spec::SIZE);
            let wrapper: *const u8 = field(f, function_spec::WRAPPER);
            methods.push(PyMethodDef {
                ml_name: leaked_c_string(str_object::str_text(field(f, function_spec::NAME))),
                // SAFETY: codegen emits each wrapper with CPython's
                // `_PyCFunctionFastWithKeywords` signature.
                ml_meth: Some(std::mem::transmute::<*const u8, cpython_api::PyCFunctionFast>(wrapper)),
                ml_flags: METH_FASTCALL | METH_KEYWORDS,
                ml_doc: optional_c_string(field(f, function_spec::DOC)),
            });
        }
        // The table ends with an all-zero entry.
        methods.push(PyMethodDef { ml_name: std::ptr::null(), ml_meth: None, ml_flags: 0, ml_doc: std::ptr::null() });
        let methods = Box::leak(methods.into_boxed_slice());
        Box::leak(Box::new(PyModuleDef {
            // `PyModuleDef_HEAD_INIT`.
            m_base: PyModuleDefBase {
                ob_refcnt: 1,
                ob_type: std::ptr::null_mut(),
                m_init: std::ptr::null_mut(),
                m_index: 0,
                m_copy: std::ptr::null_mut(),
            },
            m_name: leaked_c_string(name),
            m_doc: optional_c_string(field(spec, module_spec::DOC)),
            // No per-module state: the module's globals are the image's statics.
            m_size: -1,
            m_methods: methods.as_mut_ptr(),
            m_slots: std::ptr::null_mut(),
            m_traverse: std::ptr::null_mut(),
            m_clear: std::ptr::null_mut(),
            m_free: std::ptr::null_mut(),
        }))
    }
}

/// `PyInit_<name>`: creates the module, runs its body, and returns it; null
/// with a CPython exception set when the body raised (the import then fails
/// with that exception, as it does for a `.py` module).
///
/// # Safety
/// `spec` must point to a `module_spec` as codegen emits it. Called by CPython's
/// import machinery, with the GIL held.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_init(spec: *const u8) -> *mut PyObject {
    let api = match cpython_api::load() {
        Ok(api) => api,
        Err(message) => {
            // Without the API no Python exception can be set; CPython then
            // reports that initialisation failed without one.
            output::write_stderr(&format!("taipan extension: {message}\n"));
            return std::ptr::null_mut();
        }
    };
    output::set_stdout_sink(StdoutSink { write: python_stdout::write, flush: python_stdout::flush });
    // SAFETY: forwarded from the caller.
    let (def, body, file) = unsafe {
        let body: *const u8 = field(spec, module_spec::BODY);
        (module_def(spec), body, str_object::str_to_string(field(spec, module_spec::FILE)))
    };
    // SAFETY: `def` is a complete, leaked module definition.
    let module = unsafe { (api.PyModule_Create2)(def, cpython_api::PYTHON_API_VERSION) };
    if module.is_null() {
        return module;
    }
    // SAFETY: codegen stores the module body, `extern "C" fn() -> u8`, here.
    let body = unsafe { std::mem::transmute::<*const u8, Option<ModuleBody>>(body) };
    // The module body is the first frame, as under `tp_main`. The GIL is held,
    // so no compiled code runs concurrently.
    // SAFETY: see above.
    unsafe { tp_frame_depth = 1 };
    let raised = body.map(|body| body() != 0).unwrap_or(false);
    // SAFETY: see above.
    unsafe { tp_frame_depth = 0 };
    if raised {
        raise_pending_in_python(api, &file);
        // SAFETY: we own the only reference to the new module.
        unsafe { (api.Py_DecRef)(module) };
        return std::ptr::null_mut();
    }
    // SAFETY: forwarded from the caller; `module` is the live module made above.
    if !unsafe { set_constants(api, module, spec) } {
        // SAFETY: we own the only reference to the new module.
        unsafe { (api.Py_DecRef)(module) };
        return std::ptr::null_mut();
    }
    module
}

/// Sets the module attributes of the spec's constants, once the body has run
/// (a global it left unassigned is skipped). False with a CPython error set
/// when one fails.
///
/// # Safety
/// `spec` must point to a `module_spec` as codegen emits it; `module` is live;
/// the GIL is held.
unsafe fn set_constants(api: &Api, module: *mut PyObject, spec: *const u8) -> bool {
    // SAFETY: the layout of `taipan_abi::extension`: `CONSTANTS` points to
    // `N_CONSTANTS` constant specs, each naming a live str, a global slot
    // holding a value of the type its descriptor names, and a descriptor str.
    unsafe {
        let n = spec.add(module_spec::N_CONSTANTS as usize).cast::<i64>().read_unaligned();
        let constants: *const u8 = field(spec, module_spec::CONSTANTS);
        for i in 0..n.max(0) as usize {
            let c = constants.add(i * constant_spec::SIZE);
            let slot: *const u8 = field(c, constant_spec::SLOT);
            if slot.add(global_slot::DEFINED as usize).read() == 0 {
                continue;
            }
            let Some(ty) = ValueType::parse(str_object::str_bytes(field(c, constant_spec::DESC))) else {
                api.set_error("SystemError", "malformed type descriptor in a taipan extension module");
                return false;
            };
            let value = slot.add(global_slot::VALUE as usize);
            let bits = if ty == ValueType::Bool { i64::from(value.read()) } else { value.cast::<i64>().read_unaligned() };
            let obj = crate::ext_copy::to_python(api, bits, &ty);
            if obj.is_null() {
                return false;
            }
            // A name is an identifier: no NUL.
            let name = CString::new(str_object::str_text(field(c, constant_spec::NAME))).unwrap_or_default();
            let status = (api.PyObject_SetAttrString)(module, name.as_ptr(), obj);
            (api.Py_DecRef)(obj);
            if status != 0 {
                return false;
            }
        }
        true
    }
}

/// Moves taipan's pending exception into CPython: the same exception type and
/// message, and the compiled frames as traceback entries (innermost first, as
/// CPython adds them while an exception propagates).
fn raise_pending_in_python(api: &Api, file: &str) {
    let file = CString::new(file.replace('\0', "")).unwrap_or_default();
    let exc = exceptions::take_pending();
    let Some(exc) = exc else {
        api.set_error("SystemError", "error return without exception set");
        return;
    };
    let kind = match exc.exc_type {
        ExcType::Builtin(kind) => kind.name(),
        // CPython does not know the compiled class: it gets the nearest built-in base.
        ExcType::Class(id) => crate::exception_classes::builtin_ancestor(id).name(),
        ExcType::System => "SystemError",
    };
    // A user class's `__str__` gives the message CPython shows.
    // SAFETY: the pending exception owns a reference to its live object (or null).
    let user_text = if exc.object.is_null() { None } else { unsafe { crate::exception_object::user_str(exc.object) } };
    api.set_error(kind, user_text.as_deref().unwrap_or(&exc.message));
    if let Some(traceback_add) = api.traceback_add {
        for entry in &exc.traceback {
            let func = CString::new(entry.func_name.replace('\0', "")).unwrap_or_default();
            let line = c_int::try_from(entry.line).unwrap_or(0);
            // SAFETY: a CPython exception is set (above), which `_PyTraceback_Add`
            // annotates; both strings are NUL-terminated and outlive the call.
            unsafe { traceback_add(func.as_ptr(), file.as_ptr(), line) };
        }
    }
}

/// `tp_ext_raise_pending(file)`: a compiled function of the module whose
/// source is `file` returned its error flag to a wrapper, which is about to
/// return null to CPython. (The file is an argument, not runtime state: one
/// runtime serves several modules in an interpreter built with them.)
///
/// # Safety
/// `file` must be null or a live str object; called with the GIL held.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_raise_pending(file: *const u8) {
    // SAFETY: forwarded from the caller.
    let file = unsafe { str_object::str_text(file) };
    raise_pending_in_python(cpython_api::api(), file);
}

/// `tp_ext_release_gil()`: releases the GIL for a compiled function that
/// touches no Python object; returns the thread state to restore.
#[no_mangle]
pub extern "C" fn tp_ext_release_gil() -> *mut std::ffi::c_void {
    // SAFETY: called by a wrapper, which holds the GIL (CPython called it).
    unsafe { (cpython_api::api().PyEval_SaveThread)() }
}

/// `tp_ext_acquire_gil(state)`: takes the GIL back after `tp_ext_release_gil`.
///
/// # Safety
/// `state` is what `tp_ext_release_gil` returned on this thread.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_acquire_gil(state: *mut std::ffi::c_void) {
    // SAFETY: forwarded from the caller.
    unsafe { (cpython_api::api().PyEval_RestoreThread)(state) }
}

/// Compiled `print`s written through Python's `sys.stdout`, one `write` call
/// per piece, as CPython's `print` does. When `sys.stdout` is missing or
/// `None`, output is dropped (as `print` does then). A failing `write` is
/// ignored: runtime output functions cannot raise.
mod python_stdout {
    use super::*;

    fn stdout(api: &Api) -> Option<*mut PyObject> {
        // SAFETY: `PySys_GetObject` takes a C string and returns a borrowed
        // reference or null; the GIL is held while compiled code runs.
        let stdout = unsafe { (api.PySys_GetObject)(c"stdout".as_ptr()) };
        (!stdout.is_null() && stdout != api.none()).then_some(stdout)
    }

    /// Calls `sys.stdout.<method>(*args)`, dropping the result or the error.
    fn call(api: &Api, method: &std::ffi::CStr, text: Option<*mut PyObject>) {
        let Some(stdout) = stdout(api) else { return };
        // SAFETY: every pointer is a live object (or checked for null), and each
        // new reference made here is released here.
        unsafe {
            let name = (api.PyUnicode_InternFromString)(method.as_ptr());
            if name.is_null() {
                (api.PyErr_Clear)();
                return;
            }
            let args = [stdout, text.unwrap_or(std::ptr::null_mut())];
            let nargs = if text.is_some() { 2 } else { 1 };
            let result = (api.PyObject_VectorcallMethod)(name, args.as_ptr(), nargs, std::ptr::null_mut());
            (api.Py_DecRef)(name);
            if result.is_null() {
                (api.PyErr_Clear)();
            } else {
                (api.Py_DecRef)(result);
            }
        }
    }

    pub fn write(bytes: &[u8]) {
        let api = cpython_api::api();
        // Runtime output is always whole UTF-8 text (a formatted value or a str).
        let text = String::from_utf8_lossy(bytes);
        let text = api.new_str(&text);
        if text.is_null() {
            // SAFETY: clearing CPython's error indicator has no precondition.
            unsafe { (api.PyErr_Clear)() };
            return;
        }
        call(api, c"write", Some(text));
        // SAFETY: `text` is the new reference made above.
        unsafe { (api.Py_DecRef)(text) };
    }

    pub fn flush() {
        call(cpython_api::api(), c"flush", None);
    }
}
