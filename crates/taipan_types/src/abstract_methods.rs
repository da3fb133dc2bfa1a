//! Abstract base classes: `from abc import ABC, abstractmethod`.
//!
//! `class Shape(ABC)` has no base class at run time (ABC adds nothing to the
//! layout). A method decorated `@abstractmethod` in a class deriving from
//! `ABC` makes the class abstract until a subclass overrides it: CPython's
//! `ABCMeta` then refuses to instantiate it (`TypeError: Can't instantiate
//! abstract class Shape with abstract method area`). Every instance is made
//! by a construction the checker sees (`C(...)`, or `cls(...)` in a
//! classmethod copied per class), so that refusal is a compile error here.
//!
//! Consequently an abstract method's body never runs for a call dispatched
//! on an instance: every instance's class overrides it. Its body may be
//! `...`, `pass` or a docstring even when the method returns a value; the
//! calls that *would* run such a body (`super().area()`, a static or class
//! method called directly) are rejected, since CPython would return `None`
//! where the signature promises a value. (Lowering ends such a body with an
//! unreachable terminator.)

use taipan_diagnostics::Diagnostic;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::class_env::Classes;
use crate::env::FuncSig;
use crate::hir::{FuncId, Ty};
use crate::scan::{Imported, ModuleScan};

/// Whether `e` names `abc.ABC` (imported with `from abc import ABC`).
pub(crate) fn is_abc_base(e: &ast::Expr, scan: &ModuleScan<'_>) -> bool {
    matches!(e, ast::Expr::Name(n) if matches!(scan.imports.get(n.id.as_str()), Some(Imported::Abc(m)) if m == "ABC"))
}

/// Whether a decorator is `@abstractmethod` (by name: the scan checks that
/// the name is imported from `abc`).
pub(crate) fn is_abstractmethod_decorator(d: &ast::Expr) -> bool {
    matches!(d, ast::Expr::Name(n) if n.id.as_str() == "abstractmethod")
}

/// Whether a method is decorated `@abstractmethod`.
pub(crate) fn is_abstract(def: &ast::StmtFunctionDef) -> bool {
    def.decorator_list.iter().any(is_abstractmethod_decorator)
}

/// Whether class `c` (index into `scan.classes`) derives from `ABC`, so
/// that its abstract methods are enforced (without `ABCMeta`,
/// `@abstractmethod` has no effect in CPython).
pub(crate) fn derives_from_abc(scan: &ModuleScan<'_>, c: usize) -> bool {
    let mut class = Some(c);
    while let Some(k) = class {
        let decl = &scan.classes[k];
        if decl.def.bases.iter().any(|b| is_abc_base(b, scan)) {
            return true;
        }
        class = decl.base;
    }
    false
}

/// Checks the `@abstractmethod`s of the class just scanned (index `c`):
/// the decorator must come from `abc`, and the class must derive from
/// `ABC` (elsewhere the decorator does nothing, and the "abstract" body
/// would run).
pub(crate) fn check_class(c: usize, scan: &ModuleScan<'_>, diags: &mut Vec<Diagnostic>) {
    let decl = &scan.classes[c];
    for (_, f) in &decl.methods {
        let def = scan.functions[*f].def;
        let Some(d) = def.decorator_list.iter().find(|d| is_abstractmethod_decorator(d)) else { continue };
        let imported = matches!(scan.imports.get("abstractmethod"), Some(Imported::Abc(m)) if m == "abstractmethod");
        if !imported {
            diags.push(Diagnostic::error(span_of(d), "name 'abstractmethod' is not defined (import it from abc)"));
        } else if !derives_from_abc(scan, c) {
            let msg = format!(
                "@abstractmethod in class '{}', which does not derive from abc.ABC, has no effect in CPython \
                 (not supported: derive the class from ABC)",
                decl.name
            );
            diags.push(Diagnostic::error(span_of(d), msg));
        }
    }
}

/// The abstract methods class `c` still has (sorted, as CPython lists
/// them), empty when it can be instantiated.
pub(crate) fn abstract_methods_of(classes: &Classes, scan: &ModuleScan<'_>, c: usize) -> Vec<String> {
    if !derives_from_abc(scan, c) {
        return Vec::new();
    }
    let mut names: Vec<String> = classes.infos[c]
        .methods
        .iter()
        .filter(|(_, m)| scan.functions.get(m.func.index()).is_some_and(|f| is_abstract(f.def)))
        .map(|(name, _)| name.clone())
        .collect();
    names.sort();
    names
}

/// CPython 3.11's `TypeError` for instantiating class `c`, if it is abstract.
pub(crate) fn instantiation_error(classes: &Classes, scan: &ModuleScan<'_>, c: usize) -> Option<String> {
    let names = abstract_methods_of(classes, scan, c);
    let plural = if names.len() == 1 { "" } else { "s" };
    (!names.is_empty()).then(|| {
        format!("Can't instantiate abstract class {} with abstract method{plural} {}", scan.classes[c].name, names.join(", "))
    })
}

/// Whether a body can only be a placeholder: `...`, `pass` and docstrings.
pub(crate) fn is_placeholder_body(body: &[ast::Stmt]) -> bool {
    body.iter().all(|s| match s {
        ast::Stmt::Pass(_) => true,
        ast::Stmt::Expr(e) => matches!(&*e.value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Ellipsis | ast::Constant::Str(_))),
        _ => false,
    })
}

/// Whether running function `f` directly (not through dispatch on an
/// instance) could fall off the end of an abstract body that promises a
/// value: CPython returns `None` there. Syntactic: a body ending in `raise`
/// cannot.
pub(crate) fn runs_placeholder(scan: &ModuleScan<'_>, sigs: &[FuncSig], f: FuncId) -> bool {
    let Some(decl) = scan.functions.get(f.index()) else { return false };
    let ret = sigs.get(f.index()).map_or(Ty::None, |s| s.ret);
    is_abstract(decl.def) && ret != Ty::None && !matches!(decl.def.body.last(), Some(ast::Stmt::Raise(_)))
}

/// The error for a call that would run such a body.
pub(crate) fn placeholder_call_error(scan: &ModuleScan<'_>, f: FuncId) -> String {
    let name = scan.functions.get(f.index()).map_or("?", |d| d.name.as_str());
    format!(
        "this calls the abstract method '{name}' itself, whose body returns None in CPython \
         where a value is declared (not supported)"
    )
}

/// The message for a method whose body is only a placeholder but that is
/// declared to return a value and is not abstract.
pub(crate) fn missing_return_message(def: &ast::StmtFunctionDef, ret: Ty) -> String {
    if is_placeholder_body(&def.body) {
        format!(
            "missing return statement: '{}' is declared to return {ret} but its body is only a placeholder \
             (CPython returns None): return a value, or make it an @abstractmethod of a class deriving from abc.ABC",
            def.name
        )
    } else {
        "missing return statement".to_string()
    }
}
