//! Narrowing of optional fields read through a local, as mypy narrows member
//! expressions: after `if self.root is None: return`, `self.root` is a
//! `Node`; in `if node.left is not None: node = node.left` the read is a
//! `Node` too.
//!
//! Only one level (`local.field`) is tracked (`Var::Field`). The narrowing
//! is forgotten wherever the field could change: an assignment to the local
//! or to any field, a call of a user function, method, constructor or
//! property (which may assign any object's fields), a loop head. A narrowed
//! read is still checked not null at run time (`Conversion::CheckNotNone`):
//! a special method an operator runs could assign the field, and the
//! checker does not follow those.

use crate::checker::{name_of, Checker};
use crate::hir::{Conversion, Expr, ExprKind, LocalId, Ty};
use crate::narrowing::Var;
use taipan_syntax::ast;

/// The read of a field (`read`, of its declared optional type) narrowed to
/// `read_ty`.
pub(crate) fn narrowed_field_read(read: Expr, read_ty: Ty) -> Expr {
    let (ty, span) = (read.ty, read.span);
    let checked = Expr { kind: ExprKind::Convert { conv: Conversion::CheckNotNone, arg: Box::new(read) }, ty, span };
    crate::optional_scalar::narrowed_read(checked, read_ty)
}

impl Checker<'_, '_> {
    /// `(Var::Field, T)` for `local.field` where the field is declared `T | None`.
    pub(crate) fn optional_field(&self, e: &ast::Expr) -> Option<(Var, Ty)> {
        let ast::Expr::Attribute(a) = e else { return None };
        let Some(Var::Local(id)) = self.narrowable(name_of(&a.value)?) else { return None };
        let c = self.local_instance_class(id)?;
        let (index, ty) = self.env.classes.field(c, a.attr.as_str())?;
        match ty {
            Ty::Optional(inner) => Some((Var::Field(id, index), *inner)),
            _ => None,
        }
    }

    /// The narrowed type of `obj.<field index>` where `obj` reads a local.
    pub(crate) fn narrowed_field(&self, obj: &Expr, index: u32) -> Option<Ty> {
        let ExprKind::Local { id, .. } = obj.kind else { return None };
        self.narrowed.get(&Var::Field(id, index)).copied()
    }

    /// The declared type of field `index` of the instance in local `id`.
    pub(crate) fn field_declared_type(&self, id: LocalId, index: u32) -> Option<Ty> {
        let c = self.local_instance_class(id)?;
        self.env.classes.infos.get(c)?.fields.get(index as usize).map(|f| f.ty)
    }

    /// The class (declaration index) of the instance local `id` holds, if it
    /// holds one (or None: reading its fields needs it narrowed first, and
    /// `x is not None and x.f is not None` narrows `x.f` before `x` is).
    fn local_instance_class(&self, id: LocalId) -> Option<usize> {
        let ty = self.narrowed.get(&Var::Local(id)).copied().or(self.locals.get(id.index())?.ty)?;
        match ty.without_none() {
            Ty::Instance(cid) => self.env.classes.by_id(cid).map(|(c, _)| c),
            _ => None,
        }
    }

    /// After `local.field = value` of a value that is not None: narrowed.
    pub(crate) fn narrow_field_on_assign(&mut self, obj: &Expr, index: u32, field_ty: Ty, value_ty: Ty) {
        let ExprKind::Local { id, .. } = obj.kind else { return };
        if let (Ty::Optional(_), false) = (field_ty, matches!(value_ty, Ty::None | Ty::Optional(_) | Ty::Unknown)) {
            self.narrowed.insert(Var::Field(id, index), field_ty.without_none());
        }
    }

    pub(crate) fn forget_fields_of(&mut self, id: LocalId) {
        self.narrowed.retain(|var, _| !matches!(var, Var::Field(local, _) if *local == id));
    }

    /// Where user code may run: forgets the narrowings of what that code can
    /// change — every field, and every global some function rebinds
    /// (`global_stmt.rs`).
    pub(crate) fn forget_shared_narrowings(&mut self) {
        let globals = &self.env.scan.globals;
        self.narrowed.retain(|var, _| match var {
            Var::Field(..) => false,
            Var::Global(gi) => !globals[*gi].rebound_in_functions,
            Var::Local(_) => true,
        });
    }
}
