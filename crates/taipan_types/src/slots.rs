//! `__slots__ = ("x", "y")` in a class body. Every instance has a fixed
//! layout already, so the declaration changes no code; it only makes the
//! class creation and the assignments CPython rejects compile errors:
//!
//! - a listed name the class body also binds (a value, a method):
//!   CPython's `ValueError: 'x' in __slots__ conflicts with class variable`;
//! - a field (an instance attribute `__init__` assigns) that no `__slots__`
//!   of the class and its bases lists, when all of them declare one and
//!   none lists `__dict__` (otherwise instances have a `__dict__`):
//!   CPython's `AttributeError: 'P' object has no attribute 'z'` at the
//!   assignment.

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::name_of;
use crate::hir;
use crate::scan::ModuleScan;

/// The names a class body's `__slots__` lists (`None`: it has none, or it
/// is not a tuple or list of str literals, reported by `class_env.rs`).
fn slot_names(body: &[ast::Stmt]) -> Option<Vec<String>> {
    let value = body.iter().find_map(|s| match s {
        ast::Stmt::Assign(a) if a.targets.len() == 1 && name_of(&a.targets[0]) == Some("__slots__") => Some(&*a.value),
        ast::Stmt::AnnAssign(a) if name_of(&a.target) == Some("__slots__") => a.value.as_deref(),
        _ => None,
    })?;
    let elts: Vec<&ast::Expr> = match value {
        ast::Expr::Tuple(t) => t.elts.iter().collect(),
        ast::Expr::List(l) => l.elts.iter().collect(),
        one => vec![one],
    };
    elts.iter()
        .map(|e| match e {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(s.clone()),
            _ => None,
        })
        .collect()
}

/// CPython's class-creation check: a listed name may not also be a class
/// attribute or method. `class` is the body as written (before a
/// dataclass's defaults are moved into its `__init__`).
pub(crate) fn check_conflicts(class: &ast::StmtClassDef, diags: &mut Vec<Diagnostic>) {
    let Some(names) = slot_names(&class.body) else { return };
    for stmt in &class.body {
        let bound = match stmt {
            ast::Stmt::Assign(a) => a.targets.iter().filter_map(name_of).collect(),
            ast::Stmt::AnnAssign(a) if a.value.is_some() => name_of(&a.target).into_iter().collect(),
            ast::Stmt::FunctionDef(f) => vec![f.name.as_str()],
            _ => Vec::new(),
        };
        if let Some(name) = bound.into_iter().find(|b| names.iter().any(|n| n == b)) {
            diags.push(Diagnostic::error(span_of(stmt), format!("'{name}' in __slots__ conflicts with class variable")));
        }
    }
}

/// The names the `__slots__` of class `c` and its bases allow, when they
/// restrict instances (all declare one, none lists `__dict__`).
fn allowed_names(c: usize, scan: &ModuleScan<'_>) -> Option<Vec<String>> {
    let mut allowed = Vec::new();
    let mut class = Some(c);
    while let Some(k) = class {
        let decl = &scan.classes[k];
        if decl.exception.is_some() {
            return None;
        }
        let names = slot_names(&decl.def.body)?;
        if names.iter().any(|n| n == "__dict__") {
            return None;
        }
        allowed.extend(names);
        class = decl.base;
    }
    Some(allowed)
}

/// Reports each field of class `c` (those it adds to its base's) that its
/// slots do not list.
pub(crate) fn check_fields(c: usize, scan: &ModuleScan<'_>, fields: &[hir::Field], diags: &mut Vec<Diagnostic>) {
    let Some(allowed) = allowed_names(c, scan) else { return };
    let decl = &scan.classes[c];
    for field in fields.iter().filter(|f| !allowed.contains(&f.name)) {
        let span = assignment_span(c, scan, &field.name).unwrap_or(decl.span);
        let msg = format!("'{}' object has no attribute '{}' (its __slots__ do not list it)", decl.name, field.name);
        diags.push(Diagnostic::error(span, msg));
    }
}

/// Where class `c`'s own `__init__` assigns `self.<name>`, if it does.
fn assignment_span(c: usize, scan: &ModuleScan<'_>, name: &str) -> Option<Span> {
    let (_, f) = scan.classes[c].methods.iter().find(|(m, _)| m == "__init__")?;
    let def = scan.functions[*f].def;
    let self_name = crate::class_env::self_name(def)?;
    let mut found = None;
    for stmt in &def.body {
        find_self_store(taipan_syntax::visit::Node::Stmt(stmt), self_name, name, &mut found);
    }
    found
}

fn find_self_store(node: taipan_syntax::visit::Node<'_>, self_name: &str, name: &str, found: &mut Option<Span>) {
    if found.is_some() {
        return;
    }
    if let taipan_syntax::visit::Node::Expr(e @ ast::Expr::Attribute(a)) = node {
        if a.ctx == ast::ExprContext::Store && a.attr.as_str() == name && name_of(&a.value) == Some(self_name) {
            *found = Some(span_of(e));
            return;
        }
    }
    taipan_syntax::visit::for_each_child(node, &mut |child| find_self_store(child, self_name, name, found));
}
