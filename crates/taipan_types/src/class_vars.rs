//! Class attributes the program assigns (`Counter.count += 1`), and those
//! holding objects (`items: list[str] = []`, `class_attrs.rs`): class
//! variables. Each lives in a hidden module global, stored with its value
//! where the `class` statement runs, read by `C.count` and `self.count`,
//! assigned by `C.count = v` / `C.count op= v` (also from methods and
//! functions: unlike module globals, a class's attributes are not frozen).
//!
//! Not supported (rejected): assigning through a subclass (`Sub.count = v`
//! gives `Sub` its own attribute in CPython), a subclass defining the
//! attribute again, and assigning through an instance (`self.count = v`
//! makes an instance attribute in CPython).

use std::collections::HashMap;

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::{name_of, Checker};
use crate::env::{ModuleEnv, ModuleState};
use crate::hir::{AssignTarget, Const, Expr, ExprKind, GlobalId, Place, Stmt, StmtKind, Ty};

/// The class variables, by defining class and name: their storage and type.
pub(crate) type ClassVars = HashMap<(usize, String), (GlobalId, Ty)>;

/// Finds the class attributes some statement assigns through their class,
/// and gives each its storage.
pub(crate) fn allocate(env: &ModuleEnv<'_>, suite: &[ast::Stmt], state: &mut ModuleState) {
    // Object attributes first, in body order: the `class` statement stores
    // them in storage order, which must be CPython's evaluation order.
    for (c, decl) in env.scan.classes.iter().enumerate() {
        for stmt in &decl.def.body {
            let name = match stmt {
                ast::Stmt::Assign(a) => a.targets.first().and_then(name_of),
                ast::Stmt::AnnAssign(a) if a.value.is_some() => name_of(&a.target),
                _ => None,
            };
            let Some(attr) = name else { continue };
            let Some(&ty) = env.classes.infos[c].attrs.get(attr) else { continue };
            if state.class_vars.contains_key(&(c, attr.to_string())) {
                continue;
            }
            let id = state.add_global(&format!("{}.{attr}", decl.name), Some(ty));
            state.class_vars.insert((c, attr.to_string()), (id, ty));
        }
    }
    let mut assigned: Vec<(usize, String)> = Vec::new();
    let mut note = |target: &ast::Expr| {
        let ast::Expr::Attribute(a) = target else { return };
        let Some(&c) = name_of(&a.value).and_then(|n| env.scan.class_index.get(n)) else { return };
        if let Some(owner) = defining_class(env, c, a.attr.as_str()) {
            assigned.push((owner, a.attr.to_string()));
        }
    };
    let mut visit = |stmt: &ast::Stmt| walk(Node::Stmt(stmt), &mut note);
    suite.iter().for_each(&mut visit);
    for f in &env.scan.functions {
        f.def.body.iter().for_each(&mut visit);
    }
    for (c, attr) in assigned {
        if state.class_vars.contains_key(&(c, attr.clone())) {
            continue;
        }
        let Some(ty) = env.classes.infos[c].constants.get(&attr).map(Const::ty) else { continue };
        let name = format!("{}.{attr}", env.scan.classes[c].name);
        let id = state.add_global(&name, Some(ty));
        state.class_vars.insert((c, attr), (id, ty));
    }
}

fn walk(node: Node<'_>, note: &mut dyn FnMut(&ast::Expr)) {
    if let Node::Stmt(s) = node {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(&mut *note),
            ast::Stmt::AugAssign(a) => note(&a.target),
            ast::Stmt::AnnAssign(a) => note(&a.target),
            _ => {}
        }
    }
    for_each_child(node, &mut |child| walk(child, note));
}

/// The class whose own body defines attribute `attr` that class `c` sees
/// (`c` or a base), if it is a class constant.
fn defining_class(env: &ModuleEnv<'_>, c: usize, attr: &str) -> Option<usize> {
    let mut class = Some(c);
    while let Some(k) = class {
        if defines(&env.scan.classes[k].def.body, attr) {
            let info = &env.classes.infos[k];
            return (info.constants.contains_key(attr) || info.attrs.contains_key(attr)).then_some(k);
        }
        class = env.scan.classes[k].base;
    }
    None
}

/// Whether a class body assigns the name.
fn defines(body: &[ast::Stmt], attr: &str) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::Assign(a) => a.targets.iter().any(|t| name_of(t) == Some(attr)),
        ast::Stmt::AnnAssign(a) => name_of(&a.target) == Some(attr) && a.value.is_some(),
        _ => false,
    })
}

impl Checker<'_, '_> {
    /// The class variable `attr` that class `c` sees: its defining class,
    /// storage and type.
    pub(crate) fn class_var(&self, c: usize, attr: &str) -> Option<(usize, GlobalId, Ty)> {
        let owner = defining_class(self.env, c, attr)?;
        let &(id, ty) = self.state.class_vars.get(&(owner, attr.to_string()))?;
        Some((owner, id, ty))
    }

    /// A read of class variable storage `id`.
    pub(crate) fn class_var_read(id: GlobalId, ty: Ty, span: Span) -> Expr {
        Expr { kind: ExprKind::Global { id, checked: false }, ty, span }
    }

    /// The class whose own body defines the class attribute `attr` that
    /// class `c` sees (`c` or a base).
    pub(crate) fn class_attr_owner(&self, c: usize, attr: &str) -> Option<usize> {
        defining_class(self.env, c, attr)
    }

    /// `C.attr = value` / `C.attr op= value`; `false` when `attr` is not a
    /// class variable of `c`.
    pub(crate) fn set_class_var(
        &mut self,
        c: usize,
        target: &ast::ExprAttribute,
        value: &ast::Expr,
        aug: Option<ast::Operator>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> bool {
        let attr = target.attr.as_str();
        let Some((owner, id, ty)) = self.class_var(c, attr) else { return false };
        if owner != c {
            let msg = format!(
                "assigning '{attr}' through '{}' would give it its own class attribute in CPython (not supported): assign it through '{}'",
                self.env.scan.classes[c].name, self.env.scan.classes[owner].name
            );
            self.error(span, msg);
            return true;
        }
        let value = match aug {
            None => self.value(value, Some(ty)),
            Some(op) => {
                let current = Self::class_var_read(id, ty, span);
                let rhs = self.value(value, None);
                self.aug_value(op, current, rhs, span)
            }
        };
        let value = self.coerce(value, ty);
        out.push(Stmt {
            kind: StmtKind::Assign { targets: vec![AssignTarget { place: Place::Global(id), convert: None }], value },
            span,
        });
        true
    }

    /// Where the `class` statement runs: each class variable gets its value.
    pub(crate) fn init_class_vars(&mut self, def: &ast::StmtClassDef, span: Span, out: &mut Vec<Stmt>) {
        // (By statement: an exception class is not in `class_index`.)
        let stmt_index = self.stmt_index;
        let Some(c) = self.env.scan.classes.iter().position(|d| d.stmt_index == stmt_index && d.name == def.name.as_str())
        else {
            return;
        };
        let mut vars: Vec<(String, GlobalId, Ty)> = self
            .state
            .class_vars
            .iter()
            .filter(|((owner, _), _)| *owner == c)
            .map(|((_, attr), (id, ty))| (attr.clone(), *id, *ty))
            .collect();
        vars.sort_by_key(|(_, id, _)| id.0);
        for (attr, id, ty) in vars {
            let value = match self.env.classes.infos[c].constants.get(&attr).cloned() {
                Some(value) => {
                    let value = Self::const_expr(value, span);
                    self.coerce(value, ty)
                }
                None => self.class_attr_value(c, &attr, ty, span),
            };
            out.push(Stmt {
                kind: StmtKind::Assign { targets: vec![AssignTarget { place: Place::Global(id), convert: None }], value },
                span,
            });
        }
    }
}
