//! Empty containers typed by their first use, as mypy's partial types:
//! `out = []` followed by `out.append(s)` makes `out` a `list[str]`
//! (likewise `insert`/`extend` for lists, `add`/`update` for sets, and
//! `d[k] = v`/`setdefault` for dicts).
//!
//! The assignment of the empty container notes the variable as partial.
//! Its first use of that kind, later in the same pass, gives the variable
//! its type and asks for another pass (`Checker::should_rerun`), in which the
//! assignment sees the type as if it were declared. A partial variable
//! nothing types keeps the "cannot infer the type of an empty list" error.

use taipan_syntax::ast;

use crate::checker::{name_of, Checker};
use crate::narrowing::Var;
use crate::hir::Ty;

/// Which empty container a partial variable holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EmptyKind {
    List,
    Dict,
    Set,
}

/// The kind of `value` if it is an empty container display or constructor
/// call (`[]`, `{}`, `list()`, `dict()`, `set()`).
fn empty_kind(value: &ast::Expr) -> Option<EmptyKind> {
    match value {
        ast::Expr::List(l) if l.elts.is_empty() => Some(EmptyKind::List),
        ast::Expr::Dict(d) if d.keys.is_empty() => Some(EmptyKind::Dict),
        ast::Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty() => match name_of(&c.func)? {
            "list" => Some(EmptyKind::List),
            "dict" => Some(EmptyKind::Dict),
            "set" => Some(EmptyKind::Set),
            _ => None,
        },
        _ => None,
    }
}

impl Checker<'_, '_> {
    /// `name = value`: notes `name` as partial when it has no type yet and
    /// `value` is an empty container.
    pub(crate) fn note_partial(&mut self, name: &str, value: &ast::Expr) {
        let Some(kind) = empty_kind(value) else { return };
        let Some(var) = self.narrowable(name) else { return };
        if self.var_type(var).is_none() {
            self.partial_empties.insert(var, kind);
        }
    }

    /// `x.method(args)` on a partial `x`: the first use that fixes its type.
    pub(crate) fn learn_partial_from_method(&mut self, a: &ast::ExprAttribute, call: &ast::ExprCall) {
        let Some((var, kind)) = self.partial_var(&a.value) else { return };
        let arg = |i: usize| call.args.get(i);
        let ty = match (kind, a.attr.as_str()) {
            (EmptyKind::List, "append") => arg(0).and_then(|e| self.value_type(e)).map(Ty::list),
            (EmptyKind::List, "insert") => arg(1).and_then(|e| self.value_type(e)).map(Ty::list),
            (EmptyKind::List, "extend") => arg(0).and_then(|e| self.value_type(e)).and_then(Ty::iter_elem).map(Ty::list),
            (EmptyKind::Set, "add") => arg(0).and_then(|e| self.value_type(e)).map(Ty::set),
            (EmptyKind::Set, "update") => arg(0).and_then(|e| self.value_type(e)).and_then(Ty::iter_elem).map(Ty::set),
            (EmptyKind::Dict, "setdefault") => match (arg(0), arg(1)) {
                (Some(k), Some(v)) => self.value_type(k).zip(self.value_type(v)).map(|(k, v)| Ty::dict(k, v)),
                _ => None,
            },
            _ => None,
        };
        if let Some(ty) = ty {
            self.learn_partial(var, ty);
        }
    }

    /// `x[k] = v` on a partial dict `x`.
    pub(crate) fn learn_partial_from_set_item(&mut self, sub: &ast::ExprSubscript, value: &ast::Expr) {
        let Some((var, EmptyKind::Dict)) = self.partial_var(&sub.value) else { return };
        if let (Some(k), Some(v)) = (self.value_type(&sub.slice), self.value_type(value)) {
            self.learn_partial(var, Ty::dict(k, v));
        }
    }

    fn partial_var(&self, e: &ast::Expr) -> Option<(Var, EmptyKind)> {
        let var = self.narrowable(name_of(e)?)?;
        let kind = *self.partial_empties.get(&var)?;
        self.var_type(var).is_none().then_some((var, kind))
    }

    /// The type of `e`, if it can be known now (it is checked again in the
    /// next pass, which this one always leads to when it learns a type).
    fn value_type(&mut self, e: &ast::Expr) -> Option<Ty> {
        let ty = self.value(e, None).ty;
        (ty != Ty::Unknown && !ty.has_unknown()).then_some(ty)
    }

    fn var_type(&self, var: Var) -> Option<Ty> {
        self.declared_type(var)
    }

    fn learn_partial(&mut self, var: Var, ty: Ty) {
        match var {
            Var::Local(id) => self.locals[id.index()].ty = Some(ty),
            Var::Global(gi) => self.state.globals[gi].ty = Some(ty),
            // (Partial variables are names.)
            Var::Field(..) => return,
        }
        self.partial_empties.remove(&var);
        self.learned = true;
        self.unknown_use = true;
    }
}
