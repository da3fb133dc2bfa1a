//! Keyword arguments of an exported function (`METH_FASTCALL | METH_KEYWORDS`):
//! `tp_ext_bind_keywords` puts each argument of a call with keywords in its
//! parameter's place, as CPython binds the arguments of a Python function, and
//! raises the `TypeError`s a Python function raises (`add() got an unexpected
//! keyword argument 'c'`, `... got multiple values for argument 'a'`,
//! `... missing 1 required positional argument: 'b'`), so a module behaves the
//! same compiled or not.
//!
//! A call without keywords of a function whose parameters are all plain
//! never comes here: the wrapper checks the arity itself
//! (`tp_ext_arity_error`) and reads the argument vector in place. With
//! positional-only or keyword-only parameters (the parameter list carries
//! Python's `/` and `*` markers: `taipan_abi::extension::bound_parameters`),
//! every call is bound here, with the messages of a Python function
//! (`taipan_abi::binding_messages`): `f() takes 1 positional argument but 2
//! were given`, `f() missing 1 required keyword-only argument: 'k'`, `f() got
//! some positional-only arguments passed as keyword arguments: 'a'`.

use taipan_abi::binding_messages::{self, MissingKind};
use taipan_abi::extension::bound_parameters::{self, Kind};

use crate::cpython_api::{self, PyObject};
use crate::ext_convert::arity_message;
use crate::ffi_result::ErrFlag;
use crate::str_object;

/// Where each argument of a call goes: `Ok(places)` with `places[i]` the
/// index (into the call's argument vector) of parameter `i`'s argument, or
/// `None` when it is not passed; `Err(message)` for a `TypeError`. The first
/// `min` parameters are required (the others have defaults).
pub fn bind(
    func: &str,
    params: &[(&str, Kind)],
    min: usize,
    nargs: usize,
    keywords: &[&str],
) -> Result<Vec<Option<usize>>, String> {
    let plain = params.iter().all(|p| p.1 == Kind::Positional);
    if plain && nargs > params.len() {
        return Err(arity_message(func, min as i64, params.len() as i64, nargs as i64));
    }
    // As CPython: positional arguments, then keywords, then the count of
    // positional arguments, then what is missing.
    let positional = params.iter().take_while(|p| p.1 != Kind::KeywordOnly).count();
    let mut places: Vec<Option<usize>> = (0..params.len()).map(|i| (i < nargs.min(positional)).then_some(i)).collect();
    for (j, key) in keywords.iter().enumerate() {
        match params.iter().position(|p| p.0 == *key && p.1 != Kind::PositionalOnly) {
            None => {
                let positional_only: Vec<&str> = (params.iter().filter(|p| p.1 == Kind::PositionalOnly))
                    .map(|p| p.0)
                    .filter(|p| keywords.contains(p))
                    .collect();
                if !positional_only.is_empty() {
                    return Err(binding_messages::positional_only_as_keyword(func, &positional_only));
                }
                return Err(binding_messages::unexpected_keyword(func, key));
            }
            Some(i) if places[i].is_some() => return Err(binding_messages::multiple_values(func, key)),
            Some(i) => places[i] = Some(nargs + j),
        }
    }
    if nargs > positional {
        let keyword_only_given = places[positional..].iter().filter(|p| p.is_some()).count();
        let required = min.min(positional);
        return Err(binding_messages::too_many_positional(func, required, positional, nargs, keyword_only_given));
    }
    let missing = |range: std::ops::Range<usize>| -> Vec<&str> {
        range.filter(|&i| places[i].is_none()).map(|i| params[i].0).collect()
    };
    let missing_positional = missing(0..min.min(positional));
    if !missing_positional.is_empty() {
        return Err(binding_messages::missing(func, MissingKind::Positional, &missing_positional));
    }
    let missing_keyword_only = missing(positional..min.clamp(positional, params.len()));
    if !missing_keyword_only.is_empty() {
        return Err(binding_messages::missing(func, MissingKind::KeywordOnly, &missing_keyword_only));
    }
    Ok(places)
}

/// `tp_ext_bind_keywords(args, nargs, kwnames, params, min, func, out)`: a
/// call of `func` (whose parameters are named in `params`, a str of the names
/// joined by `,` with `/` and `*` markers; the first `min` required) with
/// `nargs` positional arguments then one per name of the tuple `kwnames`
/// (null: none). Writes parameter `i`'s argument
/// (borrowed) to `out[i]`, or null when the call does not pass it.
///
/// # Safety
/// `args` holds `nargs + len(kwnames)` live objects; `kwnames` is null or a
/// live tuple of str; `params` and `func` are live str objects; `out` has room for one
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
        let params = bound_parameters::decode(params);
        // (Null for a call without keywords of a function whose parameters
        // have kinds: the wrapper binds all of its calls here.)
        let nkw = if kwnames.is_null() { 0 } else { (api.PyTuple_Size)(kwnames).max(0) };
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
        let params = bound_parameters::decode("a,b,c");
        assert_eq!(bind("add", &params, 2, 1, &["b"]), Ok(vec![Some(0), Some(1), None]));
        assert_eq!(bind("add", &params, 2, 0, &["c", "a", "b"]), Ok(vec![Some(1), Some(2), Some(0)]));
        assert_eq!(bind("add", &params, 2, 1, &["d"]), Err("add() got an unexpected keyword argument 'd'".into()));
        assert_eq!(bind("add", &params, 2, 1, &["a"]), Err("add() got multiple values for argument 'a'".into()));
        assert_eq!(
            bind("add", &params, 2, 0, &["c"]),
            Err("add() missing 2 required positional arguments: 'a' and 'b'".into())
        );
        assert_eq!(bind("add", &params, 2, 1, &["c"]), Err("add() missing 1 required positional argument: 'b'".into()));
    }

    /// The texts CPython 3.11 gives for `def f(a, /, b, *, k, t=0)` (called
    /// with or without keywords: a wrapper binds every call of it here).
    #[test]
    fn binding_follows_parameter_kinds() {
        let params = bound_parameters::decode("a,/,b,*,k,t");
        assert_eq!(bind("f", &params, 3, 2, &["k"]), Ok(vec![Some(0), Some(1), Some(2), None]));
        assert_eq!(bind("f", &params, 3, 1, &["t", "k", "b"]), Ok(vec![Some(0), Some(3), Some(2), Some(1)]));
        assert_eq!(
            bind("f", &params, 3, 3, &[]),
            Err("f() takes 2 positional arguments but 3 were given".into())
        );
        assert_eq!(
            bind("f", &params, 3, 3, &["k"]),
            Err("f() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given".into())
        );
        assert_eq!(bind("f", &params, 3, 2, &[]), Err("f() missing 1 required keyword-only argument: 'k'".into()));
        assert_eq!(bind("f", &params, 3, 1, &["k"]), Err("f() missing 1 required positional argument: 'b'".into()));
        assert_eq!(
            bind("f", &params, 3, 0, &["b", "a", "k"]),
            Err("f() got some positional-only arguments passed as keyword arguments: 'a'".into())
        );
        assert_eq!(bind("f", &params, 3, 2, &["z"]), Err("f() got an unexpected keyword argument 'z'".into()));
        assert_eq!(bind("f", &params, 3, 2, &["k", "b"]), Err("f() got multiple values for argument 'b'".into()));
    }
}
