//! Flow-sensitive narrowing of optional variables: where `x: Node | None` is
//! known not to be None (after `if x is not None:`, `if x is None: return`,
//! `assert x is not None`, `x = Node(...)`, a comprehension's `if` clause),
//! reads of `x` have type `Node` (an `int | None` read as `int` is unboxed:
//! `optional_scalar::narrowed_read`). An `object` parameter (`object_eq.rs`)
//! is narrowed the same way by `isinstance(other, C)`, to `C`.
//!
//! The variables narrowed are locals (and parameters) and, in the module body,
//! module globals ([`Var`]): globals are frozen after import, so between a test
//! and a use in the module body only module-body statements can change one,
//! exactly as for a local. A function reading a global sees whatever it holds
//! at call time: never narrowed there, unless it declares it `global`. A
//! global some function rebinds (`global_stmt.rs`) is narrowed like a field:
//! forgotten wherever user code may run.
//!
//! The state is `Checker::narrowed`. Conditions give the narrowings that hold
//! when they are true and when they are false ([`Checker::cond_narrowings`]);
//! statements join the states of their paths (an unreachable path, such as a
//! branch ending in `return`, does not constrain the join). Loops forget the
//! narrowings of every variable their body assigns, since the body may run again
//! after such an assignment. Narrowing does not follow exceptional paths:
//! after a `try` statement every narrowing is forgotten, an `except` clause
//! starts from the state before the `try` without what its body assigns, and
//! `finally` without any (`try_stmt.rs`).

use std::collections::HashMap;

use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::{Checker, Resolved};
use crate::hir::{LocalId, Ty};

/// A variable whose type may be narrowed: a local of the scope being checked,
/// or (in the module body) a module global, by its index in `scan.globals`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Var {
    Local(LocalId),
    Global(usize),
    /// Field `index` of the instance in a local (`self.root`, `node.left`):
    /// see `field_narrowing.rs`.
    Field(LocalId, u32),
}

pub(crate) type Narrowings = Vec<(Var, Ty)>;

impl Checker<'_, '_> {
    /// After `var = value`: not None if the value is not None, else as declared.
    pub fn narrow_on_assign(&mut self, var: Var, value_ty: Ty) {
        if let Var::Local(id) = var {
            self.forget_fields_of(id);
        }
        if let Some(declared) = self.declared_type(var).filter(|d| d.is_union()) {
            match crate::union::assigned_member(declared, value_ty) {
                Some(member) => self.narrowed.insert(var, member),
                None => self.narrowed.remove(&var),
            };
            return;
        }
        match (self.declared_type(var), value_ty) {
            (Some(declared @ Ty::Optional(_)), value) if !matches!(value, Ty::None | Ty::Optional(_) | Ty::Unknown) => {
                self.narrowed.insert(var, declared.without_none());
            }
            _ => {
                self.narrowed.remove(&var);
            }
        }
    }

    /// The type `var` has where it is not narrowed.
    pub(crate) fn declared_type(&self, var: Var) -> Option<Ty> {
        match var {
            Var::Local(id) => self.locals[id.index()].ty,
            Var::Global(gi) => self.state.globals[gi].ty,
            Var::Field(id, index) => self.field_declared_type(id, index),
        }
    }

    /// The variable `name` stands for here, if its narrowing is tracked
    /// (a global only in the module body: see the module doc).
    pub(crate) fn narrowable(&self, name: &str) -> Option<Var> {
        match self.resolve(name) {
            Resolved::Local(id) => Some(Var::Local(id)),
            Resolved::Global(gi) if self.global_narrowable_here(gi) => Some(Var::Global(gi)),
            _ => None,
        }
    }

    pub fn apply_narrowings(&mut self, narrowings: &Narrowings) {
        for (id, ty) in narrowings {
            self.narrowed.insert(*id, *ty);
        }
    }

    /// The narrowings that hold where `cond` is true, and where it is false.
    pub fn cond_narrowings(&self, cond: &ast::Expr) -> (Narrowings, Narrowings) {
        match cond {
            ast::Expr::Compare(c) if c.ops.len() == 1 => {
                if let Some(n) = self.union_type_is_narrowings(c) {
                    return n;
                }
                let is_none =
                    |e: &ast::Expr| matches!(e, ast::Expr::Constant(k) if matches!(k.value, ast::Constant::None));
                let subject = match (&*c.left, &c.comparators[0]) {
                    (x, n) if is_none(n) => x,
                    (n, x) if is_none(n) => x,
                    _ => return (Vec::new(), Vec::new()),
                };
                let Some(n) = self.optional_var(subject).or_else(|| self.optional_field(subject)) else {
                    return (Vec::new(), Vec::new());
                };
                match c.ops[0] {
                    ast::CmpOp::IsNot => (vec![n], Vec::new()),
                    ast::CmpOp::Is => (Vec::new(), vec![n]),
                    _ => (Vec::new(), Vec::new()),
                }
            }
            // `isinstance(other, C)` of an `object` parameter: a `C` where true.
            ast::Expr::Call(call) if crate::checker::name_of(&call.func) == Some("isinstance") && call.args.len() == 2 => {
                if let Some(n) = self.union_test_narrowings(&call.args[0], &call.args[1], false) {
                    return n;
                }
                match self.object_isinstance(&call.args[0], &call.args[1]).or_else(|| self.exception_isinstance_narrowing(&call.args[0], &call.args[1])) {
                    Some(n) => (vec![n], Vec::new()),
                    None => (Vec::new(), Vec::new()),
                }
            }
            ast::Expr::BoolOp(b) => {
                let parts: Vec<(Narrowings, Narrowings)> = b.values.iter().map(|v| self.cond_narrowings(v)).collect();
                match b.op {
                    // All operands true: each one's true-narrowings hold.
                    ast::BoolOp::And => (parts.into_iter().flat_map(|p| p.0).collect(), Vec::new()),
                    // All operands false: each one's false-narrowings hold.
                    ast::BoolOp::Or => (Vec::new(), parts.into_iter().flat_map(|p| p.1).collect()),
                }
            }
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                let (t, f) = self.cond_narrowings(&u.operand);
                (f, t)
            }
            // A true value is not None (an instance is always true: classes
            // cannot define `__bool__`; a str or container may be false too).
            ast::Expr::Name(_) | ast::Expr::NamedExpr(_) => match self.optional_var(cond) {
                Some(n) => (vec![n], Vec::new()),
                None => (Vec::new(), Vec::new()),
            },
            // Likewise an instance held in an optional field.
            ast::Expr::Attribute(_) => match self.optional_field(cond).filter(|(_, ty)| matches!(ty, Ty::Instance(_))) {
                Some(n) => (vec![n], Vec::new()),
                None => (Vec::new(), Vec::new()),
            },
            _ => (Vec::new(), Vec::new()),
        }
    }

    /// `(variable, C)` for `isinstance(x, C)` where `x` is a variable declared
    /// `object` (`object_eq.rs`) and `C` a user class.
    fn object_isinstance(&self, x: &ast::Expr, class: &ast::Expr) -> Option<(Var, Ty)> {
        let ast::Expr::Name(n) = x else { return None };
        let id = self.narrowable(n.id.as_str())?;
        if self.declared_type(id) != Some(Ty::Object) {
            return None;
        }
        let Resolved::Class(c) = self.resolve(crate::checker::name_of(class)?) else { return None };
        Some((id, Ty::Instance(self.env.classes.infos.get(c)?.id)))
    }

    /// `(variable, D)` for `isinstance(e, D)` where `e` is a variable holding
    /// an exception of a class `D` derives from.
    fn exception_isinstance_narrowing(&self, x: &ast::Expr, class: &ast::Expr) -> Option<(Var, Ty)> {
        let ast::Expr::Name(n) = x else { return None };
        let id = self.narrowable(n.id.as_str())?;
        let Some(Ty::Exception(declared)) = self.declared_type(id) else { return None };
        let target = crate::exceptions::exception_named(crate::checker::name_of(class)?)?;
        target.is_subclass_of(declared).then_some((id, Ty::Exception(target)))
    }

    /// `(variable, T)` for a name that is a variable of type `T | None` here.
    fn optional_var(&self, e: &ast::Expr) -> Option<(Var, Ty)> {
        // `(v := f()) is not None` tests `v`.
        let e = match e {
            ast::Expr::NamedExpr(walrus) => &*walrus.target,
            e => e,
        };
        let ast::Expr::Name(n) = e else { return None };
        let id = self.narrowable(n.id.as_str())?;
        // (A union narrowed to a smaller optional one by isinstance tests
        // narrows from there: `union.rs`.)
        match self.narrowed.get(&id).copied().or_else(|| self.declared_type(id)) {
            Some(Ty::Optional(inner)) => Some((id, *inner)),
            _ => None,
        }
    }

    /// Joins the narrowing state at the end of one path (`other`, reachable or
    /// not) with the current one (reachable or not).
    pub fn join_narrowings(&mut self, other: HashMap<Var, Ty>, other_reachable: bool, self_reachable: bool) {
        match (other_reachable, self_reachable) {
            (false, _) => {}
            (true, false) => self.narrowed = other,
            (true, true) => self.narrowed.retain(|id, ty| other.get(id) == Some(ty)),
        }
    }

    /// At a loop head: forget the narrowings of variables the loop body assigns.
    pub fn forget_assigned_in(&mut self, body: &[ast::Stmt]) {
        let mut names = Vec::new();
        for stmt in body {
            assigned_names(Node::Stmt(stmt), &mut names);
        }
        let ids: Vec<Var> = names.iter().filter_map(|n| self.narrowable(n)).collect();
        for id in ids {
            self.narrowed.remove(&id);
        }
        // The body may assign any field (through calls, too): forget them all.
        self.forget_shared_narrowings();
    }
}

/// Every name a statement (or its nested statements) may bind.
fn assigned_names(node: Node<'_>, out: &mut Vec<String>) {
    let mut targets: Vec<&ast::Expr> = Vec::new();
    if let Node::Stmt(stmt) = node {
        match stmt {
            ast::Stmt::Assign(a) => targets.extend(a.targets.iter()),
            ast::Stmt::AnnAssign(a) => targets.push(&a.target),
            ast::Stmt::AugAssign(a) => targets.push(&a.target),
            ast::Stmt::For(f) => targets.push(&f.target),
            _ => {}
        }
    }
    if let Node::Expr(ast::Expr::NamedExpr(n)) = node {
        targets.push(&n.target);
    }
    for t in targets {
        out.extend(crate::scan::target_names(t).into_iter().map(str::to_string));
    }
    // Any binding at all (`except E as x`, comprehension variables, ...):
    // names in store context.
    if let Node::Expr(ast::Expr::Name(n)) = node {
        if n.ctx != ast::ExprContext::Load {
            out.push(n.id.to_string());
        }
    }
    for_each_child(node, &mut |child| assigned_names(child, out));
}
