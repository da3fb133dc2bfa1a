//! Builtins that convert between numbers and text, or compute on ints the way
//! the text builtins need: `ord`, `chr`, `hex`, `oct`, `bin`, `ascii`,
//! `format`, `int(s, base)`, `divmod`, `pow`.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::container_expr::obj_op;
use crate::expr::{to_float, to_int};
use crate::hir::{Const, Expr, ObjOp, StrOp, Ty};

/// Builtins this file implements (dispatched from `builtin_call.rs`).
pub(crate) const STR_BUILTINS: &[&str] = &["ord", "chr", "hex", "oct", "bin", "ascii", "format", "divmod", "pow"];

impl Checker<'_, '_> {
    pub fn str_builtin(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if self.positional(call, name).is_none() {
            return Self::error_expr(span);
        }
        let (min, max) = match name {
            "format" => (1, 2),
            "divmod" => (2, 2),
            "pow" => (2, 3),
            _ => (1, 1),
        };
        let n = call.args.len();
        if n < min || n > max {
            let msg = match (min, max) {
                (1, 1) => format!("{name}() takes exactly one argument ({n} given)"),
                (a, b) if a == b => format!("{name} expected {a} arguments, got {n}"),
                (a, _) if n < a => format!("{name}() takes at least {a} arguments ({n} given)"),
                (_, b) => format!("{name}() takes at most {b} arguments ({n} given)"),
            };
            return self.reject_call(call, span, msg);
        }
        match name {
            "divmod" => return self.divmod_call(call, span),
            "pow" => return self.pow_call(call, span),
            _ => {}
        }
        let arg = self.value(&call.args[0], None);
        if arg.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        match name {
            "ord" => {
                if arg.ty != Ty::Str {
                    let msg = format!("ord() expected string of length 1, but {} found", arg.ty.python_name());
                    return self.unsupported(arg.span, &msg);
                }
                // A one-character constant folds; others raise at run time.
                if let Some(Const::Str(s)) = arg.as_const() {
                    let mut chars = s.chars();
                    if let (Some(c), None) = (chars.next(), chars.next()) {
                        return Self::const_expr(Const::Int(c as i64), span);
                    }
                }
                obj_op(ObjOp::StrOp(StrOp::Ord), vec![arg], Ty::Int, span)
            }
            "chr" | "hex" | "oct" | "bin" => {
                let arg = match arg.ty {
                    Ty::Int | Ty::Bool => to_int(arg),
                    Ty::Float => {
                        return self.unsupported(arg.span, "'float' object cannot be interpreted as an integer");
                    }
                    other => {
                        let msg = format!("'{}' object cannot be interpreted as an integer", other.python_name());
                        return self.unsupported(arg.span, &msg);
                    }
                };
                let op = match name {
                    "chr" => StrOp::Chr,
                    "hex" => StrOp::Hex,
                    "oct" => StrOp::Oct,
                    _ => StrOp::Bin,
                };
                obj_op(ObjOp::StrOp(op), vec![arg], Ty::Str, span)
            }
            "ascii" => obj_op(ObjOp::Ascii, vec![arg], Ty::Str, span),
            _ => {
                // `format(x)` is `format(x, '')`, which is `str(x)`.
                let Some(spec) = call.args.get(1) else { return self.str_of(arg, span) };
                let spec = self.value(spec, Some(Ty::Str));
                match spec.ty {
                    Ty::Unknown => Self::error_expr(span),
                    Ty::Str => {
                        let arg = self.enum_format_operand(arg, span);
                        obj_op(ObjOp::Format, vec![arg, spec], Ty::Str, span)
                    }
                    other => {
                        let msg = format!("format() argument 2 must be str, not {}", other.python_name());
                        self.unsupported(spec.span, &msg)
                    }
                }
            }
        }
    }

    /// `int(s, base)`.
    pub fn int_with_base(&mut self, s: &ast::Expr, base: &ast::Expr, span: Span) -> Expr {
        let s = self.value(s, None);
        let base = self.int_arg(base);
        if s.ty == Ty::Unknown || base.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        if s.ty != Ty::Str {
            return self.unsupported(s.span, "int() can't convert non-string with explicit base");
        }
        obj_op(ObjOp::ParseInt, vec![s, base], Ty::Int, span)
    }

    /// `divmod(a, b)` of two numbers: ints (bools convert) or, with a float,
    /// floats.
    fn divmod_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let a = self.value(&call.args[0], None);
        let b = self.value(&call.args[1], None);
        if a.ty == Ty::Unknown || b.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        if !a.ty.is_number() || !b.ty.is_number() {
            let msg = format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                a.ty.python_name(),
                b.ty.python_name()
            );
            return self.unsupported(span, &msg);
        }
        let (a, b) = (to_int(a), to_int(b));
        let (a, b, ty) = if a.ty == Ty::Float || b.ty == Ty::Float {
            (to_float(a), to_float(b), Ty::Float)
        } else {
            (a, b, Ty::Int)
        };
        obj_op(ObjOp::Divmod, vec![a, b], Ty::tuple(&[ty, ty]), span)
    }

    /// `pow(a, b)` is `a ** b`; `pow(a, b, m)` takes three ints.
    fn pow_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if call.args.len() == 2 {
            let a = self.value(&call.args[0], None);
            let b = self.value(&call.args[1], None);
            return self.binary(ast::Operator::Pow, a, b, span);
        }
        let args: Vec<Expr> = call.args.iter().map(|a| self.value(a, None)).collect();
        if args.iter().any(|a| a.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        if let Some(bad) = args.iter().find(|a| !matches!(a.ty, Ty::Int | Ty::Bool)) {
            let msg = "pow() 3rd argument not allowed unless all arguments are integers";
            return self.unsupported(bad.span, msg);
        }
        let args: Vec<Expr> = args.into_iter().map(to_int).collect();
        obj_op(ObjOp::PowMod, args, Ty::Int, span)
    }
}
