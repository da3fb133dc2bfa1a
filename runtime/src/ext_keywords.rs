//! Keyword arguments of an exported function (`METH_FASTCALL | METH_KEYWORDS`):
//! `tp_ext_bind_keywords` puts each argument of a call with keywords in its
//! parameter's place, as CPython binds the arguments of a Python function, and
//! raises the `TypeError`s a Python function raises (`add() got an unexpected
//! keyword argument 'c'`, `... got multiple values for argument 'a'`,
//! `... missing 1 required positional argument: 'b'`), so a module behaves the
//! same compiled or not.
//!
//! A call without keywords never comes here: the wrapper checks the arity
//! itself (`tp_ext_arity_error`) and reads the argument vector in place.

use crate::cpython_api::{self, PyObject};
use crate::ext_convert::arity_message;
use crate::ffi_result::ErrFlag;
use crate::str_object;

/// `f() got an unexpected keyword argument 'c'`.
pub fn unexpected_keyword_message(func: &str, key: &str) -> String {
    format!("{func}() got an unexpected keyword argument '{key}'")
}

/// `f() got multiple values for argument 'a'`.
pub fn multiple_values_message(func: &str, param: &str) -> String {
    format!("{func}() got multiple values for argument '{param}'")
}

/// `f() missing 2 required positional arguments: 'a' and 'b'` (CPython's
/// `missing_arguments`: `'a', 'b', and 'c'` for three or more).
pub fn missing_message(func: &str, missing: &[&str]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    format!("{func}() missing {} required positional argument{s}: {list}", missing.len())
}

/// Where each argument of a call goes: `Ok(places)` with `places[i]` the
/// index (into the call's argument vector) of parameter `i`'s argument, or
/// `None` when it is not passed; `Err(message)` for a `TypeError`.
pub fn bind(
    func: &str,
    params: &[&str],
    min: usize,
    nargs: usize,
    keywords: &[&str],
) -> Result<Vec<Option<usize>>, String> {
    if nargs > params.len() {
        return Err(arity_message(func, min as i64, params.len() as i64, nargs as i64));
    }
    let mut places: Vec<Option<usize>> = (0..params.len()).map(|i| (i < nargs).then_some(i)).collect();
    for (j, key) in keywords.iter().enumerate() {
        match params.iter().position(|p| p == key) {
            None => return Err(unexpected_keyword_message(func, key)),
            Some(i) if places[i].is_some() => return Err(multiple_values_message(func, key)),
            Some(i) => places[i] = Some(nargs + j),
        }
    }
    let missing: Vec<&str> = (0..min.min(params.len())).filter(|&i| places[i].is_none()).map(|i| params[i]).collect();
    if !missing.is_empty() {
        return Err(missing_message(func, &missing));
    }
    Ok(places)
}

/// `tp_ext_bind_keywords(args, nargs, kwnames, params, min, func, out)`: a
/// call of `func` (whose parameters are named in `params`, a str of the names
/// joined by `,`; the first `min` required) with `nargs` positional arguments
/// then one per name of the tuple `kwnames`. Writes parameter `i`'s argument
/// (borrowed) to `out[i]`, or null when the call does not pass it.
///
/// # Safety
/// `args` holds `nargs + len(kwnames)` live objects; `kwnames` is a live tuple
/// of str; `params` and `func` are live str objects; `out` has room for one
/// pointer per parameter; the GIL is held.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_bind_keywords(
    args: *const *mut PyObject,
    nargs: i64,
    kwnames: *mut PyObject,
    params: *const u8,
    min: i64,
    func: *const u8,
    out: *mut *mut PyObject,
) -> ErrFlag {
    let api = cpython_api::api();
    // SAFETY: forwarded from the caller: every pointer read is live, every
    // index stays inside the vectors the caller describes.
    unsafe {
        let (params, func) = (str_object::str_text(params), str_object::str_text(func));
        let params: Vec<&str> = if params.is_empty() { Vec::new() } else { params.split(',').collect() };
        let nkw = (api.PyTuple_Size)(kwnames).max(0);
        let mut keywords = Vec::with_capacity(nkw as usize);
        for j in 0..nkw {
            let mut len: isize = 0;
            let text = (api.PyUnicode_AsUTF8AndSize)((api.PyTuple_GetItem)(kwnames, j), &mut len);
            if text.is_null() {
                return ErrFlag(1);
            }
            let bytes = std::slice::from_raw_parts(text.cast::<u8>(), len.max(0) as usize);
            // CPython's UTF-8 form of a str is valid UTF-8.
            keywords.push(std::str::from_utf8_unchecked(bytes));
        }
        match bind(func, &params, min.max(0) as usize, nargs.max(0) as usize, &keywords) {
            Ok(places) => {
                for (i, place) in places.iter().enumerate() {
                    *out.add(i) = match place {
                        Some(k) => *args.add(*k),
                        None => std::ptr::null_mut(),
                    };
                }
                ErrFlag(0)
            }
            Err(message) => {
                api.set_error("TypeError", &message);
                ErrFlag(1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts CPython 3.11 gives for a Python `def add(a, b, c=0)`.
    #[test]
    fn binding_follows_python_functions() {
        let params = ["a", "b", "c"];
        assert_eq!(bind("add", &params, 2, 1, &["b"]), Ok(vec![Some(0), Some(1), None]));
        assert_eq!(bind("add", &params, 2, 0, &["c", "a", "b"]), Ok(vec![Some(1), Some(2), Some(0)]));
        assert_eq!(bind("add", &params, 2, 1, &["d"]), Err("add() got an unexpected keyword argument 'd'".into()));
        assert_eq!(bind("add", &params, 2, 1, &["a"]), Err("add() got multiple values for argument 'a'".into()));
        assert_eq!(
            bind("add", &params, 2, 0, &["c"]),
            Err("add() missing 2 required positional arguments: 'a' and 'b'".into())
        );
        assert_eq!(bind("add", &params, 2, 1, &["c"]), Err("add() missing 1 required positional argument: 'b'".into()));
        assert_eq!(
            missing_message("f", &["a", "b", "c"]),
            "f() missing 3 required positional arguments: 'a', 'b', and 'c'"
        );
    }
}
