//! `range` as a value (`Ty::Range`): `range(...)` outside a `for` header,
//! `range` annotations, and what a range supports: `len`, `r[i]`, `r[a:b:c]`
//! (a range), `.start`/`.stop`/`.step`, `.index(x)`/`.count(x)`, `x in r`,
//! `==`/`!=`, truthiness, `str`/`repr` (the runtime's, by the object's tag)
//! and `hash`. Wherever a range is iterated (`Checker::iterable`) it becomes
//! its elements, `ObjOp::ListFromRange` of `[r]`, which loops walk as they
//! walk `range(...)` itself: a stored range costs a loop nothing.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{convert, Checker};
use crate::container_expr::obj_op;
use crate::hir::{CmpOp, Conversion, Expr, ExprKind, ObjOp, RangeOp, Ty, UnaryOp};

fn range_op(op: RangeOp, args: Vec<Expr>, ty: Ty, span: Span) -> Expr {
    obj_op(ObjOp::Range(op), args, ty, span)
}

/// `not e`.
fn negated(e: Expr, span: Span) -> Expr {
    Expr { kind: ExprKind::Unary { op: UnaryOp::Not, arg: Box::new(e) }, ty: Ty::Bool, span }
}

impl Checker<'_, '_> {
    /// `range(stop)`, `range(start, stop[, step])` as a value.
    pub(crate) fn range_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let Some((start, stop, step)) = self.range_args(call, span) else { return Self::error_expr(span) };
        range_op(RangeOp::New, vec![start, stop, step], Ty::Range, span)
    }

    /// A range where it is iterated: its elements, walked lazily by loops.
    pub(crate) fn range_elements(r: Expr) -> Expr {
        let span = r.span;
        obj_op(ObjOp::ListFromRange, vec![r], Ty::list(Ty::Int), span)
    }

    /// `r.start`, `r.stop`, `r.step`.
    pub(crate) fn range_attribute(&mut self, r: Expr, attr: &str, span: Span) -> Expr {
        let op = match attr {
            "start" => RangeOp::Start,
            "stop" => RangeOp::Stop,
            "step" => RangeOp::Step,
            "index" | "count" => {
                return self.unsupported(span, &format!("range.{attr} as a value is not supported yet (call it)"))
            }
            _ => return self.unsupported(span, &format!("'range' object has no attribute '{attr}'")),
        };
        range_op(op, vec![r], Ty::Int, span)
    }

    /// `r.index(x)`, `r.count(x)`.
    pub(crate) fn range_method(&mut self, r: Expr, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let op = match name {
            "index" => RangeOp::Index,
            "count" => RangeOp::Count,
            _ => {
                let msg = format!("'range' object has no attribute '{name}'");
                return self.reject_call(call, span, msg);
            }
        };
        let qualified = format!("range.{name}");
        let Some(mut args) = self.method_args(call, span, &qualified, &[None], 1) else { return Self::error_expr(span) };
        let Some(x) = args.pop() else { return Self::error_expr(span) };
        let Some(x) = self.range_item(x, &format!("{qualified}()")) else { return Self::error_expr(span) };
        range_op(op, vec![r, x], Ty::Int, span)
    }

    /// A value searched for in a range, as an `int`: CPython compares other
    /// numbers by `==` one value at a time, which taipan does not do.
    fn range_item(&mut self, x: Expr, what: &str) -> Option<Expr> {
        match x.ty {
            Ty::Int => Some(x),
            Ty::Bool => Some(convert(Conversion::BoolToInt, x, Ty::Int)),
            Ty::Unknown => None,
            other => {
                self.error(x.span, format!("{what} of a {other} value in a range is not supported yet (only int)"));
                None
            }
        }
    }

    /// `r[i]` of an int index (already checked).
    pub(crate) fn range_index(&mut self, r: Expr, index: Expr, span: Span) -> Expr {
        let index = match index.ty {
            Ty::Int => index,
            Ty::Bool => convert(Conversion::BoolToInt, index, Ty::Int),
            other => {
                let msg = format!("range indices must be integers or slices, not {}", other.python_name());
                return self.unsupported(index.span, &msg);
            }
        };
        range_op(RangeOp::GetItem, vec![r, index], Ty::Int, span)
    }

    /// `r[start:stop:step]` with its bounds checked (`int` or the `None` constant).
    pub(crate) fn range_slice(r: Expr, bounds: Vec<Expr>, span: Span) -> Expr {
        let mut args = vec![r];
        args.extend(bounds);
        range_op(RangeOp::Slice, args, Ty::Range, span)
    }

    /// `len(r)`.
    pub(crate) fn range_len(r: Expr, span: Span) -> Expr {
        range_op(RangeOp::Len, vec![r], Ty::Int, span)
    }

    /// `x in r`, `x not in r`, `a == b` and `a != b` of ranges; `None` for
    /// other comparisons (checked as usual: ranges have no order).
    pub(crate) fn range_comparison(&mut self, ops: &[CmpOp], operands: &[Expr], span: Span) -> Option<Expr> {
        if !operands.iter().any(|o| o.ty == Ty::Range) {
            return None;
        }
        let ([op], [a, b]) = (ops, operands) else {
            return Some(self.unsupported(span, "comparison chains with range values are not supported yet"));
        };
        match op {
            CmpOp::In | CmpOp::NotIn if b.ty == Ty::Range => {
                let Some(x) = self.range_item(a.clone(), "'in'") else { return Some(Self::error_expr(span)) };
                let found = range_op(RangeOp::Contains, vec![x, b.clone()], Ty::Bool, span);
                Some(if *op == CmpOp::NotIn { negated(found, span) } else { found })
            }
            CmpOp::Eq | CmpOp::Ne if a.ty == Ty::Range && b.ty == Ty::Range => {
                let equal = range_op(RangeOp::Eq, vec![a.clone(), b.clone()], Ty::Bool, span);
                Some(if *op == CmpOp::Ne { negated(equal, span) } else { equal })
            }
            _ => None,
        }
    }
}
