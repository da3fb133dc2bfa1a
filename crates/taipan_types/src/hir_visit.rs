//! Walking the HIR: every expression of a statement or a body, for analyses
//! that look at each one (`num_places.rs`).

use crate::hir::{Capture, ComprehensionClause, Expr, ExprKind, Stmt, StmtKind};

/// Calls `f` on every expression of `stmts`, nested bodies included, each
/// before its subexpressions.
pub fn stmts(stmts: &[Stmt], f: &mut impl FnMut(&Expr)) {
    for s in stmts {
        stmt_shallow_exprs(s, &mut |e| expr(e, f));
        for body in sub_bodies(s) {
            self::stmts(body, f);
        }
    }
}

/// Calls `f` on `e` and then on each of its subexpressions, recursively.
pub fn expr(e: &Expr, f: &mut impl FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Const(_)
        | ExprKind::Local { .. }
        | ExprKind::Global { .. }
        | ExprKind::CurrentItem
        | ExprKind::LetValue(_)
        | ExprKind::CellGet { .. } => {}
        ExprKind::Convert { arg, .. }
        | ExprKind::Unary { arg, .. }
        | ExprKind::FieldGet { obj: arg, .. }
        | ExprKind::IsNone { arg, .. }
        | ExprKind::IsInstance { arg, .. }
        | ExprKind::InstanceLen(arg)
        | ExprKind::MethodCall { call: arg, .. }
        | ExprKind::AssignExpr { value: arg, .. } => expr(arg, f),
        ExprKind::Binary { lhs, rhs, .. } | ExprKind::IsSame { lhs, rhs, .. } => {
            expr(lhs, f);
            expr(rhs, f);
        }
        ExprKind::Compare { operands: values, .. }
        | ExprKind::BoolOp { values, .. }
        | ExprKind::Call { args: values, .. }
        | ExprKind::Builtin { args: values, .. }
        | ExprKind::Print { args: values, .. }
        | ExprKind::ObjOp { args: values, .. }
        | ExprKind::List { items: values }
        | ExprKind::Tuple { items: values }
        | ExprKind::FString { parts: values }
        | ExprKind::Set { items: values, .. }
        | ExprKind::New { args: values, .. }
        | ExprKind::NewException { args: values, .. } => values.iter().for_each(|v| expr(v, f)),
        ExprKind::Dict { items } => items.iter().for_each(|(k, v)| {
            expr(k, f);
            expr(v, f);
        }),
        ExprKind::Comprehension(c) => {
            for clause in &c.clauses {
                match clause {
                    ComprehensionClause::For { iter, .. } => expr(iter, f),
                    ComprehensionClause::If(cond) => expr(cond, f),
                }
            }
            expr(&c.element, f);
            c.value.iter().for_each(|v| expr(v, f));
        }
        ExprKind::Let { values, body } => {
            values.iter().for_each(|v| expr(v, f));
            expr(body, f);
        }
        ExprKind::IfExp { cond, then_value, else_value } => {
            expr(cond, f);
            expr(then_value, f);
            expr(else_value, f);
        }
        ExprKind::MakeClosure { captures, .. } => captures.iter().for_each(|c| {
            if let Capture::Value(v) = c {
                expr(v, f)
            }
        }),
        ExprKind::CallValue { callee, args } => {
            expr(callee, f);
            args.iter().for_each(|a| expr(a, f));
        }
    }
}

/// Calls `f` on each expression of the statement itself (not of its
/// nested bodies, see [`sub_bodies`]), without descending into them.
pub fn stmt_shallow_exprs(s: &Stmt, f: &mut impl FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } | StmtKind::Yield(e) | StmtKind::Return(Some(e)) => f(e),
        StmtKind::If { cond, .. } | StmtKind::While { cond, .. } | StmtKind::Assert { cond, .. } => f(cond),
        StmtKind::ForRange { start, stop, step, .. } => {
            f(start);
            f(stop);
            f(step);
        }
        StmtKind::SetItem { container, index, value, .. } => {
            f(container);
            f(index);
            f(value);
        }
        StmtKind::Unpack { value, .. } => f(value),
        StmtKind::ForEach { iter, .. } => f(iter),
        StmtKind::SetField { obj, value, .. } => {
            f(obj);
            f(value);
        }
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(f),
        StmtKind::Return(None)
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::MarkDefined(_)
        | StmtKind::DelLocal(_)
        | StmtKind::Try { .. } => {}
    }
}

/// The statement lists nested in `s`.
pub fn sub_bodies(s: &Stmt) -> Vec<&[Stmt]> {
    match &s.kind {
        StmtKind::If { then_body: a, else_body: b, .. }
        | StmtKind::While { body: a, orelse: b, .. }
        | StmtKind::ForRange { body: a, orelse: b, .. }
        | StmtKind::ForEach { body: a, orelse: b, .. } => vec![a, b],
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            let mut bodies: Vec<&[Stmt]> = vec![body, orelse, finalbody];
            bodies.extend(handlers.iter().map(|h| h.body.as_slice()));
            bodies
        }
        _ => Vec::new(),
    }
}
