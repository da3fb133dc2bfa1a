//! Questions about a value's run-time class that CPython programs ask of
//! exceptions and instances: `isinstance(e, ValueError)` (also with a tuple
//! of classes), `type(x).__name__`, and `type(x) is C` (the class exactly,
//! not a subclass: what a dataclass's generated `__eq__` asks).

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{name_of, Checker};
use crate::container_expr::obj_op;
use crate::exceptions::exception_named;
use crate::hir::{BoolOpKind, Const, ExcClass, Expr, ExprKind, ObjOp, Ty};

impl Checker<'_, '_> {
    /// `isinstance(e, C)` / `isinstance(e, (C, D))` of an exception `e` (of
    /// static class `static`), `None` when `classes` does not name exception
    /// classes (the caller reports it).
    pub(crate) fn exception_isinstance(&mut self, value: Expr, static_class: ExcClass, classes: &ast::Expr, span: Span) -> Option<Expr> {
        let targets: Vec<ExcClass> = match classes {
            ast::Expr::Tuple(t) => t.elts.iter().map(|e| name_of(e).and_then(exception_named)).collect::<Option<_>>()?,
            e => vec![name_of(e).and_then(exception_named)?],
        };
        // Known from the static class alone (the value is a variable, so
        // skipping its evaluation loses nothing).
        if targets.iter().any(|t| static_class.is_subclass_of(*t)) && matches!(value.kind, ExprKind::Local { .. }) {
            return Some(Self::const_expr(Const::Bool(true), span));
        }
        let ty = value.ty;
        let read = Expr { kind: ExprKind::LetValue(0), ty, span };
        let tests: Vec<Expr> = targets
            .iter()
            .map(|t| obj_op(ObjOp::ExcIsInstance, vec![read.clone(), Self::const_expr(Const::Int(t.runtime_id()), span)], Ty::Bool, span))
            .collect();
        let body = match <[Expr; 1]>::try_from(tests) {
            Ok([one]) => one,
            Err(tests) => Expr { kind: ExprKind::BoolOp { op: BoolOpKind::Or, values: tests }, ty: Ty::Bool, span },
        };
        Some(Expr { kind: ExprKind::Let { values: vec![value], body: Box::new(body) }, ty: Ty::Bool, span })
    }

    /// `type(x) is C` / `type(x) is not C` of an instance (or an `other:
    /// object` parameter) and a user class, if `c` is that: a class id test.
    pub(crate) fn exact_type_test(&mut self, c: &ast::ExprCompare, span: Span) -> Option<Expr> {
        let ([op], [class]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
        let ast::Expr::Call(call) = &*c.left else { return None };
        if name_of(&call.func) != Some("type") || call.args.len() != 1 || !call.keywords.is_empty() {
            return None;
        }
        let Some(crate::checker::Resolved::Class(k)) = name_of(class).map(|n| self.resolve(n)) else { return None };
        let value = self.operand_maybe_object(&call.args[0]);
        let lo = self.env.classes.infos[k].id.index;
        let test = match value.ty {
            Ty::Instance(_) | Ty::Object => Expr { kind: ExprKind::IsInstance { arg: Box::new(value), lo, hi: lo + 1 }, ty: Ty::Bool, span },
            Ty::Unknown => return Some(Self::error_expr(span)),
            other => {
                let msg = format!("type(x) is C of a {other} value is not supported (only of instances)");
                return Some(self.unsupported(span, &msg));
            }
        };
        Some(match op {
            ast::CmpOp::IsNot => Expr { kind: ExprKind::Unary { op: crate::hir::UnaryOp::Not, arg: Box::new(test) }, ty: Ty::Bool, span },
            _ => test,
        })
    }

    /// `type(x).__name__` of an exception or an instance, if `a` is that.
    pub(crate) fn type_name_attribute(&mut self, a: &ast::ExprAttribute, span: Span) -> Option<Expr> {
        let ast::Expr::Call(call) = &*a.value else { return None };
        if a.attr.as_str() != "__name__" || name_of(&call.func) != Some("type") || call.args.len() != 1 || !call.keywords.is_empty() {
            return None;
        }
        let value = self.operand_maybe_object(&call.args[0]);
        Some(match value.ty {
            Ty::Exception(_) | Ty::Instance(_) => obj_op(ObjOp::TypeName, vec![value], Ty::Str, span),
            // Any member of a union (`union.rs`): the runtime reads its tag.
            t if t.is_union() => obj_op(ObjOp::TypeName, vec![value], Ty::Str, span),
            Ty::Unknown => Self::error_expr(span),
            other => {
                let msg = format!("type(x).__name__ of a {other} value is not supported yet (only of exceptions and instances)");
                self.unsupported(span, &msg)
            }
        })
    }
}
