//! `global` statements that rebind module globals from functions
//! (`global counter; counter += 1`).
//!
//! Module globals are frozen after import, so the compiler folds and
//! specialises on them — except a global some function declares `global`:
//! that one is *rebound*. It keeps its storage (never folded), its type is
//! the one the module gives it (every assignment must fit it), it is not a
//! constant attribute of an extension module, and a narrowing of it (in the
//! module body, or in a function that declares it) is forgotten wherever user
//! code may run, as a field's is (`field_narrowing.rs`): a narrowed read is
//! still checked not None at run time.
//!
//! A name a function declares `global` must also be bound at module level:
//! a global that only functions create is rejected.

use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::{Checker, Resolved, TypeOwner};
use crate::env::GlobalSlot;
use crate::hir::{self, Place, Ty};
use crate::narrowing::Var;
use crate::scan::ModuleScan;

/// Marks every module global some function (method, nested function) declares `global`.
pub(crate) fn mark_rebound_globals(scan: &mut ModuleScan<'_>) {
    let mut names: Vec<String> = Vec::new();
    for f in &scan.functions {
        for stmt in &f.def.body {
            collect_declared(Node::Stmt(stmt), &mut names);
        }
    }
    for name in names {
        if let Some(&gi) = scan.global_index.get(&name) {
            scan.globals[gi].rebound_in_functions = true;
        }
    }
}

fn collect_declared(node: Node<'_>, out: &mut Vec<String>) {
    if let Node::Stmt(ast::Stmt::Global(g)) = node {
        out.extend(g.names.iter().map(|n| n.to_string()));
    }
    for_each_child(node, &mut |child| collect_declared(child, out));
}

impl Checker<'_, '_> {
    /// Whether global `gi` is rebound by some function.
    pub(crate) fn is_rebound_global(&self, gi: usize) -> bool {
        self.env.scan.globals[gi].rebound_in_functions
    }

    /// Whether a narrowing of global `gi` can be tracked here: in the module
    /// body, or in a function that declares it `global`.
    pub(crate) fn global_narrowable_here(&self, gi: usize) -> bool {
        self.is_module_scope() || self.global_decls.contains_key(&self.env.scan.globals[gi].name)
    }

    /// `name = value` in a function that declares `name` global.
    pub(crate) fn assign_declared_global(
        &mut self,
        name: &str,
        span: taipan_diagnostics::Span,
        value_ty: Ty,
        value_span: taipan_diagnostics::Span,
    ) -> Option<hir::AssignTarget> {
        let Resolved::Global(gi) = self.resolve(name) else {
            self.error(
                span,
                format!("global '{name}' is assigned in a function but bound nowhere at module level (not supported: assign it at module level first)"),
            );
            return None;
        };
        if self.state.globals[gi].is_final {
            self.error(span, format!("cannot assign to final name '{name}'"));
            return None;
        }
        // Rebound globals are never folding candidates (`ModuleState::new`).
        let GlobalSlot::Stored(id) = self.state.globals[gi].slot.clone() else { return None };
        let convert = self.assign_type(TypeOwner::Global(gi), value_ty, value_span);
        self.narrow_on_assign(Var::Global(gi), value_ty);
        Some(hir::AssignTarget { place: Place::Global(id), convert })
    }
}
