//! Class attributes read through an instance (`self.K`): constants, and
//! class variables (`class_vars.rs`, held in hidden globals). When subclasses
//! define `K` again, the value depends on the instance's class, so the read
//! tests the class id (most specific class first), as method calls do.

use taipan_diagnostics::Span;

use crate::checker::Checker;
use crate::hir::{Expr, ExprKind, Ty};

impl Checker<'_, '_> {
    /// `obj.attr` for a class attribute of class `c` (the static class of
    /// `obj`); `None` when `c` has no class attribute `attr`.
    pub(crate) fn instance_class_attr(&mut self, c: usize, obj: Expr, attr: &str, span: Span) -> Option<Expr> {
        let owner = self.class_attr_owner(c, attr)?;
        let value = self.class_attr_read(owner, attr, span)?;
        let classes = &self.env.classes;
        let info = &classes.infos[c];
        let mut overrides: Vec<(u32, u32, usize)> = classes
            .infos
            .iter()
            .enumerate()
            .filter(|(_, d)| d.id.index > info.id.index && d.id.index < info.end)
            .filter(|&(k, _)| self.class_attr_owner(k, attr) == Some(k))
            .map(|(k, d)| (d.id.index, d.end, k))
            .collect();
        if overrides.is_empty() {
            return Some(value);
        }
        let name = info.id.name;
        let reads: Vec<Option<Expr>> = overrides.iter().map(|&(_, _, k)| self.class_attr_read(k, attr, span)).collect();
        if reads.iter().any(|r| r.as_ref().is_none_or(|r| r.ty != value.ty)) {
            let msg = format!("class attribute '{attr}' of '{name}' is redefined with another type in a subclass (not supported)");
            self.error(span, msg);
            return Some(Self::error_expr(span));
        }
        // The object is read once per test: only a variable can be re-read
        // without repeating effects.
        if !matches!(obj.kind, ExprKind::Local { .. } | ExprKind::Global { .. }) {
            let msg = format!("class attribute '{attr}' is redefined by subclasses of '{name}': read it through a variable");
            self.error(span, msg);
            return Some(Self::error_expr(span));
        }
        // Parents have lower ids than their subclasses: wrapping in id order
        // puts the most specific test outermost.
        // (Every read is `Some`: checked above.)
        let mut tests: Vec<(u32, u32, Expr)> =
            overrides.drain(..).zip(reads).filter_map(|((lo, hi, _), r)| r.map(|r| (lo, hi, r))).collect();
        tests.sort_by_key(|(lo, _, _)| *lo);
        let ty = value.ty;
        let mut result = value;
        for (lo, hi, read) in tests {
            let cond = Expr { kind: ExprKind::IsInstance { arg: Box::new(obj.clone()), lo, hi }, ty: Ty::Bool, span };
            result = Expr {
                kind: ExprKind::IfExp { cond: Box::new(cond), then_value: Box::new(read), else_value: Box::new(result) },
                ty,
                span,
            };
        }
        Some(result)
    }

    /// The value of the class attribute `attr` that class `k`'s own body
    /// defines: its storage if it is a class variable, else the constant.
    fn class_attr_read(&self, k: usize, attr: &str, span: Span) -> Option<Expr> {
        if let Some(&(id, ty)) = self.state.class_vars.get(&(k, attr.to_string())) {
            return Some(Self::class_var_read(id, ty, span));
        }
        let value = self.env.classes.infos[k].constants.get(attr)?.clone();
        Some(Self::const_expr(value, span))
    }
}
