//! `obj[index] = value` on an instance: its class's `__setitem__`.

use taipan_diagnostics::Span;
use taipan_syntax::{ast, span_of};

use crate::checker::Checker;
use crate::hir::{Expr, ExprKind, Stmt, StmtKind};

impl Checker<'_, '_> {
    pub(crate) fn instance_set_item(
        &mut self,
        container: Expr,
        sub: &ast::ExprSubscript,
        value: &ast::Expr,
        aug: Option<ast::Operator>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        if aug.is_some() {
            self.error(span, "augmented assignment to an item of an instance is not supported yet");
            return;
        }
        if let ast::Expr::Slice(_) = &*sub.slice {
            self.error(span_of(&*sub.slice), "slice assignment to an instance is not supported yet");
            return;
        }
        let index = self.value(&sub.slice, None);
        let value = self.value(value, None);
        let msg = format!("'{}' object does not support item assignment", container.ty.python_name());
        // CPython evaluates the value before the object and the index: the
        // call reads it from a `Let`.
        let read = Expr { kind: ExprKind::LetValue(0), ty: value.ty, span: value.span };
        let Ok(call) = self.operator_call("__setitem__", vec![container, index, read], &msg, span) else { return };
        let ty = call.ty;
        let stmt = Expr { kind: ExprKind::Let { values: vec![value], body: Box::new(call) }, ty, span };
        out.push(Stmt { kind: StmtKind::Expr(stmt), span });
    }
}
