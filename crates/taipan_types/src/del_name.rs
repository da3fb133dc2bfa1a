//! `del name` of a local variable.
//!
//! A deleted local may be unbound wherever it is read afterwards, on any path
//! (a loop's next iteration, an `except` clause after the body deleted it):
//! rather than follow every path, every read of a local that some `del`
//! deletes is checked (`Checker::deleted_locals`), raising CPython's
//! `UnboundLocalError` when it is unbound, and so is the `del` itself.

use taipan_diagnostics::Span;

use crate::checker::{Checker, Resolved};
use crate::hir::{Stmt, StmtKind};
use crate::narrowing::Var;

impl Checker<'_, '_> {
    /// `del name` (one target of a `del` statement at `span`).
    pub(crate) fn del_name(&mut self, name: &str, target_span: Span, span: Span, out: &mut Vec<Stmt>) {
        if self.is_module_scope() {
            self.error(target_span, "del of module-level names is not supported yet");
            return;
        }
        if self.global_decls.contains_key(name) {
            self.error(target_span, format!("del of global '{name}' is not supported: module globals are frozen after import"));
            return;
        }
        let Resolved::Local(id) = self.resolve(name) else {
            self.error(target_span, "del of module-level names is not supported yet");
            return;
        };
        if !self.deleted_locals.contains(&id) {
            // Only module functions and methods check every read of a
            // deleted local (`check_function` sets `deleted_locals`).
            self.error(target_span, "del of names in nested functions and lambdas is not supported yet");
            return;
        }
        if self.cells.contains(&id) {
            self.error(target_span, format!("del of '{name}', which a nested function reads, is not supported yet"));
            return;
        }
        if self.comprehension_locals.contains(&id) {
            self.error(target_span, "del of this name is not supported");
            return;
        }
        if self.locals[id.index()].ty.is_none() {
            // An assignment later in the source may give it a type.
            self.unknown_use = true;
            self.error(target_span, format!("local variable '{name}' is deleted but never assigned"));
            return;
        }
        self.locals[id.index()].needs_bound_flag = true;
        self.flow.unbind(id.index());
        self.narrowed.remove(&Var::Local(id));
        out.push(Stmt { kind: StmtKind::DelLocal(id), span });
    }
}
