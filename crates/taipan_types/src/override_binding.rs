//! A method call dispatched on the receiver's class (`ExprKind::MethodCall`)
//! binds its arguments once, against the method of the receiver's static
//! class, and hands the same arguments to whichever override runs. CPython
//! binds them against the override itself, so that is only the same call
//! when every override binds the call's arguments alike: the same parameter
//! kinds, the same parameters with defaults, the same names where the call
//! passes keywords. A constant default the call omits is the override's
//! own (lowering passes each override its constants); a default that is an
//! object (`object_defaults.rs`) lives in one function's global, so
//! dispatching a call over functions with such defaults is rejected.

use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{FuncId, Override};

impl Checker<'_, '_> {
    /// Whether some override binds `call`'s arguments otherwise than `func`.
    pub(crate) fn overrides_bind_differently(&self, func: FuncId, overrides: &[Override], call: &ast::ExprCall) -> bool {
        if overrides.is_empty() {
            return false;
        }
        let by_name = !call.keywords.is_empty();
        let shape = |f: FuncId| {
            let params = &self.env.sigs[f.index()].params;
            // (Without `self`, which the receiver fills.)
            (params.iter().skip(1))
                .map(|p| (p.kind, p.has_default, by_name.then(|| p.name.clone())))
                .collect::<Vec<_>>()
        };
        let stored_default = |f: FuncId| self.state.object_defaults.keys().any(|(g, _)| *g == f.index());
        let base = shape(func);
        stored_default(func) || overrides.iter().any(|o| shape(o.func) != base || stored_default(o.func))
    }
}
