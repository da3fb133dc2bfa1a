//! Optional numbers and strs (`int | None`, `float | None`, `bool | None`,
//! `str | None`) in the checker.
//!
//! Representation (decided here, lowered in `taipan_lower/src/optional.rs`):
//! None is the null pointer; a `str | None` that is not None is the str
//! itself; an `int | None` that is not None is a box holding the int
//! (`taipan_abi::boxed_scalar`). So a number flowing into an optional number is
//! boxed (`Conversion::Box`, in `Checker::conversion_to`), and a read of a
//! local narrowed to the number is unboxed ([`narrowed_read`]).
//!
//! Equality with None or with a value is legal on an un-narrowed optional
//! (`x == 3` is False when `x` is None) and compares by value at run time.
//! Arithmetic and ordering are not: as mypy, they are compile errors until the
//! optional is narrowed.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{convert, Checker};
use crate::hir::{CmpOp, Const, Conversion, DictOp, Expr, ExprKind, ObjOp, Ty};

/// A read of a variable declared `ty` (the expression's type) whose type at
/// this point is `read_ty` (narrowed, or the same): a narrowed optional number
/// is unboxed; other narrowings only retype the read (same representation).
pub(crate) fn narrowed_read(read: Expr, read_ty: Ty) -> Expr {
    if (read.ty.is_optional_number() || read.ty.is_union()) && read_ty.is_number() {
        return convert(Conversion::Unbox, read, read_ty);
    }
    if read.ty.is_union() && matches!(read_ty, Ty::Str | Ty::Optional(Ty::Str)) {
        return convert(Conversion::Reinterpret, read, read_ty);
    }
    Expr { ty: read_ty, ..read }
}

/// The type of a value that is either of type `a` or of type `b`, when one
/// of them is `None` or the optional of the other (`int` and `None` give
/// `int | None`, as mypy joins them).
pub(crate) fn optional_join(a: Ty, b: Ty) -> Option<Ty> {
    let can_be_optional = |t: Ty| t.is_number() || (t.is_object() && !t.has_unknown());
    match (a, b) {
        (Ty::Optional(inner), other) if other == Ty::None || other == *inner => Some(a),
        (other, Ty::Optional(inner)) if other == Ty::None || other == *inner => Some(b),
        (t, Ty::None) | (Ty::None, t) if can_be_optional(t) => Some(Ty::optional(t)),
        _ => None,
    }
}

/// Whether a value of type `value` can be stored where the optional type
/// `optional` is expected (None, the value type, an int for a float).
pub(crate) fn fits_optional(value: Ty, optional: Ty) -> bool {
    // (And where a union is expected: a member, `union.rs`.)
    if optional.is_union() {
        return crate::union::fits_union(value, optional);
    }
    match optional {
        Ty::Optional(inner) => {
            value == optional || value == Ty::None || value == *inner || (*inner == Ty::Float && value == Ty::Int)
        }
        _ => false,
    }
}

/// The type a variable inferred as `current` takes when `value` is assigned
/// to it too, if that widens it to an optional (`r = None` ... `r = 5`:
/// `int | None`, as mypy infers); `None` otherwise.
pub(crate) fn widened(current: Ty, value: Ty) -> Option<Ty> {
    if current == value {
        return None;
    }
    optional_join(current, value).filter(|j| *j != current)
}

/// The constant a default value `e` (already converted to its parameter's
/// type) stands for: a constant, or a constant `None` or number made optional.
/// (Lowering makes the null or the box at each call.)
pub(crate) fn default_constant(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Const(c) => Some(c.clone()),
        ExprKind::Convert { conv: Conversion::NoneToNull | Conversion::Box | Conversion::Reinterpret, arg } => arg.as_const().cloned(),
        // An int default of a `float` parameter (stays an int: `num_places.rs`).
        ExprKind::Convert { conv: Conversion::IntToFloat, arg } => arg.as_const().cloned(),
        ExprKind::Convert { conv: Conversion::BoxIntAsFloat, arg } => match arg.as_const() {
            Some(Const::Int(n)) => Some(Const::Float(*n as f64)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `e` reads a variable narrowed from an optional number to the
/// number (so it is never None, and reading it has no effects).
pub(crate) fn is_unboxed_read(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Convert { conv: Conversion::Unbox, arg } => match &arg.kind {
            ExprKind::Local { .. } | ExprKind::Global { .. } => true,
            // A narrowed field of a local (`field_narrowing.rs`).
            ExprKind::Convert { conv: Conversion::CheckNotNone, arg } => {
                matches!(&arg.kind, ExprKind::FieldGet { obj, .. } if matches!(obj.kind, ExprKind::Local { .. }))
            }
            _ => false,
        },
        _ => false,
    }
}

/// The message for an operator applied to an optional value: the value may be
/// None there, so the program must narrow it first.
pub(crate) fn maybe_none_operand(what: &str, optional: Ty) -> String {
    format!("{what}: the '{optional}' operand may be None here (test it with 'is not None' first)")
}

/// An optional that is not one of instances (whose `==` is `__eq__` or
/// identity, decided in `class_expr.rs`).
fn is_value_optional(ty: Ty) -> bool {
    matches!(ty, Ty::Optional(inner) if !matches!(inner, Ty::Instance(_)))
}

/// `a or b or ... or z` where `z` has a plain type `T` and each other operand
/// is `T` or `T | None` (`d.get(k) or 0`): a `T`, since an operand that is
/// chosen is true, so not None. Rewritten as `a if a else (b if b else z)`,
/// each operand evaluated once (`Let`), an optional number unboxed where it is
/// chosen. `None` when the operands are not of that shape.
pub(crate) fn or_default(values: &[Expr], span: Span) -> Option<Expr> {
    let (last, rest) = values.split_last()?;
    let ty = last.ty;
    if matches!(ty, Ty::Optional(_) | Ty::None | Ty::Unknown) {
        return None;
    }
    let optional = Ty::optional(ty);
    if !rest.iter().all(|v| v.ty == ty || v.ty == optional) || rest.iter().all(|v| v.ty == ty) {
        return None;
    }
    let mut result = last.clone();
    for value in rest.iter().rev() {
        let read = Expr { kind: ExprKind::LetValue(0), ty: value.ty, span: value.span };
        let chosen = narrowed_read(read.clone(), ty);
        let choice = Expr {
            kind: ExprKind::IfExp { cond: Box::new(read), then_value: Box::new(chosen), else_value: Box::new(result) },
            ty,
            span,
        };
        result = Expr { kind: ExprKind::Let { values: vec![value.clone()], body: Box::new(choice) }, ty, span };
    }
    Some(result)
}

impl Checker<'_, '_> {
    /// `d.get(k)` without a default: `V | None` (`V` itself when it is
    /// optional already). For number values the operands are `[d, k]` (the
    /// runtime boxes the value it finds); otherwise `[d, k, None]`, the null
    /// object as the default.
    pub(crate) fn dict_get_optional(&mut self, dict: Expr, key: Ty, value: Ty, call: &ast::ExprCall, span: Span) -> Expr {
        let ret = match value {
            Ty::Optional(_) => value,
            _ if value.is_number() || value.is_object() => Ty::optional(value),
            other => {
                self.error(span, format!("dict.get(k) without a default on a dict of {other} values is not supported"));
                return Self::error_expr(span);
            }
        };
        let Some(mut args) = self.method_args(call, span, "dict.get", &[Some(key)], 1) else {
            return Self::error_expr(span);
        };
        if !value.is_number() {
            args.push(self.coerce(Self::const_expr(Const::None, span), ret));
        }
        let mut operands = vec![dict];
        operands.extend(args);
        Expr { kind: ExprKind::ObjOp { op: ObjOp::Dict(DictOp::Get), args: operands }, ty: ret, span }
    }

    /// `lhs op rhs` where either operand is an optional number or str, if so:
    /// `==`/`!=` compare by value, both operands made the optional type (the
    /// runtime's generic equality sees through boxes and treats null as None);
    /// orderings are rejected. `Err` gives the operands back otherwise.
    pub(crate) fn optional_comparison(&mut self, op: CmpOp, lhs: Expr, rhs: Expr, span: Span) -> Result<Expr, (Expr, Expr)> {
        let optional = match (lhs.ty, rhs.ty) {
            (a, _) if is_value_optional(a) => a,
            (_, b) if is_value_optional(b) => b,
            _ => return Err((lhs, rhs)),
        };
        let symbol = crate::expr::cmp_symbol(op);
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let msg = format!("'{symbol}' not supported between '{}' and '{}'", lhs.ty, rhs.ty);
            self.error(span, maybe_none_operand(&msg, optional));
            return Ok(Self::error_expr(span));
        }
        let fits = |t: Ty| t == optional || t == Ty::None || t == optional.without_none() || (optional == Ty::optional(Ty::Float) && t == Ty::Int);
        if !fits(lhs.ty) || !fits(rhs.ty) {
            let (a, b) = (lhs.ty.without_none(), rhs.ty.without_none());
            let msg = if a.is_number() && b.is_number() {
                format!("'{symbol}' between a {} and a {} is not supported yet: compare the values narrowed with 'is not None'", lhs.ty, rhs.ty)
            } else {
                format!("'{symbol}' between a {} and a {} is not supported (their values are never equal)", lhs.ty, rhs.ty)
            };
            self.error(span, msg);
            return Ok(Self::error_expr(span));
        }
        // (A str or an instance keeps its type: lowering sees the optional
        // on the other side.)
        let lhs = self.coerce(lhs, optional);
        let rhs = self.coerce(rhs, optional);
        Ok(Expr { kind: ExprKind::Compare { operands: vec![lhs, rhs], ops: vec![op] }, ty: Ty::Bool, span })
    }
}
