//! `tp_python_main`: the entry of a Python interpreter with compiled modules
//! built in (`taipan build --python-exe`). Each module is registered in CPython's
//! table of built-in modules before the interpreter starts, so `import a` finds
//! it without loading any shared object.

use std::ffi::{c_char, c_int, CString};

use taipan_abi::extension::inittab_entry;

use crate::cpython_api::{self, PyObject};
use crate::output;
use crate::str_object;

/// A module's `PyInit_<name>`.
type InitFn = unsafe extern "C" fn() -> *mut PyObject;

/// Registers the `n` modules of `entries` and runs `Py_BytesMain(argc, argv)`,
/// returning its exit status.
///
/// # Safety
/// `argv` must be the `argv` of `main`; `entries` must point to `n` entries
/// laid out as `taipan_abi::extension::inittab_entry`, each naming a live str
/// object and a module initialisation function.
#[no_mangle]
pub unsafe extern "C" fn tp_python_main(argc: i32, argv: *const u8, entries: *const u8, n: i64) -> i32 {
    let api = match cpython_api::load() {
        Ok(api) => api,
        Err(message) => {
            output::write_stderr(&format!("taipan interpreter: {message}\n"));
            return 1;
        }
    };
    for i in 0..usize::try_from(n).unwrap_or(0) {
        // SAFETY: the caller guarantees `n` entries of this layout; the name is
        // a live (immortal) str, and `INIT` holds a function of `InitFn`'s type.
        let (name, init) = unsafe {
            let entry = entries.add(i * inittab_entry::SIZE);
            let name = entry.add(inittab_entry::NAME as usize).cast::<*const u8>().read_unaligned();
            let init = entry.add(inittab_entry::INIT as usize).cast::<Option<InitFn>>().read_unaligned();
            (str_object::str_text(name), init)
        };
        // CPython keeps the name for the life of the process.
        let name: &'static std::ffi::CStr = Box::leak(CString::new(name).unwrap_or_default().into_boxed_c_str());
        // SAFETY: called before the interpreter starts, as CPython requires.
        if unsafe { (api.PyImport_AppendInittab)(name.as_ptr(), init) } != 0 {
            output::write_stderr("taipan interpreter: cannot register the built-in modules\n");
            return 1;
        }
    }
    // SAFETY: `argc`/`argv` are `main`'s, as the caller guarantees.
    unsafe { (api.Py_BytesMain)(argc as c_int, argv as *mut *mut c_char) }
}
