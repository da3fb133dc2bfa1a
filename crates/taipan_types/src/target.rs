//! Assignment targets beyond a plain name: tuple patterns (`a, (b, c) = ...`,
//! `for i, x in ...`) and list items (`xs[i] = v`, `xs[i] += v`).

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{Assigned, Checker};
use crate::hir::{Expr, ExprKind, Stmt, StmtKind, Target, Ty};

impl Checker<'_, '_> {
    /// `a, b = value`.
    pub fn unpack_assign(&mut self, target: &ast::Expr, value: &ast::Expr, span: Span, out: &mut Vec<Stmt>) {
        let value = self.value(value, None);
        let target = self.bind_target(target, value.ty);
        if value.ty != Ty::Unknown {
            out.push(Stmt { kind: StmtKind::Unpack { target, value }, span });
        }
    }

    /// Binds the names of a target to a value of type `ty` (`Unknown` after an
    /// error: the names are still bound, so later code is checked).
    pub fn bind_target(&mut self, target: &ast::Expr, ty: Ty) -> Target {
        let span = span_of(target);
        let elts = match target {
            ast::Expr::Name(n) => {
                let assigned = Assigned { ty, span, constant: None };
                return match self.assign_name(n.id.as_str(), span, assigned) {
                    Some(t) => Target::Name { target: t, ty },
                    None => Target::Discard,
                };
            }
            ast::Expr::Tuple(t) => &t.elts,
            ast::Expr::List(l) => &l.elts,
            _ => {
                self.simple_target(target);
                return Target::Discard;
            }
        };
        if let Some(star) = elts.iter().find(|e| matches!(e, ast::Expr::Starred(_))) {
            self.error(span_of(star), "starred assignment targets are not supported yet");
            for e in elts {
                let e = match e {
                    ast::Expr::Starred(s) => &*s.value,
                    e => e,
                };
                self.bind_target(e, Ty::Unknown);
            }
            return Target::Discard;
        }
        let fields: Vec<Ty> = match ty {
            Ty::Tuple(fields) if fields.len() == elts.len() => fields.to_vec(),
            Ty::Tuple(fields) => {
                let msg = if fields.len() > elts.len() {
                    format!("too many values to unpack (expected {}): the value is a {ty}", elts.len())
                } else {
                    format!("not enough values to unpack (expected {}, got {})", elts.len(), fields.len())
                };
                self.error(span, msg);
                vec![Ty::Unknown; elts.len()]
            }
            Ty::Unknown => vec![Ty::Unknown; elts.len()],
            Ty::List(_) | Ty::TupleOf(_) | Ty::Str => {
                self.error(span, format!("unpacking a {ty} is not supported yet (only fixed tuples)"));
                vec![Ty::Unknown; elts.len()]
            }
            other => {
                self.error(span, format!("cannot unpack non-iterable {} object", other.python_name()));
                vec![Ty::Unknown; elts.len()]
            }
        };
        let items = elts.iter().zip(fields).map(|(e, t)| self.bind_target(e, t)).collect();
        Target::Tuple { items, ty }
    }

    /// `container[index] = value`, or with `aug`, `container[index] op= value`.
    pub fn set_item(
        &mut self,
        sub: &ast::ExprSubscript,
        value: &ast::Expr,
        aug: Option<ast::Operator>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let container = self.value(&sub.value, None);
        let elem = match container.ty {
            Ty::List(e) => Some(*e),
            Ty::Unknown => None,
            Ty::Dict(..) => {
                self.error(span, "dict item assignment is not supported yet");
                None
            }
            other => {
                self.error(span, format!("'{}' object does not support item assignment", other.python_name()));
                None
            }
        };
        if let ast::Expr::Slice(_) = &*sub.slice {
            self.error(span_of(&*sub.slice), "slice assignment is not supported yet");
            self.value(value, None);
            return;
        }
        let index = self.value(&sub.slice, None);
        let index = match index.ty {
            Ty::Int | Ty::Unknown => index,
            Ty::Bool => crate::expr::to_int(index),
            other => {
                self.error(index.span, format!("list indices must be integers or slices, not {}", other.python_name()));
                Self::error_expr(index.span)
            }
        };
        let Some(elem) = elem else {
            self.value(value, None);
            return;
        };
        let value = match aug {
            None => self.value(value, Some(elem)),
            Some(op) => {
                let current = Expr { kind: ExprKind::CurrentItem, ty: elem, span: span_of(sub) };
                let rhs = self.value(value, None);
                self.binary(op, current, rhs, span)
            }
        };
        if value.ty != elem && value.ty != Ty::Unknown && !(elem == Ty::Float && value.ty == Ty::Int) {
            let msg = format!("cannot store a {} in a {}: expected {elem}", value.ty, container.ty);
            self.error(value.span, msg);
            return;
        }
        let value = self.coerce(value, elem);
        if index.ty == Ty::Unknown || value.ty == Ty::Unknown {
            return;
        }
        out.push(Stmt { kind: StmtKind::SetItem { container, index, value, aug: aug.is_some() }, span });
    }
}
