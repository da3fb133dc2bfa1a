//! f-strings: `f"{x:>{w}.3f} {y!r} {z=}"` → `ExprKind::FString`, a
//! concatenation of `str` parts. Each replacement field becomes `str(x)`,
//! `repr(x)`, `ascii(x)` (the conversion), then `format(_, spec)` when there is
//! a spec; the spec is itself an f-string (nested fields). The parser already
//! expands `{x=}` into the text `x=` and a `!r` field.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::Checker;
use crate::container_expr::obj_op;
use crate::hir::{Const, Expr, ExprKind, ObjOp, Ty};

/// The conversion of a replacement field: none, `!s`, `!r` or `!a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldConversion {
    None,
    Str,
    Repr,
    Ascii,
}

impl Checker<'_, '_> {
    pub fn fstring(&mut self, values: &[ast::Expr], span: Span) -> Expr {
        let mut parts: Vec<Expr> = Vec::new();
        let mut ok = true;
        for v in values {
            match self.fstring_part(v) {
                Some(part) => parts.extend(part),
                None => ok = false,
            }
        }
        if !ok {
            return Self::error_expr(span);
        }
        Self::concat_str_parts(parts, span)
    }

    /// The concatenation of `str` parts (an f-string, a `str.format` result).
    pub(crate) fn concat_str_parts(parts: Vec<Expr>, span: Span) -> Expr {
        // Adjacent constants merge; empty ones drop out.
        let mut merged: Vec<Expr> = Vec::new();
        for part in parts {
            if let (Some(Const::Str(text)), Some(last)) = (part.as_const(), merged.last_mut()) {
                if let ExprKind::Const(Const::Str(prev)) = &mut last.kind {
                    prev.push_str(text);
                    continue;
                }
            }
            if matches!(part.as_const(), Some(Const::Str(t)) if t.is_empty()) {
                continue;
            }
            merged.push(part);
        }
        match merged.len() {
            0 => Self::const_expr(Const::Str(String::new()), span),
            1 if merged[0].ty == Ty::Str => {
                let only = merged.remove(0);
                Expr { span, ..only }
            }
            _ => Expr { kind: ExprKind::FString { parts: merged }, ty: Ty::Str, span },
        }
    }

    /// The `str` parts one element of an f-string contributes.
    fn fstring_part(&mut self, v: &ast::Expr) -> Option<Vec<Expr>> {
        let span = span_of(v);
        match v {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => {
                Some(vec![Self::const_expr(Const::Str(s.clone()), span)])
            }
            ast::Expr::JoinedStr(j) => {
                let inner = self.fstring(&j.values, span);
                (inner.ty != Ty::Unknown).then(|| vec![inner])
            }
            ast::Expr::FormattedValue(f) => {
                let value = self.value(&f.value, None);
                if value.ty == Ty::Unknown || self.reject_function_values(&value, "printing") {
                    return None;
                }
                let conversion = match f.conversion {
                    ast::ConversionFlag::None => FieldConversion::None,
                    ast::ConversionFlag::Str => FieldConversion::Str,
                    ast::ConversionFlag::Repr => FieldConversion::Repr,
                    ast::ConversionFlag::Ascii => FieldConversion::Ascii,
                };
                let spec = match f.format_spec.as_deref() {
                    None => None,
                    Some(ast::Expr::JoinedStr(j)) => Some(self.fstring(&j.values, span_of(&**f.format_spec.as_ref()?))),
                    Some(other) => Some(self.value(other, None)),
                };
                if spec.as_ref().is_some_and(|s| s.ty == Ty::Unknown) {
                    return None;
                }
                Some(vec![self.format_field(value, conversion, spec, span)])
            }
            other => {
                let value = self.value(other, None);
                (value.ty != Ty::Unknown).then(|| vec![self.str_of(value, span)])
            }
        }
    }

    /// One replacement field: `value`, converted, then formatted with `spec`
    /// (a `str`) when there is one.
    pub(crate) fn format_field(
        &mut self,
        value: Expr,
        conversion: FieldConversion,
        spec: Option<Expr>,
        span: Span,
    ) -> Expr {
        let converted = match conversion {
            FieldConversion::None => value,
            FieldConversion::Str => self.str_of(value, span),
            FieldConversion::Repr => obj_op(ObjOp::Repr, vec![value], Ty::Str, span),
            FieldConversion::Ascii => obj_op(ObjOp::Ascii, vec![value], Ty::Str, span),
        };
        match spec {
            Some(spec) if !matches!(spec.as_const(), Some(Const::Str(s)) if s.is_empty()) => {
                let converted = self.enum_format_operand(converted, span);
                obj_op(ObjOp::Format, vec![converted, spec], Ty::Str, span)
            }
            _ => self.str_of(converted, span),
        }
    }

    /// `str(value)`: the value itself for a `str`, folded for a constant.
    pub fn str_of(&mut self, value: Expr, span: Span) -> Expr {
        if value.ty == Ty::Str {
            return value;
        }
        match value.as_const() {
            Some(Const::Int(i)) => Self::const_expr(Const::Str(i.to_string()), span),
            Some(Const::Bool(b)) => Self::const_expr(Const::Str(if *b { "True" } else { "False" }.to_string()), span),
            Some(Const::None) => Self::const_expr(Const::Str("None".to_string()), span),
            _ => obj_op(ObjOp::Str, vec![value], Ty::Str, span),
        }
    }
}
