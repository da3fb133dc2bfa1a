//! The frontend's part of a CPython extension build (`taipan build --ext`):
//! which functions the module exports, whether each signature can cross into
//! Python, and the `.pyi` stub that shows the exports' types to mypy and editors.
//!
//! Every public function (`hir::Function::is_public`) is exported. Arguments
//! are `int`, `float`, `bool`, `str`, `list[T]` / `tuple[...]` /
//! `tuple[T, ...]` / `dict[K, V]` / `set[K]` of those (nested too; a
//! container element may also be `None`; keys are the hashable ones: `int`,
//! `float`, `bool`, `str` and tuples of those), converted by copy, and `T |
//! None` of any of them; results also `None`. Arguments may be passed by
//! position or by keyword, as to a Python function.

use std::fmt::Write;

use taipan_diagnostics::Diagnostic;

use crate::hir::{self, Const, Ty};

mod flavored_dicts;

pub use flavored_dicts::check_flavored_dicts;

/// The functions an extension module exports, in definition order.
pub fn exported_functions(module: &hir::Module) -> impl Iterator<Item = (hir::FuncId, &hir::Function)> {
    module
        .functions
        .iter()
        .enumerate()
        // (An instance of a generic function, `first[int]`, is no Python name.)
        .filter(|(_, f)| f.is_public() && !f.name.ends_with(']'))
        .map(|(i, f)| (hir::FuncId(i as u32), f))
}

/// The module-level variables an extension module shows as attributes: the
/// public ones (no leading `_`) of immutable types that convert (`int`,
/// `float`, `bool`, `str`, tuples of those, and `T | None` of those). A list
/// (dict, set) would be copied at import and go stale when compiled code
/// mutates it, so it stays private.
pub fn exported_constants(module: &hir::Module) -> impl Iterator<Item = &hir::ModuleVariable> {
    module.variables.iter().filter(|v| !v.name.starts_with('_') && is_immutable_value(v.ty))
}

fn is_immutable_value(ty: Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::Str => true,
        Ty::TupleOf(elem) => is_immutable_value(*elem),
        Ty::Tuple(fields) => fields.iter().all(|f| is_immutable_value(*f)),
        Ty::Optional(inner) => is_immutable_value(*inner),
        _ => false,
    }
}

/// Whether a value of `ty` can be passed from Python.
pub fn is_passable(ty: Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::Str => true,
        Ty::List(elem) | Ty::TupleOf(elem) => is_element(*elem),
        Ty::Tuple(fields) => fields.iter().all(|f| is_element(*f)),
        Ty::Dict(key, value) => is_key(*key) && is_element(*value),
        Ty::Set(elem) => is_key(*elem),
        Ty::Optional(inner) => is_passable(*inner),
        // A deque has no copy written (and no Python counterpart to check
        // against but `collections.deque`). Instances and exceptions of
        // compiled classes are not exposed to Python as types yet.
        Ty::None
        | Ty::Deque(_)
        | Ty::Instance(_)
        | Ty::Exception(_)
        | Ty::Callable(_)
        | Ty::Iterator(_)
        // (An abstract collection would be the Python object itself, not a copy.)
        | Ty::Abstract(..)
        | Ty::Object
        | Ty::Random
        | Ty::Range
        // (No conversion from a Python value to a union is written yet.)
        | Ty::Union(_)
        | Ty::Unknown => false,
    }
}

/// Whether a container element of type `ty` converts (`None` does, as a field).
fn is_element(ty: Ty) -> bool {
    ty == Ty::None || is_passable(ty)
}

/// Whether a dict key or set element of type `ty` converts: the immutable
/// values whose hash and `==` are the same on both sides (`int`, `float`,
/// `bool`, `str`, tuples of those and of `None`).
fn is_key(ty: Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::Str => true,
        Ty::TupleOf(elem) => is_key(*elem) || *elem == Ty::None,
        Ty::Tuple(fields) => fields.iter().all(|f| is_key(*f) || *f == Ty::None),
        _ => false,
    }
}

/// Whether a result of `ty` can be returned to Python.
fn is_returnable(ty: Ty) -> bool {
    is_passable(ty) || ty == Ty::None
}

/// The errors that stop `module` from being built as an extension: exports
/// whose signatures cannot cross into Python, and docstrings CPython cannot
/// carry (a C string ends at the first NUL).
pub fn check_exports(module: &hir::Module) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let nul_doc = |doc: &Option<String>| doc.as_deref().is_some_and(|d| d.contains('\0'));
    for (id, f) in exported_functions(module) {
        // The entry point knows the defaults of the trailing parameters
        // only (`ir::Export::defaults`): `def f(a=1, *, k)` has a required
        // keyword-only parameter after one with a default.
        let first_default = f.defaults.iter().position(Option::is_some);
        if let Some(required) = first_default.and_then(|d| (d..f.params.len()).find(|&i| f.defaults.get(i).is_some_and(Option::is_none))) {
            let name = &f.locals[f.params[required].index()].name;
            diags.push(Diagnostic::error(
                f.span,
                format!(
                    "keyword-only parameter '{name}' of exported function '{}' has no default but a parameter before it has one, which extension modules do not support yet",
                    f.name
                ),
            ));
        }
        for (i, p) in f.params.iter().enumerate() {
            let param = &f.locals[p.index()];
            if module.stored_defaults.contains(&(id, i)) {
                diags.push(Diagnostic::error(
                    f.span,
                    format!(
                        "the default of parameter '{}' of exported function '{}' is not a constant, which extension modules do not support yet",
                        param.name, f.name
                    ),
                ));
            }
            if !is_passable(param.ty) {
                diags.push(Diagnostic::error(
                    f.span,
                    format!(
                        "parameter '{}' of exported function '{}' has type {}, which cannot be passed from Python yet",
                        param.name, f.name, param.ty
                    ),
                ));
            }
        }
        if !is_returnable(f.ret) {
            diags.push(Diagnostic::error(
                f.span,
                format!("exported function '{}' returns {}, which cannot be returned to Python yet", f.name, f.ret),
            ));
        }
        if nul_doc(&f.doc) {
            diags.push(Diagnostic::error(f.span, "the docstring of an exported function cannot contain a NUL character"));
        }
    }
    // `@deco def f` makes `f` a function value (`decorators.rs`), which an
    // extension module does not show as an attribute.
    for f in &module.functions {
        if let Some(name) = f.name.strip_prefix(hir::UNDECORATED_PREFIX).filter(|n| !n.starts_with('_')) {
            diags.push(Diagnostic::error(
                f.span,
                format!("decorated function '{name}' cannot be exported from an extension module yet"),
            ));
        }
    }
    // A generic function is compiled per instantiation: no single function
    // could take Python's arguments (`generics.rs`).
    for (name, span) in module.generic_functions.iter().filter(|(n, _)| !n.starts_with('_')) {
        diags.push(Diagnostic::error(
            *span,
            format!("generic function '{name}' cannot be exported from an extension module (which instantiation would Python call?); make it private ('_{name}') or give it concrete types"),
        ));
    }
    if nul_doc(&module.doc) {
        diags.push(Diagnostic::error(
            taipan_diagnostics::Span { start: 0, end: 0 },
            "the module docstring of an extension module cannot contain a NUL character",
        ));
    }
    diags
}

/// The parameter layout of module function `id`, when some of its
/// parameters are positional-only or keyword-only.
pub fn param_layout(module: &hir::Module, id: hir::FuncId) -> Option<hir::ParamLayout> {
    module.param_layouts.iter().find(|(f, _)| *f == id).map(|(_, layout)| *layout)
}

/// The text signature CPython shows for an export (`inspect.signature`,
/// `help()`): `add(a, b=1)`, `clamp(x, /, lo=0, *, hi)`. A default that is
/// not a literal (`inf`, `nan`) is written `...`.
pub fn text_signature(f: &hir::Function, layout: Option<hir::ParamLayout>) -> String {
    let mut out = format!("{}(", f.name);
    let params = (0..f.params.len()).map(|i| {
        let mut text = f.locals[f.params[i].index()].name.clone();
        if let Some(Some(default)) = f.defaults.get(i) {
            text.push('=');
            text.push_str(&literal(default).unwrap_or_else(|| "...".to_string()));
        }
        text
    });
    out.push_str(&with_markers(params.collect(), layout).join(", "));
    out.push(')');
    out
}

/// Parameters as Python writes them, with `/` after the positional-only
/// ones and `*` before the keyword-only ones (an export has no `*args`).
fn with_markers(params: Vec<String>, layout: Option<hir::ParamLayout>) -> Vec<String> {
    match layout {
        Some(l) => taipan_abi::extension::bound_parameters::with_markers(params, l.positional_only, l.positional),
        None => params,
    }
}

/// `c` as a Python literal that evaluates to it, where there is one.
fn literal(c: &Const) -> Option<String> {
    Some(match c {
        Const::Int(v) => v.to_string(),
        // Rust's shortest round-trip form is a valid Python literal of the same value.
        Const::Float(v) if v.is_finite() => format!("{v:?}"),
        Const::Float(_) => return None,
        Const::Bool(true) => "True".to_string(),
        Const::Bool(false) => "False".to_string(),
        Const::None => "None".to_string(),
        Const::Str(s) => python_str_literal(s),
    })
}

/// A Python literal of `s` (as `repr` writes it for printable text; other
/// characters escaped so the literal stays on one line).
fn python_str_literal(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The `.pyi` stub of the module's exports.
pub fn python_stub(module: &hir::Module) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Stub of the compiled extension module `{}`, generated by taipan.", module.name);
    let mut constants = exported_constants(module).peekable();
    if constants.peek().is_some() {
        out.push('\n');
    }
    for v in constants {
        let _ = writeln!(out, "{}: {}", v.name, v.ty);
    }
    for (id, f) in exported_functions(module) {
        out.push('\n');
        let params = (0..f.params.len()).map(|i| {
            let param = &f.locals[f.params[i].index()];
            let default = if matches!(f.defaults.get(i), Some(Some(_))) { " = ..." } else { "" };
            format!("{}: {}{default}", param.name, param.ty)
        });
        let params = with_markers(params.collect(), param_layout(module, id)).join(", ");
        let _ = writeln!(out, "def {}({params}) -> {}: ...", f.name, f.ret);
    }
    out
}
