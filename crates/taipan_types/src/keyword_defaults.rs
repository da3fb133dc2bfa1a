//! Calls that pass arguments by position only — a function value's wrapper
//! around a module function (`closures.rs`), a `key=` function
//! (`lambda.rs`) — give the callee's keyword-only parameters their defaults,
//! as CPython does when the caller names none of them. A required
//! keyword-only parameter makes such a call impossible: rejected.

use taipan_diagnostics::Span;

use crate::checker::Checker;
use crate::hir::{ArgSlot, Const, Expr, FuncId};

/// What a call passing no keywords gives one keyword-only parameter.
pub(crate) enum KeywordDefault {
    /// A constant default (`ArgSlot::Default`).
    Const(Const),
    /// The read of the global a default object is stored in, evaluated once
    /// when the `def` ran (`object_defaults.rs`).
    Stored(Expr),
}

impl Checker<'_, '_> {
    /// The defaults of the keyword-only parameters of module function `f`,
    /// in order, for a use of `f` described by `what` ("as a value"); `None`
    /// (reported) when one has no default, or one that is known only at run
    /// time by another route (an enum member, a `default_factory`, a `def`
    /// not checked yet).
    pub(crate) fn keyword_only_defaults(&mut self, f: FuncId, what: &str, span: Span) -> Option<Vec<KeywordDefault>> {
        let env = self.env;
        let sig = &env.sigs[f.index()];
        let mut defaults = Vec::new();
        for p in sig.positional_count()..sig.params.len() {
            let param = &sig.params[p];
            if !param.has_default {
                let msg = format!(
                    "'{}' {what} is called with positional arguments only, so its required keyword-only parameter '{}' \
                     would be missing (not supported)",
                    sig.name, param.name
                );
                self.error(span, msg);
                return None;
            }
            let default = match &self.state.defaults[f.index()][p] {
                Some(c) => KeywordDefault::Const(c.clone()),
                None => match self.object_default(f, p, param.ty, span) {
                    Some(read) => KeywordDefault::Stored(read),
                    None => {
                        let msg = format!(
                            "'{}' {what}: the default of its keyword-only parameter '{}' is not supported here yet",
                            sig.name, param.name
                        );
                        self.error(span, msg);
                        return None;
                    }
                },
            };
            defaults.push(default);
        }
        Some(defaults)
    }
}

/// Appends the keyword-only parameters' slots of a call to `slots` (after
/// the positional ones), and the stored defaults it reads to `args`.
pub(crate) fn pass_keyword_defaults(defaults: Vec<KeywordDefault>, args: &mut Vec<Expr>, slots: &mut Vec<ArgSlot>) {
    for default in defaults {
        slots.push(match default {
            KeywordDefault::Const(c) => ArgSlot::Default(c),
            KeywordDefault::Stored(read) => {
                args.push(read);
                ArgSlot::Arg(args.len() - 1)
            }
        });
    }
}
