//! `def __eq__(self, other: object) -> bool` (and `__ne__`), the mypy-clean
//! way to write equality, with `return NotImplemented` for operands the
//! method does not handle.
//!
//! - `object` is accepted only as the type of such a method's `other`
//!   parameter (`Ty::Object`: an instance of any user class, a pointer).
//!   Elsewhere it stays rejected (`annotation.rs`).
//! - Inside the method, `other` can only be narrowed with
//!   `isinstance(other, C)` (it then reads as a `C`) or compared with
//!   `is` / `is not`; any other use is a compile error.
//! - The method returns a tri-state int, not a bool: 0 (False), 1 (True),
//!   `class_table::EQ_NOT_IMPLEMENTED` (`return NotImplemented`). Its class
//!   table entry says so (`EQ_TRISTATE`, `NE_TRISTATE`), and `==`/`!=`
//!   between instances whose classes (or subclasses) have such a method call
//!   the runtime (`tp_instance_eq`/`tp_instance_ne`), which does what
//!   CPython's `do_richcompare` does: the reflected method first for a proper
//!   subclass on the right, a `NotImplemented` result moves on to the other
//!   operand's method, and identity decides when both decline; without its
//!   own `__ne__` a class uses `object.__ne__`, which inverts `__eq__`.
//!   The runtime's own comparisons (`in`, `list.index`, dict and set keys)
//!   call the same methods the same way (`instance_callbacks.rs`).

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::{ast, span_of};

use crate::checker::{convert, Checker};
use crate::env::FuncSig;
use crate::hir::{CmpOp, Const, Conversion, Expr, ExprKind, Ty};
use crate::types::ClassId;

/// What a method taking `other: object` returns for `return NotImplemented`.
const NOT_IMPLEMENTED: i64 = taipan_abi::class_table::EQ_NOT_IMPLEMENTED;

/// Whether a method named `method` may declare `other: object`.
pub(crate) fn may_take_object(method: &str) -> bool {
    matches!(method, "__eq__" | "__ne__")
}

/// Whether the annotation `a` is `object`.
pub(crate) fn is_object_annotation(a: &ast::Expr) -> bool {
    matches!(a, ast::Expr::Name(n) if n.id.as_str() == "object")
}

/// Whether `sig` is an `__eq__`/`__ne__` taking `other: object` (returning the
/// tri-state).
pub(crate) fn takes_object(sig: &FuncSig) -> bool {
    sig.params.len() == 2 && sig.params[1].ty == Ty::Object
}

/// The internal return type of such a method, declared `-> bool`.
pub(crate) fn tristate_return_type(declared: Ty, span: Span, diags: &mut Vec<Diagnostic>) -> Ty {
    match declared {
        Ty::Bool => Ty::Int,
        Ty::Unknown => Ty::Unknown,
        other => {
            let msg = format!("a comparison method taking 'other: object' must return bool (it returns {other})");
            diags.push(Diagnostic::error(span, msg));
            Ty::Unknown
        }
    }
}

/// The error for a use of the `object` parameter `name` that is not allowed.
pub(crate) fn misuse_message(name: &str) -> String {
    format!("'{name}' is an 'object': it can only be narrowed with isinstance({name}, C) or compared with 'is' yet")
}

impl Checker<'_, '_> {
    /// The value of `return value` in a method taking `other: object`: the
    /// tri-state int (`NotImplemented`, or a bool as 0/1).
    pub fn tristate_return(&mut self, value: &ast::Expr) -> Expr {
        let span = span_of(value);
        if matches!(value, ast::Expr::Name(n) if n.id.as_str() == "NotImplemented") {
            return Self::const_expr(Const::Int(NOT_IMPLEMENTED), span);
        }
        let v = self.expr(value, Some(Ty::Bool));
        let v = self.coerce(v, Ty::Bool);
        if v.ty != Ty::Bool {
            return v;
        }
        convert(Conversion::BoolToInt, v, Ty::Int)
    }

    /// The operand `e` of `isinstance` or `is`, which may be an `object`
    /// parameter (read as it is, only when it is the operand itself).
    pub fn operand_maybe_object(&mut self, e: &ast::Expr) -> Expr {
        let allow = matches!(e, ast::Expr::Name(_));
        let saved = std::mem::replace(&mut self.object_read_ok, allow);
        let value = self.expr(e, None);
        self.object_read_ok = saved;
        value
    }

    /// Whether a class in `id`'s range (the class and its subclasses) has a
    /// method `name` taking `other: object`.
    pub(crate) fn range_takes_object(&self, id: ClassId, name: &str) -> bool {
        let Some((_, info)) = self.env.classes.by_id(id) else { return false };
        let (lo, hi) = (info.id.index, info.end);
        self.env.classes.infos.iter().filter(|k| k.id.index >= lo && k.id.index < hi).any(|k| {
            k.methods.get(name).is_some_and(|m| self.env.sigs.get(m.func.index()).is_some_and(takes_object))
        })
    }

    /// `lhs == rhs` / `lhs != rhs` between instances of classes `a` and `b`
    /// when one of them (or a subclass) has a comparison method taking
    /// `other: object`: the run-time `==` (see the module doc). `Err` gives
    /// the operands back when none has.
    pub fn object_eq_comparison(&mut self, op: CmpOp, lhs: Expr, rhs: Expr, span: Span) -> Result<Expr, (Expr, Expr)> {
        let (Ty::Instance(a), Ty::Instance(b)) = (lhs.ty, rhs.ty) else { return Err((lhs, rhs)) };
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Err((lhs, rhs));
        }
        let involved = [a, b].iter().any(|&c| self.range_takes_object(c, "__eq__") || self.range_takes_object(c, "__ne__"));
        if !involved {
            return Err((lhs, rhs));
        }
        Ok(Expr { kind: ExprKind::Compare { operands: vec![lhs, rhs], ops: vec![op] }, ty: Ty::Bool, span })
    }

    /// Rejects a direct call of a method taking `other: object` (its result
    /// is the internal tri-state, not a bool).
    pub fn reject_tristate_call(&mut self, f: crate::hir::FuncId, span: Span) -> bool {
        let env = self.env;
        let Some(sig) = env.sigs.get(f.index()) else { return false };
        if !takes_object(sig) {
            return false;
        }
        let name = sig.name.rsplit('.').next().unwrap_or("__eq__");
        self.error(span, format!("calling {name}(self, other: object) directly is not supported yet: use '==' or '!='"));
        true
    }
}
