//! Class attributes whose value is an object, not a literal constant:
//! `items: list[str] = []`, `DIRS = [(0, 1), (1, 0)]`, `ORIGIN = Point(0,
//! 0)`. As in CPython there is one object per attribute, shared by the class
//! and every instance (`Registry.items.append(x)` is seen through `self.items`).
//! Each is a class variable (`class_vars.rs`): a hidden module global that
//! the `class` statement stores the value in, evaluated in the module's
//! scope where the statement runs, in body order.
//!
//! The type is the annotation's, else the value's as `field_infer.rs` types
//! it (its types are needed before any body is checked). The value may not
//! name the class body's own names (CPython looks them up in the class
//! namespace, which the module scope does not have): rejected.
//! A field of the same name (`self.items = []` in `__init__`) shadows the
//! class attribute for instances, as in CPython: `obj.items` is the field,
//! `C.items` the class attribute.

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::{name_of, Checker};
use crate::env::FuncSig;
use crate::field_infer::FieldTyper;
use crate::hir::{self, ClassId, Expr, Ty};
use crate::scan::ModuleScan;

/// A typer for class-body values: no parameters, locals or `self`.
pub(crate) fn typer<'a, 's>(
    scan: &'a ModuleScan<'s>,
    sigs: &'a [FuncSig],
    classes: &'a [(ClassId, Vec<hir::Field>)],
) -> FieldTyper<'a, 's> {
    // (No name is empty: `self.x` never matches.)
    FieldTyper { scan, sigs, classes, names: HashMap::new(), self_name: "", fields: &[] }
}

/// The type of class attribute `name` with the non-literal `value`.
pub(crate) fn attr_type(
    name: &str,
    value: &ast::Expr,
    declared: Option<Ty>,
    typer: &FieldTyper<'_, '_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Ty> {
    let ty = declared.or_else(|| typer.ty(value));
    if ty.is_none() {
        let msg = format!("cannot infer the type of class attribute '{name}': annotate it ({name}: T = ...)");
        diags.push(Diagnostic::error(span_of(value), msg));
    }
    ty
}

/// The value assigned to `attr` in a class body.
fn body_value<'a>(body: &'a [ast::Stmt], attr: &str) -> Option<&'a ast::Expr> {
    body.iter().find_map(|s| match s {
        ast::Stmt::Assign(a) if a.targets.len() == 1 && name_of(&a.targets[0]) == Some(attr) => Some(&*a.value),
        ast::Stmt::AnnAssign(a) if name_of(&a.target) == Some(attr) => a.value.as_deref(),
        _ => None,
    })
}

/// The names a class body binds (attributes and methods).
fn body_names(body: &[ast::Stmt]) -> Vec<&str> {
    body.iter()
        .filter_map(|s| match s {
            ast::Stmt::Assign(a) => a.targets.first().and_then(name_of),
            ast::Stmt::AnnAssign(a) => name_of(&a.target),
            ast::Stmt::FunctionDef(f) => Some(f.name.as_str()),
            _ => None,
        })
        .collect()
}

/// The first name in `e` that is one of `names`.
fn names_one_of<'e>(e: &'e ast::Expr, names: &[&str]) -> Option<&'e ast::Expr> {
    fn walk<'e>(node: Node<'e>, names: &[&str], found: &mut Option<&'e ast::Expr>) {
        if found.is_some() {
            return;
        }
        if let Node::Expr(e @ ast::Expr::Name(n)) = node {
            if names.contains(&n.id.as_str()) {
                *found = Some(e);
                return;
            }
        }
        for_each_child(node, &mut |child| walk(child, names, found));
    }
    let mut found = None;
    walk(Node::Expr(e), names, &mut found);
    found
}

impl Checker<'_, '_> {
    /// The value class `c`'s body gives object attribute `attr` (of type
    /// `ty`), checked in the module scope where the `class` statement runs.
    pub(crate) fn class_attr_value(&mut self, c: usize, attr: &str, ty: Ty, span: Span) -> Expr {
        let decl = &self.env.scan.classes[c];
        let body = &decl.def.body;
        let Some(value) = body_value(body, attr) else { return Self::error_expr(span) };
        // The class's own name is bound only once its body has run.
        if let Some(name) = names_one_of(value, &[decl.name.as_str()]) {
            self.error(span_of(name), format!("name '{}' is not defined (the class body runs before its name is bound)", decl.name));
            return Self::error_expr(span);
        }
        if let Some(name) = names_one_of(value, &body_names(body)) {
            let msg = format!(
                "class attribute '{attr}' refers to '{}' of the class body (not supported): use a module-level name",
                name_of(name).unwrap_or_default()
            );
            self.error(span_of(name), msg);
            return Self::error_expr(span);
        }
        let checked = self.value(value, Some(ty));
        self.coerce(checked, ty)
    }
}
