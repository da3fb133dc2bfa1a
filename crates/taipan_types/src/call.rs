//! Calls: user functions (argument binding), builtins, and `math` functions.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{convert, Checker, Resolved, Scope, STR_VALUES_UNSUPPORTED};
use crate::expr::{to_float, to_int};
use crate::fold;
use crate::hir::{ArgSlot, Builtin, Const, Conversion, Expr, ExprKind, FuncId, MathFn, Ty};
use crate::scan::{Imported, MATH_CONSTANTS};

/// The kind of a `math` function parameter.
#[derive(Clone, Copy, PartialEq)]
enum P {
    /// A float; ints and bools convert.
    F,
    /// An int; bools convert.
    I,
}

impl Checker<'_, '_> {
    pub fn call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        let starred = call.args.iter().find(|a| matches!(a, ast::Expr::Starred(_)));
        let double_starred = call.keywords.iter().find(|k| k.arg.is_none());
        if starred.is_some() || double_starred.is_some() {
            return self.reject_call(call, span, "star arguments are not supported yet".to_string());
        }
        match &*call.func {
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                match self.resolve(name) {
                    Resolved::Function(f) => self.user_call(f, call, span),
                    Resolved::Builtin(b) => self.builtin_call(b, call, span, expected),
                    Resolved::Import(Imported::MathMember(member)) if !MATH_CONSTANTS.contains(&member.as_str()) => {
                        self.math_call(&member, call, span)
                    }
                    Resolved::UnsupportedBuiltin => {
                        self.reject_call(call, span, format!("builtin '{name}' is not supported yet"))
                    }
                    Resolved::Undefined => self.reject_call(call, span, format!("name '{name}' is not defined")),
                    _ => {
                        let callee = self.expr(&call.func, None);
                        if callee.ty == Ty::Unknown {
                            return self.reject_call(call, span, String::new());
                        }
                        let msg = format!("'{}' object is not callable", callee.ty.python_name());
                        self.reject_call(call, span, msg)
                    }
                }
            }
            ast::Expr::Attribute(a) => {
                let on_math = crate::checker::name_of(&a.value)
                    .is_some_and(|n| matches!(self.resolve(n), Resolved::Import(Imported::MathModule)));
                if !on_math {
                    self.expr(&a.value, None);
                    return self.reject_call(call, span, "method calls are not supported yet".to_string());
                }
                let attr = a.attr.as_str();
                if crate::scan::MATH_FUNCTIONS.contains(&attr) {
                    self.math_call(attr, call, span)
                } else if MATH_CONSTANTS.contains(&attr) {
                    self.reject_call(call, span, "'float' object is not callable".to_string())
                } else {
                    self.reject_call(call, span, format!("math.{attr} is not supported yet"))
                }
            }
            other => {
                self.expr(other, None);
                self.reject_call(call, span, "calls of computed functions are not supported yet".to_string())
            }
        }
    }

    /// Reports `msg` (unless empty) and still checks the arguments, so their
    /// own errors are reported too.
    fn reject_call(&mut self, call: &ast::ExprCall, span: Span, msg: String) -> Expr {
        if !msg.is_empty() {
            self.error(span, msg);
        }
        for a in &call.args {
            let a = match a {
                ast::Expr::Starred(s) => &*s.value,
                a => a,
            };
            self.expr(a, None);
        }
        for k in &call.keywords {
            self.expr(&k.value, None);
        }
        Self::error_expr(span)
    }

    fn user_call(&mut self, f: FuncId, call: &ast::ExprCall, span: Span) -> Expr {
        let sig = &self.env.sigs[f.index()];
        let name = sig.name.clone();
        let params: Vec<(String, Ty, bool)> = sig.params.iter().map(|p| (p.name.clone(), p.ty, p.has_default)).collect();
        let ret = sig.ret;
        let mut slots: Vec<Option<ArgSlot>> = vec![None; params.len()];
        let mut args = Vec::new();
        let mut ok = true;
        if call.args.len() > params.len() {
            let required = params.iter().filter(|p| !p.2).count();
            let takes = if required == params.len() {
                format!("{} positional argument{}", params.len(), plural(params.len()))
            } else {
                format!("from {} to {} positional arguments", required, params.len())
            };
            let given = call.args.len();
            let was = if given == 1 { "was" } else { "were" };
            self.error(span, format!("{name}() takes {takes} but {given} {was} given"));
            ok = false;
        }
        for (i, a) in call.args.iter().enumerate() {
            let ty = params.get(i).map(|p| p.1);
            let value = self.value(a, ty);
            let value = match ty {
                Some(ty) => self.coerce(value, ty),
                None => value,
            };
            if i < slots.len() {
                slots[i] = Some(ArgSlot::Arg(args.len()));
            }
            args.push(value);
        }
        for k in &call.keywords {
            let Some(kw) = &k.arg else { continue };
            let kw = kw.as_str();
            let Some(p) = params.iter().position(|p| p.0 == kw) else {
                self.error(span_of(k), format!("{name}() got an unexpected keyword argument '{kw}'"));
                self.expr(&k.value, None);
                ok = false;
                continue;
            };
            let value = self.value(&k.value, Some(params[p].1));
            let value = self.coerce(value, params[p].1);
            if slots[p].is_some() {
                self.error(span_of(k), format!("{name}() got multiple values for argument '{kw}'"));
                ok = false;
                continue;
            }
            slots[p] = Some(ArgSlot::Arg(args.len()));
            args.push(value);
        }
        let missing: Vec<&str> = params
            .iter()
            .zip(&slots)
            .filter(|(p, s)| s.is_none() && !p.2)
            .map(|(p, _)| p.0.as_str())
            .collect();
        if !missing.is_empty() {
            let names = quoted_list(&missing);
            self.error(
                span,
                format!("{name}() missing {} required positional argument{}: {names}", missing.len(), plural(missing.len())),
            );
            ok = false;
        }
        if !ok {
            return Self::error_expr(span);
        }
        let slots = slots
            .into_iter()
            .enumerate()
            .map(|(p, s)| s.unwrap_or_else(|| ArgSlot::Default(self.default_value(f, p, params[p].1))))
            .collect();
        let check_defined = match self.scope {
            Scope::Module if self.flow.is_bound(self.env.function_slot(f)) => None,
            _ => self.env.markers[f.index()],
        };
        Expr { kind: ExprKind::Call { func: f, args, slots, check_defined }, ty: ret, span }
    }

    /// The default of parameter `p` of `f`. Before the `def` has been checked
    /// (a call earlier in the module body), the call always raises `NameError`
    /// at its marker check first, so a zero of the parameter's type stands in.
    fn default_value(&self, f: FuncId, p: usize, ty: Ty) -> Const {
        if let Some(c) = &self.state.defaults[f.index()][p] {
            return c.clone();
        }
        match ty {
            Ty::Float => Const::Float(0.0),
            Ty::Bool => Const::Bool(false),
            Ty::Int => Const::Int(0),
            _ => Const::None,
        }
    }

    /// Positional arguments of a builtin that takes no keywords.
    fn positional(&mut self, call: &ast::ExprCall, name: &str) -> Option<()> {
        if let Some(k) = call.keywords.first() {
            self.error(span_of(k), format!("{name}() takes no keyword arguments"));
            return None;
        }
        Some(())
    }

    fn builtin_call(&mut self, name: &str, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        match name {
            "print" => self.print_call(call, span),
            "range" => self.reject_call(call, span, "range() outside a for loop is not supported yet".to_string()),
            "abs" => {
                let Some(arg) = self.single_number_arg(call, span, "abs") else { return Self::error_expr(span) };
                let arg = to_int(arg);
                let folded = match arg.as_const() {
                    Some(Const::Int(i)) => i.checked_abs().map(Const::Int),
                    Some(Const::Float(f)) => Some(Const::Float(f.abs())),
                    _ => None,
                };
                if let Some(c) = folded {
                    return Self::const_expr(c, span);
                }
                let ty = arg.ty;
                builtin(Builtin::Abs, vec![arg], ty, span)
            }
            "round" => self.round_call(call, span),
            "min" | "max" => self.min_max_call(name, call, span, expected),
            "int" | "float" | "bool" => self.conversion_call(name, call, span),
            _ => self.reject_call(call, span, format!("builtin '{name}' is not supported yet")),
        }
    }

    /// The single numeric argument of `abs(x)` and similar.
    fn single_number_arg(&mut self, call: &ast::ExprCall, span: Span, name: &str) -> Option<Expr> {
        self.positional(call, name)?;
        if call.args.len() != 1 {
            self.error(span, format!("{name}() takes exactly one argument ({} given)", call.args.len()));
            return None;
        }
        let arg = self.value(&call.args[0], None);
        match arg.ty {
            Ty::Unknown => None,
            t if t.is_number() => Some(arg),
            other => {
                self.error(arg.span, format!("bad operand type for {name}(): '{}'", other.python_name()));
                None
            }
        }
    }

    fn print_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let mut args = Vec::new();
        for a in &call.args {
            let arg = self.expr(a, None);
            args.push(arg);
        }
        let mut sep = None;
        let mut end = None;
        let mut flush = false;
        for k in &call.keywords {
            let Some(kw) = &k.arg else { continue };
            let kspan = span_of(k);
            match kw.as_str() {
                "sep" | "end" => {
                    let text = match &k.value {
                        ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(s.clone()),
                        ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. }) => None,
                        _ => {
                            self.error(kspan, format!("print() {kw}= must be a string literal or None"));
                            None
                        }
                    };
                    if kw.as_str() == "sep" {
                        sep = text;
                    } else {
                        end = text;
                    }
                }
                "flush" => {
                    let value = self.condition(&k.value);
                    match value.as_const() {
                        Some(Const::Bool(b)) => flush = *b,
                        _ => self.error(kspan, "print() flush= must be a constant"),
                    }
                }
                "file" => self.error(kspan, "print(file=...) is not supported yet"),
                other => self.error(kspan, format!("'{other}' is an invalid keyword argument for print()")),
            }
        }
        Expr { kind: ExprKind::Print { args, sep, end, flush }, ty: Ty::None, span }
    }

    fn round_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let mut number = call.args.first();
        let mut ndigits = call.args.get(1);
        for k in &call.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("number") if number.is_none() => number = Some(&k.value),
                Some("ndigits") if ndigits.is_none() => ndigits = Some(&k.value),
                _ => {
                    self.error(span_of(k), "round() got an unexpected keyword argument");
                    return Self::error_expr(span);
                }
            }
        }
        if call.args.len() > 2 {
            self.error(span, format!("round() takes at most 2 arguments ({} given)", call.args.len()));
            return Self::error_expr(span);
        }
        let Some(number) = number else {
            self.error(span, "round() missing required argument 'number' (pos 1)");
            return Self::error_expr(span);
        };
        let x = self.value(number, None);
        // `round(x, None)` is `round(x)`.
        let ndigits = ndigits.filter(|n| !matches!(n, ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. })));
        let ndigits = ndigits.map(|n| self.int_arg(n));
        if x.ty == Ty::Unknown || ndigits.as_ref().is_some_and(|n| n.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        if !x.ty.is_number() {
            self.error(x.span, format!("type {} doesn't define __round__ method", x.ty.python_name()));
            return Self::error_expr(span);
        }
        let x = to_int(x);
        match (x.ty, ndigits) {
            (Ty::Float, None) => {
                // Half to even, as CPython; only when the result fits an int.
                if let Some(Const::Float(f)) = x.as_const() {
                    if let Some(i) = fold::float_to_int(f.round_ties_even()) {
                        return Self::const_expr(Const::Int(i), span);
                    }
                }
                builtin(Builtin::Round, vec![x], Ty::Int, span)
            }
            (ty, Some(n)) => builtin(Builtin::RoundDigits, vec![x, n], ty, span),
            // `round` of an int is the int.
            (_, None) => Expr { span, ..x },
        }
    }

    fn min_max_call(&mut self, name: &str, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        if let Some(k) = call.keywords.first() {
            self.error(span_of(k), format!("{name}() with key= or default= is not supported yet"));
            return Self::error_expr(span);
        }
        match call.args.len() {
            0 => {
                self.error(span, format!("{name} expected at least 1 argument, got 0"));
                return Self::error_expr(span);
            }
            1 => return self.reject_call(call, span, format!("{name}() of an iterable is not supported yet")),
            _ => {}
        }
        let mut args: Vec<Expr> = call.args.iter().map(|a| self.value(a, expected)).collect();
        if args.iter().any(|a| a.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        if let Some(bad) = args.iter().find(|a| !a.ty.is_number()) {
            let msg = format!("{name}() of {} values is not supported yet", bad.ty.python_name());
            self.error(bad.span, msg);
            return Self::error_expr(span);
        }
        let first = args[0].ty;
        if args.iter().any(|a| a.ty != first) {
            if expected == Some(Ty::Float) && args.iter().all(|a| matches!(a.ty, Ty::Int | Ty::Float)) {
                args = args.into_iter().map(to_float).collect();
            } else {
                let other = args.iter().map(|a| a.ty).find(|t| *t != first).unwrap_or(first);
                self.error(
                    span,
                    format!("{name}() arguments must all have the same type, found {first} and {other}"),
                );
                return Self::error_expr(span);
            }
        }
        let ty = args[0].ty;
        let is_max = name == "max";
        // CPython keeps the first extreme: replace only on a strict improvement.
        if args.iter().all(|a| a.as_const().is_some()) {
            let mut best = 0;
            for i in 1..args.len() {
                let (Some(candidate), Some(current)) = (args[i].as_const(), args[best].as_const()) else { break };
                let op = if is_max { crate::hir::CmpOp::Gt } else { crate::hir::CmpOp::Lt };
                if fold::compare(op, candidate, current) == Some(true) {
                    best = i;
                }
            }
            let winner = args.swap_remove(best);
            return Expr { span, ..winner };
        }
        builtin(if is_max { Builtin::Max } else { Builtin::Min }, args, ty, span)
    }

    fn conversion_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if self.positional(call, name).is_none() {
            return Self::error_expr(span);
        }
        let target = match name {
            "int" => Ty::Int,
            "float" => Ty::Float,
            _ => Ty::Bool,
        };
        match call.args.len() {
            0 => {
                let zero = match target {
                    Ty::Int => Const::Int(0),
                    Ty::Float => Const::Float(0.0),
                    _ => Const::Bool(false),
                };
                return Self::const_expr(zero, span);
            }
            1 => {}
            n if name == "int" && n == 2 => {
                return self.reject_call(call, span, "int() with a base is not supported yet".to_string());
            }
            n => {
                self.error(span, format!("{name}() takes at most 1 argument ({n} given)"));
                return Self::error_expr(span);
            }
        }
        let arg = self.expr(&call.args[0], None);
        let arg_span = arg.span;
        let result = match (target, arg.ty) {
            (_, Ty::Unknown) => return Self::error_expr(span),
            (Ty::Bool, _) if arg.ty != Ty::Str || arg.as_const().is_some() => convert(Conversion::Truth, arg, Ty::Bool),
            (Ty::Int, Ty::Int) | (Ty::Float, Ty::Float) => arg,
            (Ty::Int, Ty::Bool) => to_int(arg),
            (Ty::Int, Ty::Float) => convert(Conversion::FloatToInt, arg, Ty::Int),
            (Ty::Float, Ty::Int | Ty::Bool) => to_float(arg),
            (Ty::Float, Ty::Str) => match arg.as_const() {
                Some(Const::Str(s)) => match parse_float_literal(s) {
                    Some(f) => Self::const_expr(Const::Float(f), span),
                    None => {
                        self.error(arg_span, format!("could not convert string to float: '{s}'"));
                        return Self::error_expr(span);
                    }
                },
                _ => {
                    self.error(arg_span, STR_VALUES_UNSUPPORTED);
                    return Self::error_expr(span);
                }
            },
            (_, Ty::Str) => {
                self.error(arg_span, STR_VALUES_UNSUPPORTED);
                return Self::error_expr(span);
            }
            (_, other) => {
                self.error(
                    arg_span,
                    format!("{name}() argument must be a number, not '{}'", other.python_name()),
                );
                return Self::error_expr(span);
            }
        };
        Expr { span, ..result }
    }

    fn math_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
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

fn builtin(func: Builtin, args: Vec<Expr>, ty: Ty, span: Span) -> Expr {
    Expr { kind: ExprKind::Builtin { func, args }, ty, span }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// `float(s)` for a string constant, as CPython parses it: surrounding
/// whitespace, a sign, decimal notation, `inf`/`infinity`/`nan` in any case.
/// Underscores (allowed by CPython between digits) are not accepted here.
fn parse_float_literal(s: &str) -> Option<f64> {
    let t = s.trim();
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    let valid = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        && body.chars().any(|c| c.is_ascii_digit());
    if !valid {
        return None;
    }
    body.parse::<f64>().ok().map(|f| sign * f)
}

#[cfg(test)]
mod tests {
    use super::{parse_float_literal, quoted_list};

    #[test]
    fn float_strings_parse_like_cpython() {
        assert_eq!(parse_float_literal(" 1.5 "), Some(1.5));
        assert_eq!(parse_float_literal("-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float_literal("Infinity"), Some(f64::INFINITY));
        assert!(parse_float_literal("nan").is_some_and(f64::is_nan));
        assert_eq!(parse_float_literal("1e3"), Some(1000.0));
        assert_eq!(parse_float_literal("abc"), None);
        assert_eq!(parse_float_literal(""), None);
        assert_eq!(parse_float_literal("1_0"), None);
    }

    #[test]
    fn missing_arguments_are_listed_like_cpython() {
        assert_eq!(quoted_list(&["a"]), "'a'");
        assert_eq!(quoted_list(&["a", "b"]), "'a' and 'b'");
        assert_eq!(quoted_list(&["a", "b", "c"]), "'a', 'b', and 'c'");
    }
}
