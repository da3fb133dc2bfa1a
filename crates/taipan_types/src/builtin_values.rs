//! A builtin function where a `Callable` is expected (`apply(abs, -2)`,
//! `fs: list[Callable[[str], int]] = [len, int]`): the lambda that calls it,
//! `lambda a: abs(a)`, with the parameter types the `Callable` gives, so the
//! call is checked (and compiled) as a direct call of the builtin would be.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{Expr, Ty};

impl Checker<'_, '_> {
    /// The builtin `name` as a value of the `Callable` type `expected`.
    pub(crate) fn builtin_as_callable(&mut self, name: &ast::ExprName, expected: Ty, span: Span) -> Expr {
        let Ty::Callable(sig) = expected else { return Self::error_expr(span) };
        let range = name.range;
        let params: Vec<String> = (0..sig.params.len()).map(|i| format!("<argument {i}>")).collect();
        let read = |p: &String| ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(p), ctx: ast::ExprContext::Load });
        let body = ast::Expr::Call(ast::ExprCall {
            range,
            func: Box::new(ast::Expr::Name(name.clone())),
            args: params.iter().map(read).collect(),
            keywords: Vec::new(),
        });
        let lambda = taipan_syntax::build::lambda(&params, body, range);
        self.lambda_value(&lambda, Some(expected), span)
    }
}
