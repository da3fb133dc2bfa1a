//! `tp_python_main`: the entry of a Python interpreter with compiled modules
//! built in (`taipan build --python-exe`). It starts CPython as `python3`'s own
//! `main` does (`Py_BytesMain`: pre-initialisation and configuration from the
//! command line, then `Py_RunMain`), with two additions:
//!
//! - before start-up, every compiled module joins CPython's table of built-in
//!   modules in one `PyImport_ExtendInittab` call (appending them one by one
//!   copies the growing table each time);
//! - after start-up, before any user code, `finder` puts a finder in front of
//!   `sys.meta_path` that finds them by a hashed lookup, where CPython's
//!   `BuiltinImporter` scans the whole table (several times per import, so
//!   importing N modules cost O(N²)).

mod embed_api;
mod finder;

use std::ffi::{c_char, CString};

use taipan_abi::extension::inittab_entry;

use crate::cpython_api::{self, PyObject};
use crate::output;
use crate::str_object;
use embed_api::{ConfigBuffer, EmbedApi, Inittab, PyStatus};

/// A module's initialisation function (`PyInit_...`).
type InitFn = unsafe extern "C" fn() -> *mut PyObject;

/// A compiled module built into the interpreter.
pub(crate) struct BuiltinModule {
    pub name: &'static str,
    pub init: InitFn,
    pub is_package: bool,
}

/// Registers the `n` modules of `entries` and runs the interpreter with
/// `argc`/`argv`, returning its exit status.
///
/// # Safety
/// `argv` must be the `argv` of `main`; `entries` must point to `n` entries
/// laid out as `taipan_abi::extension::inittab_entry`, each naming a live str
/// object and a module initialisation function.
#[no_mangle]
pub unsafe extern "C" fn tp_python_main(argc: i32, argv: *const u8, entries: *const u8, n: i64) -> i32 {
    let apis = cpython_api::load().and_then(|api| Ok((api, EmbedApi::load()?)));
    let (api, embed) = match apis {
        Ok(apis) => apis,
        Err(message) => {
            output::write_stderr(&format!("taipan interpreter: {message}\n"));
            return 1;
        }
    };
    // SAFETY: forwarded from the caller.
    let modules = unsafe { read_entries(entries, n) };
    if !modules.is_empty() {
        let mut table: Vec<Inittab> = modules
            .iter()
            .map(|m| Inittab { name: leaked_c_string(m.name), initfunc: Some(m.init) })
            .chain([Inittab { name: std::ptr::null(), initfunc: None }])
            .collect();
        // SAFETY: called before the interpreter starts, as CPython requires;
        // the table ends with a null entry and CPython copies it (the names
        // are leaked: CPython keeps pointing to them).
        if unsafe { (embed.PyImport_ExtendInittab)(table.as_mut_ptr()) } != 0 {
            output::write_stderr("taipan interpreter: cannot register the built-in modules\n");
            return 1;
        }
    }
    let argc = argc as isize;
    let argv = argv as *mut *mut c_char;
    // SAFETY: `argc`/`argv` are `main`'s; the configuration buffers are large
    // enough for CPython's structures (see `ConfigBuffer`) and only CPython
    // reads and writes them.
    unsafe {
        let mut preconfig = Box::new(ConfigBuffer([0; 8192]));
        (embed.PyPreConfig_InitPythonConfig)(&mut *preconfig);
        exit_unless_ok(embed, (embed.Py_PreInitializeFromBytesArgs)(&*preconfig, argc, argv));
        let mut config = Box::new(ConfigBuffer([0; 8192]));
        (embed.PyConfig_InitPythonConfig)(&mut *config);
        let status = (embed.PyConfig_SetBytesArgv)(&mut *config, argc, argv);
        let status = if status.is_ok() { (embed.Py_InitializeFromConfig)(&*config) } else { status };
        (embed.PyConfig_Clear)(&mut *config);
        exit_unless_ok(embed, status);
    }
    if !modules.is_empty() && !finder::install(api, embed, modules) {
        // SAFETY: the interpreter is initialised and the error is set.
        unsafe { (embed.PyErr_Print)() };
        output::write_stderr("taipan interpreter: cannot install the finder of the built-in modules\n");
        return 1;
    }
    // SAFETY: the interpreter is initialised from the command line above.
    unsafe { (embed.Py_RunMain)() }
}

/// Ends the process as `python3` does when start-up fails or is all there is
/// to do (`--version`, a bad option): CPython prints the message and exits.
///
/// # Safety
/// `status` comes from CPython's start-up functions.
unsafe fn exit_unless_ok(embed: &EmbedApi, status: PyStatus) {
    if !status.is_ok() {
        // SAFETY: forwarded from the caller; this does not return.
        unsafe { (embed.Py_ExitStatusException)(status) };
    }
}

/// The modules of the codegen-emitted table, leaked: the finder serves them
/// for the life of the process.
///
/// # Safety
/// As for `tp_python_main`.
unsafe fn read_entries(entries: *const u8, n: i64) -> &'static [BuiltinModule] {
    let mut modules = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
    for i in 0..usize::try_from(n).unwrap_or(0) {
        // SAFETY: the caller guarantees `n` entries of this layout; the name is
        // a live (immortal) str, and `INIT` holds a function of `InitFn`'s type.
        let (name, init, flags) = unsafe {
            let entry = entries.add(i * inittab_entry::SIZE);
            let name = entry.add(inittab_entry::NAME as usize).cast::<*const u8>().read_unaligned();
            let init = entry.add(inittab_entry::INIT as usize).cast::<Option<InitFn>>().read_unaligned();
            let flags = entry.add(inittab_entry::FLAGS as usize).cast::<i64>().read_unaligned();
            (str_object::str_text(name), init, flags)
        };
        if let Some(init) = init {
            modules.push(BuiltinModule { name, init, is_package: flags & inittab_entry::IS_PACKAGE != 0 });
        }
    }
    Box::leak(modules.into_boxed_slice())
}

/// A NUL-terminated copy of `text` that lives as long as the process.
fn leaked_c_string(text: &str) -> *const c_char {
    // A module name is an identifier path: no NUL.
    let c = CString::new(text).unwrap_or_default();
    Box::leak(c.into_boxed_c_str()).as_ptr()
}
