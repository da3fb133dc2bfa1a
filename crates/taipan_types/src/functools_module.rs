//! `import functools`: the `lru_cache` / `cache` decorators (rewritten
//! before the scan, see `memoize.rs`), the `total_ordering` class decorator
//! (`total_ordering.rs`) and `reduce` (`reduce_stmts.rs` for the whole
//! value of an assignment or return, `reduce_expr.rs` elsewhere); anything
//! else that reaches the checker is rejected.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{Expr, Ty};

/// The members of `functools` taipan supports.
pub(crate) const FUNCTOOLS_MEMBERS: &[&str] = &["lru_cache", "cache", "reduce", "total_ordering", "wraps"];

impl Checker<'_, '_> {
    pub(crate) fn functools_call(&mut self, name: &str, call: &ast::ExprCall, span: Span, _expected: Option<Ty>) -> Expr {
        if name == "reduce" {
            // Statements whose whole value it is were rewritten before the
            // scan (`reduce_stmts.rs`).
            return self.reduce_expr(call, span);
        }
        let msg = format!("functools.{name} can only be used as a decorator of a module-level function");
        self.reject_call(call, span, msg)
    }
}
