//! The frontend's part of a CPython extension build (`taipan build --ext`):
//! which functions the module exports, whether each signature can cross into
//! Python, and the `.pyi` stub that shows the exports' types to mypy and editors.
//!
//! Every public function (`hir::Function::is_public`) is exported. Arguments
//! are `int`, `float`, `bool`, `str`, and `list[T]` / `tuple[...]` /
//! `tuple[T, ...]` of those (nested too; a container element may also be
//! `None`), converted by copy; results also `None`. Arguments may be passed
//! by position or by keyword, as to a Python function.

use std::fmt::Write;

use taipan_diagnostics::Diagnostic;

use crate::hir::{self, Const, Ty};

/// The functions an extension module exports, in definition order.
pub fn exported_functions(module: &hir::Module) -> impl Iterator<Item = (hir::FuncId, &hir::Function)> {
    module
        .functions
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_public())
        .map(|(i, f)| (hir::FuncId(i as u32), f))
}

/// The module-level variables an extension module shows as attributes: the
/// public ones (no leading `_`) of immutable types that convert (`int`,
/// `float`, `bool`, `str`, tuples of those). A list would be copied at import
/// and go stale when compiled code mutates it, so it stays private.
pub fn exported_constants(module: &hir::Module) -> impl Iterator<Item = &hir::ModuleVariable> {
    module.variables.iter().filter(|v| !v.name.starts_with('_') && is_immutable_value(v.ty))
}

fn is_immutable_value(ty: Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::Str => true,
        Ty::TupleOf(elem) => is_immutable_value(*elem),
        Ty::Tuple(fields) => fields.iter().all(|f| is_immutable_value(*f)),
        _ => false,
    }
}

/// Whether a value of `ty` can be passed from Python.
pub fn is_passable(ty: Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::Str => true,
        Ty::List(elem) | Ty::TupleOf(elem) => is_element(*elem),
        Ty::Tuple(fields) => fields.iter().all(|f| is_element(*f)),
        // dict/set conversions are not written yet (they slot in as two more
        // type descriptors in `taipan_abi::extension::ValueType`).
        // Instances and exceptions of compiled classes are not exposed to Python
        // as types yet; optionals need a None check on the way in.
        Ty::None
        | Ty::Dict(..)
        | Ty::Set(_)
        | Ty::Deque(_)
        | Ty::Instance(_)
        | Ty::Exception(_)
        | Ty::Optional(_)
        | Ty::Callable(_)
        | Ty::Iterator(_)
        | Ty::Object
        | Ty::Unknown => false,
    }
}

/// Whether a container element of type `ty` converts (`None` does, as a field).
fn is_element(ty: Ty) -> bool {
    ty == Ty::None || is_passable(ty)
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
    for (_, f) in exported_functions(module) {
        for p in &f.params {
            let param = &f.locals[p.index()];
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
    if nul_doc(&module.doc) {
        diags.push(Diagnostic::error(
            taipan_diagnostics::Span { start: 0, end: 0 },
            "the module docstring of an extension module cannot contain a NUL character",
        ));
    }
    diags
}

/// The text signature CPython shows for an export (`inspect.signature`,
/// `help()`): `add(a, b=1)`. A default that is not a literal (`inf`, `nan`)
/// is written `...`.
pub fn text_signature(f: &hir::Function) -> String {
    let mut out = format!("{}(", f.name);
    for (i, p) in f.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&f.locals[p.index()].name);
        if let Some(Some(default)) = f.defaults.get(i) {
            out.push('=');
            out.push_str(&literal(default).unwrap_or_else(|| "...".to_string()));
        }
    }
    out.push(')');
    out
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
    for (_, f) in exported_functions(module) {
        out.push('\n');
        let _ = write!(out, "def {}(", f.name);
        for (i, p) in f.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let param = &f.locals[p.index()];
            let _ = write!(out, "{}: {}", param.name, param.ty);
            if matches!(f.defaults.get(i), Some(Some(_))) {
                out.push_str(" = ...");
            }
        }
        let _ = writeln!(out, ") -> {}: ...", f.ret);
    }
    out
}
