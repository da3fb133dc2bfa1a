//! `math` module functions.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::call::builtin;
use crate::checker::Checker;
use crate::expr::{to_float, to_int};
use crate::hir::{Builtin, Const, Expr, MathFn, Ty};

/// The kind of a `math` function parameter.
#[derive(Clone, Copy, PartialEq)]
enum P {
    /// A float; ints and bools convert.
    F,
    /// An int; bools convert.
    I,
}

impl Checker<'_, '_> {
    pub fn math_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        use MathFn as M;
        // Integral arguments of floor/ceil/trunc come back unchanged, as ints.
        if matches!(name, "floor" | "ceil" | "trunc") && call.args.len() == 1 && call.keywords.is_empty() {
            let arg = self.value(&call.args[0], None);
            return match arg.ty {
                Ty::Unknown => Self::error_expr(span),
                Ty::Int | Ty::Bool => Expr { span, ..to_int(arg) },
                Ty::Float => {
                    let f = match name {
                        "floor" => M::Floor,
                        "ceil" => M::Ceil,
                        _ => M::Trunc,
                    };
                    builtin(Builtin::Math(f), vec![arg], Ty::Int, span)
                }
                other => {
                    self.error(arg.span, format!("must be real number, not {}", other.python_name()));
                    Self::error_expr(span)
                }
            };
        }
        if name == "isclose" {
            return self.isclose_call(call, span);
        }
        if let Some(e) = self.math_sequence_call(name, call, span) {
            return e;
        }
        if name == "log" && call.args.len() == 2 {
            return self.math_args(M::LogBase, "log", &[P::F, P::F], Ty::Float, call, span);
        }
        let (f, params, ret): (MathFn, &[P], Ty) = match name {
            "sqrt" => (M::Sqrt, &[P::F], Ty::Float),
            "exp" => (M::Exp, &[P::F], Ty::Float),
            "log" => (M::Log, &[P::F], Ty::Float),
            "log2" => (M::Log2, &[P::F], Ty::Float),
            "log10" => (M::Log10, &[P::F], Ty::Float),
            "sin" => (M::Sin, &[P::F], Ty::Float),
            "cos" => (M::Cos, &[P::F], Ty::Float),
            "tan" => (M::Tan, &[P::F], Ty::Float),
            "asin" => (M::Asin, &[P::F], Ty::Float),
            "acos" => (M::Acos, &[P::F], Ty::Float),
            "atan" => (M::Atan, &[P::F], Ty::Float),
            "sinh" => (M::Sinh, &[P::F], Ty::Float),
            "cosh" => (M::Cosh, &[P::F], Ty::Float),
            "tanh" => (M::Tanh, &[P::F], Ty::Float),
            "atan2" => (M::Atan2, &[P::F, P::F], Ty::Float),
            "hypot" => (M::Hypot, &[P::F, P::F], Ty::Float),
            "pow" => (M::Pow, &[P::F, P::F], Ty::Float),
            "fmod" => (M::Fmod, &[P::F, P::F], Ty::Float),
            "copysign" => (M::Copysign, &[P::F, P::F], Ty::Float),
            "degrees" => (M::Degrees, &[P::F], Ty::Float),
            "radians" => (M::Radians, &[P::F], Ty::Float),
            "fabs" => (M::Fabs, &[P::F], Ty::Float),
            "floor" => (M::Floor, &[P::F], Ty::Int),
            "ceil" => (M::Ceil, &[P::F], Ty::Int),
            "trunc" => (M::Trunc, &[P::F], Ty::Int),
            "isqrt" => (M::Isqrt, &[P::I], Ty::Int),
            "gcd" => (M::Gcd, &[P::I, P::I], Ty::Int),
            "lcm" => (M::Lcm, &[P::I, P::I], Ty::Int),
            "factorial" => (M::Factorial, &[P::I], Ty::Int),
            "comb" => (M::Comb, &[P::I, P::I], Ty::Int),
            "perm" => (M::Perm, &[P::I, P::I], Ty::Int),
            "expm1" => (M::Expm1, &[P::F], Ty::Float),
            "log1p" => (M::Log1p, &[P::F], Ty::Float),
            "isnan" => (M::Isnan, &[P::F], Ty::Bool),
            "isinf" => (M::Isinf, &[P::F], Ty::Bool),
            "isfinite" => (M::Isfinite, &[P::F], Ty::Bool),
            _ => return self.reject_call(call, span, format!("math.{name} is not supported yet")),
        };
        self.math_args(f, name, params, ret, call, span)
    }

    fn math_args(&mut self, f: MathFn, name: &str, params: &[P], ret: Ty, call: &ast::ExprCall, span: Span) -> Expr {
        if self.positional(call, name).is_none() {
            return Self::error_expr(span);
        }
        if call.args.len() != params.len() {
            let expected = match params.len() {
                1 => "exactly one argument".to_string(),
                n => format!("exactly {n} arguments"),
            };
            if f == MathFn::Log {
                self.error(span, format!("log expected 1 or 2 arguments, got {}", call.args.len()));
            } else {
                self.error(span, format!("{name}() takes {expected} ({} given)", call.args.len()));
            }
            return Self::error_expr(span);
        }
        let mut args = Vec::new();
        for (a, p) in call.args.iter().zip(params) {
            let arg = self.value(a, None);
            args.push(self.math_arg(arg, *p));
        }
        if args.iter().any(|a| a.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        if f == MathFn::Fabs {
            if let Some(Const::Float(x)) = args[0].as_const() {
                return Self::const_expr(Const::Float(x.abs()), span);
            }
        }
        builtin(Builtin::Math(f), args, ret, span)
    }

    /// A `math` argument converted to the parameter's kind.
    fn math_arg(&mut self, arg: Expr, p: P) -> Expr {
        match (p, arg.ty) {
            (_, Ty::Unknown) => arg,
            (P::F, t) if t.is_number() => to_float(arg),
            (P::I, Ty::Int | Ty::Bool) => to_int(arg),
            (P::I, Ty::Float) => {
                self.error(arg.span, "'float' object cannot be interpreted as an integer");
                Self::error_expr(arg.span)
            }
            (P::F, other) => {
                self.error(arg.span, format!("must be real number, not {}", other.python_name()));
                Self::error_expr(arg.span)
            }
            (P::I, other) => {
                self.error(arg.span, format!("'{}' object cannot be interpreted as an integer", other.python_name()));
                Self::error_expr(arg.span)
            }
        }
    }

    fn isclose_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if call.args.len() != 2 {
            self.error(span, format!("isclose() takes exactly 2 positional arguments ({} given)", call.args.len()));
            return Self::error_expr(span);
        }
        let mut args = Vec::new();
        for a in &call.args {
            let arg = self.value(a, None);
            args.push(self.math_arg(arg, P::F));
        }
        let mut rel_tol = Self::const_expr(Const::Float(1e-9), span);
        let mut abs_tol = Self::const_expr(Const::Float(0.0), span);
        for k in &call.keywords {
            let Some(kw) = &k.arg else { continue };
            let value = self.value(&k.value, None);
            let value = self.math_arg(value, P::F);
            match kw.as_str() {
                "rel_tol" => rel_tol = value,
                "abs_tol" => abs_tol = value,
                other => {
                    self.error(span_of(k), format!("isclose() got an unexpected keyword argument '{other}'"));
                    return Self::error_expr(span);
                }
            }
        }
        args.push(rel_tol);
        args.push(abs_tol);
        if args.iter().any(|a| a.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        builtin(Builtin::Math(MathFn::Isclose), args, Ty::Bool, span)
    }
}
