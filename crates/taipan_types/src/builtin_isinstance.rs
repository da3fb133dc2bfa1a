//! `isinstance(x, int)` (and `float`, `bool`, `str`, `list`, `dict`, `set`,
//! `tuple`, or a tuple of them) of a statically typed value: the type
//! decides, so the test is a constant — `True` for `isinstance(True, int)`
//! (bool is an int), `False` for `isinstance(2, str)` — or, for an optional
//! value whose type matches, `x is not None`. The value is still evaluated.
//!
//! A value declared `float` holding a converted int is a float here (see
//! *Differences* in `docs/language.md`): `isinstance(x, float)` is `True`.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{name_of, Checker, Resolved};
use crate::hir::{Const, Expr, ExprKind, Ty};

/// The builtin types `isinstance` can test against.
const BUILTIN_CLASSES: &[&str] = &["int", "float", "bool", "str", "list", "dict", "set", "tuple"];

/// The builtin classes a value of the (non-optional) type `ty` is an instance of.
fn classes_of(ty: Ty) -> &'static [&'static str] {
    match ty {
        Ty::Int => &["int"],
        Ty::Bool => &["bool", "int"],
        Ty::Float => &["float"],
        Ty::Str => &["str"],
        Ty::List(_) => &["list"],
        Ty::Dict(..) => &["dict"],
        Ty::Set(_) => &["set"],
        Ty::Tuple(_) | Ty::TupleOf(_) => &["tuple"],
        _ => &[],
    }
}

impl Checker<'_, '_> {
    /// `isinstance(value, class)` when `class` names builtin types; `None`
    /// when it does not (a user class, an exception class).
    pub(crate) fn builtin_isinstance(&mut self, value: Expr, class: &ast::Expr, span: Span) -> Result<Expr, Expr> {
        let names: Vec<&str> = match class {
            ast::Expr::Tuple(t) => match t.elts.iter().map(|e| self.builtin_class_name(e)).collect::<Option<Vec<_>>>() {
                Some(names) => names,
                None => return Err(value),
            },
            e => match self.builtin_class_name(e) {
                Some(name) => vec![name],
                None => return Err(value),
            },
        };
        let matches = |ty: Ty| classes_of(ty).iter().any(|c| names.contains(c));
        let ty = value.ty;
        let test = match ty {
            Ty::Unknown => return Ok(Self::error_expr(span)),
            // Its class is the run-time object's (`abstract_collections.rs`).
            Ty::Abstract(..) | Ty::Optional(Ty::Abstract(..)) => {
                let msg = format!("isinstance() of a {ty} value is not supported yet (its class is known only at run time)");
                self.error(span, msg);
                return Ok(Self::error_expr(span));
            }
            Ty::Optional(inner) if matches(*inner) => {
                return Ok(Expr { kind: ExprKind::IsNone { arg: Box::new(value), negated: true }, ty: Ty::Bool, span });
            }
            Ty::Optional(_) => false,
            other => matches(other),
        };
        let result = Self::const_expr(Const::Bool(test), span);
        Ok(Expr { kind: ExprKind::Let { values: vec![value], body: Box::new(result) }, ty: Ty::Bool, span })
    }

    /// `e` names a builtin type `isinstance` can test against.
    fn builtin_class_name(&self, e: &ast::Expr) -> Option<&'static str> {
        let name = name_of(e)?;
        let builtin = BUILTIN_CLASSES.iter().find(|b| **b == name)?;
        matches!(self.resolve(name), Resolved::Builtin(_)).then_some(*builtin)
    }
}
