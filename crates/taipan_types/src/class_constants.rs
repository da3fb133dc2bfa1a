//! Class constants read through an instance (`self.K`): when subclasses
//! define `K` again, the value depends on the instance's class, so the read
//! tests the class id (most specific class first), as method calls do.

use taipan_diagnostics::Span;

use crate::checker::Checker;
use crate::hir::{Const, Expr, ExprKind, Ty};

impl Checker<'_, '_> {
    /// `obj.attr` for a class constant `value` of class `c` (the static
    /// class of `obj`).
    pub(crate) fn instance_constant(&mut self, c: usize, obj: Expr, attr: &str, value: Const, span: Span) -> Expr {
        let classes = &self.env.classes;
        let info = &classes.infos[c];
        let mut overrides: Vec<(u32, u32, Const)> = classes
            .infos
            .iter()
            .filter(|d| d.id.index > info.id.index && d.id.index < info.end)
            .filter_map(|d| {
                let own = d.constants.get(attr)?;
                let parent = d.base.and_then(|b| classes.infos[b].constants.get(attr));
                (parent != Some(own)).then(|| (d.id.index, d.end, own.clone()))
            })
            .collect();
        if overrides.is_empty() {
            return Self::const_expr(value, span);
        }
        if overrides.iter().any(|(_, _, k)| k.ty() != value.ty()) {
            let msg = format!(
                "class constant '{attr}' of '{}' is redefined with another type in a subclass (not supported)",
                info.id.name
            );
            self.error(span, msg);
            return Self::error_expr(span);
        }
        // The object is read once per test: only a variable can be re-read
        // without repeating effects.
        if !matches!(obj.kind, ExprKind::Local { .. }) {
            let msg = format!(
                "class constant '{attr}' is redefined by subclasses of '{}': read it through a variable",
                info.id.name
            );
            self.error(span, msg);
            return Self::error_expr(span);
        }
        // Parents have lower ids than their subclasses: wrapping in id order
        // puts the most specific test outermost.
        overrides.sort_by_key(|(lo, _, _)| *lo);
        let ty = value.ty();
        let mut result = Self::const_expr(value, span);
        for (lo, hi, k) in overrides {
            let cond = Expr { kind: ExprKind::IsInstance { arg: Box::new(obj.clone()), lo, hi }, ty: Ty::Bool, span };
            result = Expr {
                kind: ExprKind::IfExp {
                    cond: Box::new(cond),
                    then_value: Box::new(Self::const_expr(k, span)),
                    else_value: Box::new(result),
                },
                ty,
                span,
            };
        }
        result
    }
}
