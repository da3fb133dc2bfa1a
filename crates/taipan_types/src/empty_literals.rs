//! Empty displays (`[]`, `{}`, `set()`, `dict()`, `list()`) where nothing
//! can observe the type of their elements: iterated (`for x in []`,
//! `x in []`, `all([])`, `sum([])`, `sorted([])`), printed, measured
//! (`len({})`) or tested for truth (`if not ([] or x)`). There they are
//! checked as containers of `int`, a choice that cannot change what the
//! program does: no element is ever read, and an empty container prints,
//! compares, measures and tests the same whatever its element type.
//! `sum([])` is CPython's int 0 (and `sum([], 2.5)` its start, 2.5).
//! Where the type can be observed (`xs = []` then `xs.append("a")`, an
//! argument of a user function) the context still decides it.

use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{Expr, Ty};

impl Checker<'_, '_> {
    /// `e` checked as a container of `int`s when it is an empty display;
    /// `None` for any other expression.
    pub(crate) fn unobservable_empty(&mut self, e: &ast::Expr) -> Option<Expr> {
        if !crate::expr::is_empty_display(e) {
            return None;
        }
        let placeholder = match e {
            ast::Expr::List(_) => Ty::list(Ty::Int),
            ast::Expr::Dict(_) => Ty::dict(Ty::Int, Ty::Int),
            ast::Expr::Call(c) => match &*c.func {
                ast::Expr::Name(n) if n.id.as_str() == "set" => Ty::set(Ty::Int),
                ast::Expr::Name(n) if n.id.as_str() == "dict" => Ty::dict(Ty::Int, Ty::Int),
                _ => Ty::list(Ty::Int),
            },
            _ => return None,
        };
        Some(self.value(e, Some(placeholder)))
    }
}

/// The type of empty display `e` as the right operand of `in` with a left
/// operand of type `elem`: a container of `elem`s (the values of a dict
/// being `int`s).
pub(crate) fn empty_container_of(e: &ast::Expr, elem: Ty) -> Option<Ty> {
    Some(match e {
        ast::Expr::List(_) => Ty::list(elem),
        ast::Expr::Dict(_) => Ty::dict(elem, Ty::Int),
        ast::Expr::Call(c) => match &*c.func {
            ast::Expr::Name(n) if n.id.as_str() == "set" => Ty::set(elem),
            ast::Expr::Name(n) if n.id.as_str() == "dict" => Ty::dict(elem, Ty::Int),
            _ => Ty::list(elem),
        },
        _ => return None,
    })
}

/// `min([], default=d)` / `max({}, default=d)` without `key=`: always `d`
/// (the empty display has no effect to keep), whatever its type.
pub(crate) fn empty_with_default<'c>(arg: &ast::Expr, keywords: &[(&str, &'c ast::Expr)]) -> Option<&'c ast::Expr> {
    if !crate::expr::is_empty_display(arg) || keywords.iter().any(|(k, _)| *k == "key") {
        return None;
    }
    keywords.iter().find(|(k, _)| *k == "default").map(|(_, d)| *d)
}
