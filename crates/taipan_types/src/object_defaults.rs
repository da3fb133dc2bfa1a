//! Default values that are not constants (`memo: dict[int, int] = {}`,
//! `origin: Point = Point(0, 0)`, `t: float = time.time()`): evaluated once,
//! when the `def` (or the class statement, for methods) runs, as in CPython,
//! into a hidden module global that every call omitting the argument reads.
//! So a mutable default is shared between calls, exactly as CPython's is.
//!
//! A call that runs before the `def` raises `NameError` at the function's
//! marker check first (`ModuleEnv::markers`), before reading the default.

use taipan_diagnostics::Span;

use crate::checker::Checker;
use crate::hir::{AssignTarget, Expr, ExprKind, FuncId, Place, Stmt, StmtKind, Ty};

impl Checker<'_, '_> {
    /// Parameter `p` of function `f` defaults to `value` (already of the
    /// parameter's type): stored where the definition runs.
    pub(crate) fn store_object_default(&mut self, f: usize, p: usize, value: Expr, out: &mut Vec<Stmt>) {
        let span = value.span;
        let id = match self.state.object_defaults.get(&(f, p)) {
            Some(id) => *id,
            None => {
                let name = format!("{}.<default {p}>", self.env.scan.functions[f].name);
                let id = self.state.add_global(&name, Some(value.ty));
                self.state.object_defaults.insert((f, p), id);
                id
            }
        };
        let target = AssignTarget { place: Place::Global(id), convert: None };
        out.push(Stmt { kind: StmtKind::Assign { targets: vec![target], value }, span });
    }

    /// The read of parameter `p`'s stored default, if it has one.
    pub(crate) fn object_default(&self, f: FuncId, p: usize, ty: Ty, span: Span) -> Option<Expr> {
        let id = *self.state.object_defaults.get(&(f.index(), p))?;
        Some(Expr { kind: ExprKind::Global { id, checked: false }, ty, span })
    }
}
