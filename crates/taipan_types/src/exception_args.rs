//! `e.args`: the type of an exception's args tuple, which Python does not
//! declare. taipan types `e.args` (for `e` of static class `C`) as the one
//! shape every exception of a subclass of `C` can have at run time:
//!
//! - the runtime raises built-in exceptions with their message as the only
//!   argument (`(str,)`), except `KeyError` (the key), `AssertionError` (a
//!   bare `assert` has no args) and `MemoryError` (none): so for a built-in
//!   `C`, the shape is `tuple[str]`, and `C` must not be a base of those three;
//! - every place the program makes an exception of a subclass of `C`
//!   (`ValueError("x")`, `raise ValueError`) must pass arguments of exactly
//!   that shape. A user class (never raised by the runtime) takes the shape
//!   of the first such place.
//!
//! The construction sites are recorded as they are checked; every `.args`
//! is checked against all of them once the whole module is checked
//! (`verify_args_uses`), so a later `ValueError(1, 2)` is still caught. An
//! `.args` checked before any construction of its class (the module body is
//! checked before the functions) makes `check_suite` check the module once
//! more, seeded with every construction of the first pass.

use taipan_diagnostics::{Diagnostic, Span};

use crate::checker::Checker;
use crate::container_expr::obj_op;
use crate::hir::{ExcClass, ExcKind, Expr, ObjOp, Ty};

/// What the module's exception constructions and `.args` reads were.
#[derive(Default)]
pub(crate) struct ExcArgsFacts {
    /// Each `Class(args...)` or `raise Class`: the class, its argument types, where.
    constructions: Vec<(ExcClass, Vec<Ty>, Span)>,
    /// Each `e.args`: the static class of `e`, the argument types it was given, where.
    uses: Vec<(ExcClass, Vec<Ty>, Span)>,
    /// `constructions` started with every construction of an earlier pass.
    seeded: bool,
    /// An `.args` was rejected because no construction of its class had been
    /// checked yet: a seeded pass may accept it.
    early_use: bool,
}

impl ExcArgsFacts {
    /// Whether checking again, seeded with this pass's constructions, may
    /// accept what this pass rejected.
    pub(crate) fn wants_retry(&self) -> bool {
        self.early_use && !self.seeded && !self.constructions.is_empty()
    }

    /// The facts a second pass starts from: every construction of this one.
    pub(crate) fn seed(self) -> ExcArgsFacts {
        ExcArgsFacts { constructions: self.constructions, uses: Vec::new(), seeded: true, early_use: false }
    }
}

/// Built-in classes the runtime raises with args other than one str.
const IRREGULAR_RUNTIME_ARGS: [ExcKind; 3] = [ExcKind::KeyError, ExcKind::AssertionError, ExcKind::MemoryError];

fn shape_text(args: &[Ty]) -> String {
    let items: Vec<String> = args.iter().map(|t| t.to_string()).collect();
    match items.as_slice() {
        [] => "()".to_string(),
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    }
}

impl Checker<'_, '_> {
    /// Remembers that the program makes an exception of `class` from `args`.
    pub(crate) fn record_exception_construction(&mut self, class: ExcClass, args: &[Expr], span: Span) {
        let types: Vec<Ty> = args.iter().map(|a| a.ty).collect();
        if types.iter().any(|t| t.has_unknown()) {
            return;
        }
        self.state.exc_args.constructions.push((class, types, span));
    }

    /// `e.args`, `e` an exception of static class `class`.
    pub(crate) fn exception_args(&mut self, obj: Expr, class: ExcClass, span: Span) -> Expr {
        let reject = |this: &mut Self, why: String| {
            this.error(span, format!("'{}.args' cannot be typed statically: {why}", class.name()));
            Self::error_expr(span)
        };
        let shape: Vec<Ty> = if let ExcClass::Builtin(_) = class {
            let irregular = IRREGULAR_RUNTIME_ARGS.iter().find(|k| ExcClass::Builtin(**k).is_subclass_of(class));
            if let Some(kind) = irregular {
                return reject(self, format!("the runtime raises {kind:?} with args that are not one str"));
            }
            vec![Ty::Str]
        } else {
            let first = self.state.exc_args.constructions.iter().find(|(c, _, _)| c.is_subclass_of(class));
            match first {
                Some((_, types, _)) => types.clone(),
                None => {
                    self.state.exc_args.early_use = true;
                    return reject(self, format!("no {} is made anywhere in the program", class.name()));
                }
            }
        };
        if let Some(why) = mismatch(&self.state.exc_args.constructions, class, &shape) {
            return reject(self, why);
        }
        self.state.exc_args.uses.push((class, shape.clone(), span));
        obj_op(ObjOp::ExcArgs, vec![obj], Ty::tuple(&shape), span)
    }
}

/// Why some construction of a subclass of `class` does not give args of `shape`.
fn mismatch(constructions: &[(ExcClass, Vec<Ty>, Span)], class: ExcClass, shape: &[Ty]) -> Option<String> {
    let (other, types, _) = constructions.iter().find(|(c, types, _)| c.is_subclass_of(class) && types != shape)?;
    Some(format!(
        "{} is made with args {} somewhere, but other {}s have {}",
        other.name(),
        shape_text(types),
        class.name(),
        shape_text(shape)
    ))
}

/// Checks every `.args` against the constructions seen after it.
pub(crate) fn verify_args_uses(facts: &ExcArgsFacts, diags: &mut Vec<Diagnostic>) {
    for (class, shape, span) in &facts.uses {
        if let Some(why) = mismatch(&facts.constructions, *class, shape) {
            diags.push(Diagnostic::error(*span, format!("'{}.args' cannot be typed statically: {why}", class.name())));
        }
    }
}
