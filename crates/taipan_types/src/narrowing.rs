//! Flow-sensitive narrowing of optional locals: where `x: Node | None` is
//! known not to be None (after `if x is not None:`, `if x is None: return`,
//! `assert x is not None`, `x = Node(...)`, a comprehension's `if` clause),
//! reads of `x` have type `Node` (an `int | None` read as `int` is unboxed:
//! `optional_scalar::narrowed_read`).
//!
//! The state is `Checker::narrowed`. Conditions give the narrowings that hold
//! when they are true and when they are false ([`Checker::cond_narrowings`]);
//! statements join the states of their paths (an unreachable path, such as a
//! branch ending in `return`, does not constrain the join). Loops forget the
//! narrowings of every local their body assigns, since the body may run again
//! after such an assignment; statements this file does not follow (`try`)
//! forget everything.

use std::collections::HashMap;

use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::{Checker, Resolved};
use crate::hir::{LocalId, Ty};

pub(crate) type Narrowings = Vec<(LocalId, Ty)>;

impl Checker<'_, '_> {
    /// After `id = value`: not None if the value is an instance, else as declared.
    pub fn narrow_on_assign(&mut self, id: LocalId, value_ty: Ty) {
        match (self.locals[id.index()].ty, value_ty) {
            (Some(declared @ Ty::Optional(_)), value) if !matches!(value, Ty::None | Ty::Optional(_) | Ty::Unknown) => {
                self.narrowed.insert(id, declared.without_none());
            }
            _ => {
                self.narrowed.remove(&id);
            }
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
                let is_none =
                    |e: &ast::Expr| matches!(e, ast::Expr::Constant(k) if matches!(k.value, ast::Constant::None));
                let subject = match (&*c.left, &c.comparators[0]) {
                    (x, n) if is_none(n) => x,
                    (n, x) if is_none(n) => x,
                    _ => return (Vec::new(), Vec::new()),
                };
                let Some(n) = self.optional_local(subject) else { return (Vec::new(), Vec::new()) };
                match c.ops[0] {
                    ast::CmpOp::IsNot => (vec![n], Vec::new()),
                    ast::CmpOp::Is => (Vec::new(), vec![n]),
                    _ => (Vec::new(), Vec::new()),
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
            ast::Expr::Name(_) => match self.optional_local(cond) {
                Some(n) => (vec![n], Vec::new()),
                None => (Vec::new(), Vec::new()),
            },
            _ => (Vec::new(), Vec::new()),
        }
    }

    /// `(local, T)` for a name that is a local of type `T | None` here.
    fn optional_local(&self, e: &ast::Expr) -> Option<(LocalId, Ty)> {
        let ast::Expr::Name(n) = e else { return None };
        let Resolved::Local(id) = self.resolve(n.id.as_str()) else { return None };
        match self.locals[id.index()].ty {
            Some(Ty::Optional(inner)) => Some((id, *inner)),
            _ => None,
        }
    }

    /// Joins the narrowing state at the end of one path (`other`, reachable or
    /// not) with the current one (reachable or not).
    pub fn join_narrowings(&mut self, other: HashMap<LocalId, Ty>, other_reachable: bool, self_reachable: bool) {
        match (other_reachable, self_reachable) {
            (false, _) => {}
            (true, false) => self.narrowed = other,
            (true, true) => self.narrowed.retain(|id, ty| other.get(id) == Some(ty)),
        }
    }

    /// At a loop head: forget the narrowings of locals the loop body assigns.
    pub fn forget_assigned_in(&mut self, body: &[ast::Stmt]) {
        let mut names = Vec::new();
        for stmt in body {
            assigned_names(Node::Stmt(stmt), &mut names);
        }
        let ids: Vec<LocalId> = names
            .iter()
            .filter_map(|n| match self.resolve(n) {
                Resolved::Local(id) => Some(id),
                _ => None,
            })
            .collect();
        for id in ids {
            self.narrowed.remove(&id);
        }
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
