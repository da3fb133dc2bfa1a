//! `import functools`: the `lru_cache` / `cache` decorators (rewritten
//! before the scan, see `memoize.rs`), the `total_ordering` class decorator
//! (`total_ordering.rs`) and `reduce` statements (`reduce_stmts.rs`);
//! anything else that reaches the checker is rejected.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{Expr, Ty};

/// The members of `functools` taipan supports.
pub(crate) const FUNCTOOLS_MEMBERS: &[&str] = &["lru_cache", "cache", "reduce", "total_ordering"];

impl Checker<'_, '_> {
    pub(crate) fn functools_call(&mut self, name: &str, call: &ast::ExprCall, span: Span, _expected: Option<Ty>) -> Expr {
        let msg = if name == "reduce" {
            // Supported statements were rewritten before the scan (`reduce_stmts.rs`).
            "functools.reduce() is only supported as the whole value of an assignment or a return, \
             with a two-parameter lambda or a function name: total = reduce(lambda a, b: a + b, xs, 0)"
                .to_string()
        } else {
            format!("functools.{name} can only be used as a decorator of a module-level function")
        };
        if name == "reduce" {
            // The lambda's parameter types would be unknown here: its
            // errors would only repeat this one.
            self.error(span, msg);
            return Self::error_expr(span);
        }
        self.reject_call(call, span, msg)
    }
}
