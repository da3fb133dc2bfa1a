//! `@functools.total_ordering` on a class: before the scan, the class gets
//! the comparison methods it lacks, written as `functools` writes them
//! (`Lib/functools.py`), from the one it defines — the first of `__lt__`,
//! `__le__`, `__gt__`, `__ge__` it has, as CPython picks its root:
//!
//! ```python
//! def __gt__(self, other: T) -> bool:      # from __lt__
//!     return not self.__lt__(other) and self != other
//! ```
//!
//! `self.__lt__(other)` dispatches as `type(self).__lt__(self, other)` does,
//! and `self != other` uses the class's `__eq__` (identity without one),
//! as in CPython. The root's `other` parameter gives the generated ones
//! their type. A class that defines none of the four itself is rejected
//! (CPython would also look at its bases).

use std::collections::HashSet;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;

/// The orderings, in the order CPython prefers a root.
const ORDERINGS: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];

/// The body of `derived` computed from `root` (`functools._convert`), with
/// `R` standing for the root's result `self.<root>(other)`.
fn derived_body(root: &str, derived: &str) -> &'static str {
    match (root, derived) {
        ("__lt__", "__gt__") => "not R and self != other",
        ("__lt__", "__le__") => "R or self == other",
        ("__lt__", "__ge__") => "not R",
        ("__le__", "__ge__") => "not R or self == other",
        ("__le__", "__lt__") => "R and self != other",
        ("__le__", "__gt__") => "not R",
        ("__gt__", "__lt__") => "not R and self != other",
        ("__gt__", "__ge__") => "R or self == other",
        ("__gt__", "__le__") => "not R",
        ("__ge__", "__le__") => "not R or self == other",
        ("__ge__", "__gt__") => "R and self != other",
        _ => "not R", // ("__ge__", "__lt__")
    }
}

/// The names the module binds to `functools` and to `total_ordering`.
fn bindings(suite: &[ast::Stmt]) -> (HashSet<String>, HashSet<String>) {
    let (mut modules, mut members) = (HashSet::new(), HashSet::new());
    for stmt in suite {
        match stmt {
            ast::Stmt::Import(i) => {
                for alias in i.names.iter().filter(|a| a.name.as_str() == "functools") {
                    modules.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
            ast::Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "functools") => {
                for alias in i.names.iter().filter(|a| a.name.as_str() == "total_ordering") {
                    members.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
            _ => {}
        }
    }
    (modules, members)
}

fn is_total_ordering(d: &ast::Expr, modules: &HashSet<String>, members: &HashSet<String>) -> bool {
    match d {
        ast::Expr::Name(n) => members.contains(n.id.as_str()),
        ast::Expr::Attribute(a) => {
            a.attr.as_str() == "total_ordering" && matches!(&*a.value, ast::Expr::Name(m) if modules.contains(m.id.as_str()))
        }
        _ => false,
    }
}

/// The module with every `@total_ordering` class completed (`None` if
/// there is none), and the errors of those that cannot be.
pub(crate) fn expand(suite: &[ast::Stmt]) -> (Option<Vec<ast::Stmt>>, Vec<Diagnostic>) {
    let (modules, members) = bindings(suite);
    if modules.is_empty() && members.is_empty() {
        return (None, Vec::new());
    }
    let mut errors = Vec::new();
    let mut changed = false;
    let out = suite
        .iter()
        .map(|stmt| {
            let ast::Stmt::ClassDef(class) = stmt else { return stmt.clone() };
            let Some(at) = class.decorator_list.iter().position(|d| is_total_ordering(d, &modules, &members)) else {
                return stmt.clone();
            };
            changed = true;
            let mut class = class.clone();
            let decorator = class.decorator_list.remove(at);
            if let Err(msg) = complete(&mut class, span_of(&decorator)) {
                errors.push(Diagnostic::error(span_of(&decorator), msg));
            }
            ast::Stmt::ClassDef(class)
        })
        .collect();
    (changed.then_some(out), errors)
}

/// Adds the orderings `class` lacks.
fn complete(class: &mut ast::StmtClassDef, span: Span) -> Result<(), String> {
    let defined: Vec<&ast::StmtFunctionDef> = class
        .body
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::FunctionDef(f) if ORDERINGS.contains(&f.name.as_str()) => Some(f),
            _ => None,
        })
        .collect();
    let Some(root) = ORDERINGS.iter().find_map(|op| defined.iter().find(|f| f.name.as_str() == *op)) else {
        return Err(format!(
            "total_ordering: class '{}' must itself define one of __lt__, __le__, __gt__ or __ge__ (inherited ones are not supported)",
            class.name
        ));
    };
    let other = match root.args.args.as_slice() {
        [_, other] => other.def.annotation.as_deref().cloned(),
        _ => None,
    };
    let Some(other_ty) = other else {
        return Err(format!("total_ordering: {}.{} must take (self, other: T)", class.name, root.name));
    };
    let root_name = root.name.to_string();
    let missing: Vec<&str> = ORDERINGS.into_iter().filter(|op| !defined.iter().any(|f| f.name.as_str() == *op)).collect();
    let mut source = String::new();
    for op in missing {
        let body = derived_body(&root_name, op).replace('R', &format!("self.{root_name}(other)"));
        source.push_str(&format!("def {op}(self, other: __taipan_ann_0) -> bool:\n    return {body}\n"));
    }
    let mut generated = taipan_syntax::parse_generated(&source, span)
        .map_err(|e| format!("internal error: generated total_ordering code does not parse: {e}"))?;
    for stmt in &mut generated {
        if let ast::Stmt::FunctionDef(f) = stmt {
            if let Some(a) = f.args.args.get_mut(1).and_then(|a| a.def.annotation.as_deref_mut()) {
                crate::memoize::substitute(a, std::slice::from_ref(&other_ty));
            }
        }
    }
    class.body.extend(generated);
    Ok(())
}
