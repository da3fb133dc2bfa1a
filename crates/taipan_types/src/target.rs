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
        // `cur, n = [], 0` with `cur` and `n` already typed: the tuple of
        // their types guides the value, as for a single name.
        let expected = match (target, value) {
            (ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }), ast::Expr::Tuple(_)) => {
                let known: Option<Vec<Ty>> =
                    elts.iter().map(|e| crate::checker::name_of(e).and_then(|n| self.known_type(n))).collect();
                known.map(|k| Ty::tuple(&k))
            }
            _ => None,
        };
        let value = self.value(value, expected);
        // `a, b = r` of a range: its values.
        let value = if value.ty == Ty::Range { Self::range_elements(value) } else { value };
        // `a, b = xs` of a `Collection`/`Sequence`: the list of its elements.
        let value = self.abstract_elements(value);
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
        let starred = elts.iter().filter(|e| matches!(e, ast::Expr::Starred(_))).count();
        let sequence = matches!(ty, Ty::List(_) | Ty::TupleOf(_) | Ty::Str)
            || (matches!(ty, Ty::Tuple(_)) && starred == 1 && ty.iter_elem().is_some());
        if starred <= 1 && sequence {
            return self.bind_seq_target(elts, ty, span);
        }
        if let Some(star) = elts.iter().find(|e| matches!(e, ast::Expr::Starred(_))) {
            let msg = if starred > 1 {
                "multiple starred expressions in assignment"
            } else {
                "starred assignment targets are supported only for lists and tuples of one element type"
            };
            self.error(span_of(star), msg);
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
            Ty::Abstract(_, elem) => {
                let msg = format!("unpacking a {ty} here is not supported yet (assign it to a variable and unpack that)");
                self.error(span, msg);
                // (The names get the element type, so their uses are checked.)
                vec![*elem; elts.len()]
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
        if aug.is_none() {
            self.learn_partial_from_set_item(sub, value);
        }
        let container = self.value(&sub.value, None);
        let elem = match container.ty {
            Ty::List(e) => Some(*e),
            Ty::Deque(e) if !matches!(&*sub.slice, ast::Expr::Slice(_)) => Some(*e),
            Ty::Unknown => None,
            Ty::Dict(..) => return self.dict_set_item(container, sub, value, aug, span, out),
            Ty::Instance(_) => return self.instance_set_item(container, sub, value, aug, span, out),
            other => {
                self.error(span, format!("'{}' object does not support item assignment", other.python_name()));
                None
            }
        };
        if let (ast::Expr::Slice(slice), Some(_), None) = (&*sub.slice, elem, aug) {
            return self.list_set_slice(container, slice, value, span, out);
        }
        if let ast::Expr::Slice(_) = &*sub.slice {
            self.error(span_of(&*sub.slice), "augmented slice assignment is not supported yet");
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
                self.aug_value(op, current, rhs, span)
            }
        };
        if value.ty != elem
            && value.ty != Ty::Unknown
            && !(elem == Ty::Float && value.ty == Ty::Int)
            && !crate::optional_scalar::fits_optional(value.ty, elem)
        {
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

impl Checker<'_, '_> {
    /// `a, b = xs` and `first, *rest = xs` for a list, a `tuple[T, ...]`
    /// (or a tuple of one field type, with a star) or a str (without one).
    fn bind_seq_target(&mut self, elts: &[ast::Expr], ty: Ty, span: Span) -> Target {
        let elem = ty.iter_elem().unwrap_or(Ty::Unknown);
        let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        if star.is_some() && ty == Ty::Str {
            self.error(span, "starred targets for a str are not supported yet");
            return Target::Discard;
        }
        let items = elts
            .iter()
            .map(|e| match e {
                ast::Expr::Starred(s) => self.bind_target(&s.value, Ty::list(elem)),
                e => self.bind_target(e, elem),
            })
            .collect();
        Target::Seq { items, star, ty }
    }
}
