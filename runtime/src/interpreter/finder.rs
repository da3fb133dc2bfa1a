//! The finder of the compiled modules built into an interpreter: installs
//! `finder.py` (see its header for why) and implements its `create`, which
//! does for one module what `_imp.create_builtin` does, minus the scan of the
//! table of built-in modules: a hashed lookup of the name, the module's
//! initialisation function, and CPython's bookkeeping of the new module.

use std::collections::{HashMap, HashSet};
use std::ffi::{c_void, CString};
use std::sync::OnceLock;

use crate::cpython_api::{self, Api, PyMethodDef, PyObject, METH_FASTCALL, METH_KEYWORDS};

use super::embed_api::{EmbedApi, PY_FILE_INPUT};
use super::BuiltinModule;

/// The finder's Python source.
const SOURCE: &str = include_str!("finder.py");

/// The file name the source is compiled under (see `finder.py`).
const SOURCE_FILE: &std::ffi::CStr = c"<frozen importlib._bootstrap>";

/// The built-in compiled modules by name, for `create`.
static MODULES: OnceLock<HashMap<&'static str, &'static BuiltinModule>> = OnceLock::new();

/// Installs the finder for `modules`. False with a Python error set when
/// that fails.
pub(super) fn install(api: &Api, embed: &EmbedApi, modules: &'static [BuiltinModule]) -> bool {
    let by_name: HashMap<&'static str, &'static BuiltinModule> = modules.iter().map(|m| (m.name, m)).collect();
    // The packages of dotted names that are no module of the table themselves.
    let mut implicit_packages: HashSet<&str> = HashSet::new();
    for module in modules {
        let mut name = module.name;
        while let Some((parent, _)) = name.rsplit_once('.') {
            name = parent;
            if !by_name.contains_key(parent) {
                implicit_packages.insert(parent);
            }
        }
    }
    let _ = MODULES.set(by_name);
    // SAFETY: the interpreter is initialised and this thread holds the GIL (it
    // started the interpreter); every new reference is released below.
    unsafe {
        let Some(install) = finder_function(api, embed) else { return false };
        let create = (embed.PyCFunction_NewEx)(create_def(), std::ptr::null_mut(), std::ptr::null_mut());
        let names = str_tuple(api, modules.iter().map(|m| m.name));
        let package_names: Vec<&str> = modules.iter().filter(|m| m.is_package).map(|m| m.name).collect();
        let packages = str_tuple(api, package_names.into_iter());
        let implicit = str_tuple(api, implicit_packages.into_iter());
        let args = [create, names, packages, implicit];
        let mut ok = args.iter().all(|a| !a.is_null());
        if ok {
            let tuple = (api.PyTuple_New)(args.len() as isize);
            ok = !tuple.is_null();
            if ok {
                for (i, arg) in args.iter().enumerate() {
                    // `PyTuple_SetItem` steals a reference: give it one.
                    (api.Py_IncRef)(*arg);
                    (api.PyTuple_SetItem)(tuple, i as isize, *arg);
                }
                let result = (embed.PyObject_Call)(install, tuple, std::ptr::null_mut());
                ok = !result.is_null();
                if ok {
                    (api.Py_DecRef)(result);
                }
                (api.Py_DecRef)(tuple);
            }
        }
        for arg in args.into_iter().filter(|a| !a.is_null()) {
            (api.Py_DecRef)(arg);
        }
        (api.Py_DecRef)(install);
        ok
    }
}

/// The `install` function of the finder's source, run in a namespace of its own.
///
/// # Safety
/// The interpreter is initialised and the GIL held.
unsafe fn finder_function(api: &Api, embed: &EmbedApi) -> Option<*mut PyObject> {
    // SAFETY: forwarded from the caller; every new reference is released.
    unsafe {
        let source = CString::new(SOURCE).ok()?;
        let code = (embed.Py_CompileString)(source.as_ptr(), SOURCE_FILE.as_ptr(), PY_FILE_INPUT);
        if code.is_null() {
            return None;
        }
        let globals = (embed.PyDict_New)();
        let name = api.new_str("taipan");
        let mut function = None;
        if !globals.is_null()
            && !name.is_null()
            && (embed.PyDict_SetItemString)(globals, c"__builtins__".as_ptr(), (embed.PyEval_GetBuiltins)()) == 0
            && (embed.PyDict_SetItemString)(globals, c"__name__".as_ptr(), name) == 0
        {
            let result = (embed.PyEval_EvalCode)(code, globals, globals);
            if !result.is_null() {
                (api.Py_DecRef)(result);
                // Borrowed from `globals`: take a reference before releasing it.
                let install = (embed.PyDict_GetItemString)(globals, c"install".as_ptr());
                if !install.is_null() {
                    (api.Py_IncRef)(install);
                    function = Some(install);
                }
            }
        }
        for obj in [code, globals, name].into_iter().filter(|o| !o.is_null()) {
            (api.Py_DecRef)(obj);
        }
        if function.is_none() && (api.PyErr_Occurred)().is_null() {
            api.set_error("SystemError", "the finder source defines no install function");
        }
        function
    }
}

/// A new tuple of the strs `items`; null with a Python error on failure.
///
/// # Safety
/// The GIL is held.
unsafe fn str_tuple<'a>(api: &Api, items: impl ExactSizeIterator<Item = &'a str>) -> *mut PyObject {
    // SAFETY: forwarded from the caller; `PyTuple_SetItem` steals each str.
    unsafe {
        let tuple = (api.PyTuple_New)(items.len() as isize);
        if tuple.is_null() {
            return tuple;
        }
        for (i, item) in items.enumerate() {
            let text = api.new_str(item);
            if text.is_null() {
                (api.Py_DecRef)(tuple);
                return std::ptr::null_mut();
            }
            (api.PyTuple_SetItem)(tuple, i as isize, text);
        }
        tuple
    }
}

/// The `PyMethodDef` of `create`, leaked: CPython keeps pointing to it.
fn create_def() -> *mut PyMethodDef {
    Box::leak(Box::new(PyMethodDef {
        ml_name: c"create".as_ptr(),
        ml_meth: Some(create),
        ml_flags: METH_FASTCALL | METH_KEYWORDS,
        ml_doc: std::ptr::null(),
    }))
}

/// `create(spec)`: the module `spec.name` of the table, made by its
/// initialisation function (which runs the module body; its exception, if
/// any, is the import's) and recorded as `_imp.create_builtin` records a
/// single-phase built-in module (`m_init`, `_PyImport_FixupExtensionObject`).
unsafe extern "C" fn create(
    _self: *mut PyObject,
    args: *const *mut PyObject,
    nargs: isize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    let api = cpython_api::api();
    let Ok(embed) = EmbedApi::load() else {
        api.set_error("SystemError", "the CPython embedding API is missing");
        return std::ptr::null_mut();
    };
    if nargs != 1 || !kwnames.is_null() {
        api.set_error("TypeError", "create() takes exactly one argument (the module spec)");
        return std::ptr::null_mut();
    }
    // SAFETY: CPython passes `nargs` live arguments and holds the GIL; every
    // new reference is released on each way out.
    unsafe {
        let name = (embed.PyObject_GetAttrString)(*args, c"name".as_ptr());
        if name.is_null() {
            return name;
        }
        let mut len = 0isize;
        let text = (api.PyUnicode_AsUTF8AndSize)(name, &mut len);
        let module = if text.is_null() {
            None
        } else {
            let bytes = std::slice::from_raw_parts(text.cast::<u8>(), len as usize);
            let found = std::str::from_utf8(bytes).ok().and_then(|t| MODULES.get()?.get(t).copied());
            if found.is_none() {
                let shown = String::from_utf8_lossy(bytes);
                api.set_error("ImportError", &format!("'{shown}' is not a built-in module"));
            }
            found
        };
        let Some(module) = module else {
            (api.Py_DecRef)(name);
            return std::ptr::null_mut();
        };
        let object = (module.init)();
        if object.is_null() {
            (api.Py_DecRef)(name);
            return object;
        }
        let def = (embed.PyModule_GetDef)(object);
        if !def.is_null() {
            (*def).m_base.m_init = module.init as *mut c_void;
        }
        if let Some(fixup) = embed.fixup_extension {
            if fixup(object, name, name, (embed.PyImport_GetModuleDict)()) < 0 {
                (api.Py_DecRef)(object);
                (api.Py_DecRef)(name);
                return std::ptr::null_mut();
            }
        }
        (api.Py_DecRef)(name);
        object
    }
}
