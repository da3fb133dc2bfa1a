//! The parameters of the methods of `list`, `dict`, `set`, `str` and
//! `deque` as values (`bound_methods.rs`): their types for a receiver of a
//! given type, and how many are required. A parameter CPython types as any
//! iterable (`extend`, `update`, `union`, `join`) is the receiver's own
//! container type here, the common case; another iterable needs a
//! `Callable` annotation where the method is read, or a direct call.
//! Methods taipan does not implement (and dict views, which are not
//! values) have no row.

use crate::hir::Ty;

/// The parameter types of `obj.name` and how many are required, or `None`.
pub(crate) fn builtin_method_params(obj: Ty, name: &str) -> Option<(Vec<Ty>, usize)> {
    let row = |params: &[Ty], required: usize| Some((params.to_vec(), required));
    match obj {
        Ty::List(elem) => {
            let e = *elem;
            match name {
                "append" | "remove" | "index" | "count" => row(&[e], 1),
                "pop" => row(&[Ty::Int], 0),
                "insert" => row(&[Ty::Int, e], 2),
                "extend" => row(&[obj], 1),
                "copy" | "clear" | "reverse" | "sort" => row(&[], 0),
                _ => None,
            }
        }
        Ty::Dict(key, value) => {
            let (k, v) = (*key, *value);
            match name {
                "get" | "pop" => row(&[k, v], 1),
                "setdefault" => row(&[k, v], 2),
                "update" => row(&[obj], 1),
                "popitem" | "clear" | "copy" => row(&[], 0),
                _ => None,
            }
        }
        Ty::Set(elem) => {
            let e = *elem;
            match name {
                "add" | "discard" | "remove" => row(&[e], 1),
                "pop" | "clear" | "copy" => row(&[], 0),
                "update" | "union" | "intersection" | "difference" | "symmetric_difference" | "issubset"
                | "issuperset" | "isdisjoint" => row(&[obj], 1),
                _ => None,
            }
        }
        Ty::Deque(elem) => {
            let e = *elem;
            match name {
                "append" | "appendleft" | "count" | "remove" | "index" => row(&[e], 1),
                "pop" | "popleft" | "clear" | "reverse" | "copy" => row(&[], 0),
                "rotate" => row(&[Ty::Int], 0),
                "insert" => row(&[Ty::Int, e], 2),
                "extend" | "extendleft" => row(&[Ty::list(e)], 1),
                _ => None,
            }
        }
        Ty::Str => match name {
            "join" => row(&[Ty::list(Ty::Str)], 1),
            _ => crate::str_methods::str_method_params(name),
        },
        _ => None,
    }
}
