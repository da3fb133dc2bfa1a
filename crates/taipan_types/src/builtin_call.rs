//! Builtin functions: `print`, `abs`, `round`, `min`, `max`, `int`, `float`, `bool`, `hash`.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::call::builtin;
use crate::checker::{convert, Checker};
use crate::container_expr::obj_op;
use crate::expr::{to_float, to_int};
use crate::fold;
use crate::hir::{Builtin, Const, Conversion, Expr, ExprKind, ObjOp, Ty};

impl Checker<'_, '_> {
    /// `hash(x)`: an `int`, for a value that can be a dict key.
    pub fn hash_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if !call.keywords.is_empty() {
            return self.reject_call(call, span, "hash() takes no keyword arguments".to_string());
        }
        let [arg] = call.args.as_slice() else {
            let msg = format!("hash() takes exactly one argument ({} given)", call.args.len());
            return self.reject_call(call, span, msg);
        };
        let value = self.expr(arg, None);
        match value.ty {
            Ty::Unknown => Self::error_expr(span),
            ty if crate::dict_set::is_hashable(ty) && ty != Ty::None => builtin(Builtin::Hash, vec![value], Ty::Int, span),
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) => {
                self.error(span, format!("unhashable type: '{}'", value.ty.python_name()));
                Self::error_expr(span)
            }
            other => {
                self.error(span, format!("hash() of a {other} value is not supported yet"));
                Self::error_expr(span)
            }
        }
    }

    /// `input()` / `input(prompt)` with a `str` prompt.
    pub fn input_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if !call.keywords.is_empty() {
            return self.reject_call(call, span, "input() takes no keyword arguments".to_string());
        }
        let prompt = match call.args.as_slice() {
            [] => Self::const_expr(crate::hir::Const::None, span),
            [p] => {
                let prompt = self.expr(p, Some(Ty::Str));
                match prompt.ty {
                    Ty::Str => prompt,
                    Ty::Unknown => return Self::error_expr(span),
                    other => {
                        self.error(prompt.span, format!("input() of a {other} prompt is not supported yet (write str(...))"));
                        return Self::error_expr(span);
                    }
                }
            }
            more => {
                let msg = format!("input expected at most 1 argument, got {}", more.len());
                return self.reject_call(call, span, msg);
            }
        };
        builtin(Builtin::Input, vec![prompt], Ty::Str, span)
    }

    pub fn builtin_call(&mut self, name: &str, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        match name {
            "print" => self.print_call(call, span),
            "range" => self.range_call(call, span),
            "abs" => {
                let Some(arg) = self.single_number_arg(call, span, "abs") else { return Self::error_expr(span) };
                let arg = match self.unary_method("__abs__", "abs", arg, span) {
                    Ok(call) => return call,
                    Err(arg) => arg,
                };
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
            "min" | "max" if call.args.len() == 1 => self.iter_builtin(name, call, span, expected),
            "min" | "max" => self.min_max_call(name, call, span, expected),
            "enumerate" | "zip" | "reversed" => {
                let msg = format!(
                    "{name}() as a value is not supported yet: iterate over it (for, a comprehension) or pass it to list()"
                );
                self.reject_call(call, span, msg)
            }
            "set" | "dict" | "tuple" | "sorted" | "sum" | "any" | "all" => {
                self.iter_builtin(name, call, span, expected)
            }
            "int" | "float" | "bool" => self.conversion_call(name, call, span),
            "len" | "str" | "repr" | "list" => self.sequence_builtin(name, call, span, expected),
            _ if crate::str_builtins::STR_BUILTINS.contains(&name) => self.str_builtin(name, call, span),
            _ if crate::exceptions::exception_named(name).is_some() => self.exception_call(name, call, span),
            _ => self.reject_call(call, span, format!("builtin '{name}' is not supported yet")),
        }
    }

    fn print_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let mut args = Vec::new();
        // With star arguments, `star_print` checks them after the keywords.
        let starred = call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        for a in call.args.iter().filter(|_| !starred) {
            let arg = self.unobservable_empty(a).unwrap_or_else(|| self.expr(a, None));
            self.reject_function_values(&arg, "printing");
            args.push(arg);
        }
        let mut sep = None;
        let mut end = None;
        let mut flush = false;
        let mut to_stderr = false;
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
                "file" => match self.sys_member(&k.value).as_deref() {
                    Some(member @ ("stderr" | "stdout")) if self.sys_in_extension(member, kspan) => {}
                    Some("stderr") => to_stderr = true,
                    Some("stdout") => {}
                    _ => self.error(kspan, "print(file=...) supports only sys.stdout and sys.stderr"),
                },
                other => self.error(kspan, format!("'{other}' is an invalid keyword argument for print()")),
            }
        }
        if starred {
            let sep_text = sep.clone();
            let make_print = |args| Expr { kind: ExprKind::Print { args, sep, end, flush, to_stderr }, ty: Ty::None, span };
            return self.star_print(&call.args, span, sep_text.as_deref(), make_print);
        }
        Expr { kind: ExprKind::Print { args, sep, end, flush, to_stderr }, ty: Ty::None, span }
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
            // (`abs()` of an instance: its `__abs__`.)
            t if t.is_number() || matches!(t, Ty::Instance(_)) && name == "abs" => Some(arg),
            other => {
                self.error(arg.span, format!("bad operand type for {name}(): '{}'", other.python_name()));
                None
            }
        }
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
        let ndigits =
            ndigits.filter(|n| !matches!(n, ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. })));
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
        // Other values (strs, tuples, instances with `__lt__`): CPython
        // compares them as it does the items of an iterable, so they are
        // the list of them (typed as a display is: instances of classes with
        // a common base are that base).
        if args.iter().any(|a| !a.ty.is_number()) {
            let Some((elem, items)) = self.unify_items(args, None, span, "list") else { return Self::error_expr(span) };
            if !self.check_orderable(elem, span, name) {
                return Self::error_expr(span);
            }
            let list = Expr { kind: ExprKind::List { items }, ty: Ty::list(elem), span };
            let op = if name == "max" { crate::hir::SeqOp::Max } else { crate::hir::SeqOp::Min };
            return crate::container_expr::obj_op(crate::hir::ObjOp::Seq(op), vec![list], elem, span);
        }
        let first = args[0].ty;
        if args.iter().any(|a| a.ty != first) {
            // Ints and floats: a `float` whose ints stay ints (`num_places.rs`),
            // since CPython returns the winning argument itself (`max(3, 2.5)`
            // is the int 3).
            if args.iter().all(|a| matches!(a.ty, Ty::Int | Ty::Float)) {
                args = args.into_iter().map(to_float).collect();
            } else {
                let other = args.iter().map(|a| a.ty).find(|t| *t != first).unwrap_or(first);
                self.error(span, format!("{name}() arguments must all have the same type, found {first} and {other}"));
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
        if let ("int", [s], [k]) = (name, call.args.as_slice(), call.keywords.as_slice()) {
            if k.arg.as_ref().is_some_and(|a| a.as_str() == "base") {
                return self.int_with_base(s, &k.value, span);
            }
        }
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
            2 if name == "int" => return self.int_with_base(&call.args[0], &call.args[1], span),
            n => {
                self.error(span, format!("{name}() takes at most 1 argument ({n} given)"));
                return Self::error_expr(span);
            }
        }
        let arg = match target {
            Ty::Bool => self.unobservable_empty(&call.args[0]).unwrap_or_else(|| self.expr(&call.args[0], None)),
            _ => self.expr(&call.args[0], None),
        };
        let arg = if target == Ty::Bool { arg } else { self.int_enum_as_int(arg) };
        let arg_span = arg.span;
        let result = match (target, arg.ty) {
            (_, Ty::Unknown) => return Self::error_expr(span),
            (Ty::Bool, _) => {
                let truth = self.special_truth(arg);
                match truth.ty {
                    Ty::Bool | Ty::Unknown => truth,
                    _ => convert(Conversion::Truth, truth, Ty::Bool),
                }
            }
            (Ty::Int, Ty::Int) => arg,
            (Ty::Int, Ty::Bool) => to_int(arg),
            (Ty::Int, Ty::Float) => convert(Conversion::FloatToInt, arg, Ty::Int),
            // A float, never an int kept in a float place (`num_places.rs`).
            (Ty::Float, Ty::Int | Ty::Bool | Ty::Float) => match to_float(arg) {
                Expr { kind: ExprKind::Const(Const::Int(i)), .. } => Self::const_expr(Const::Float(i as f64), span),
                e @ Expr { kind: ExprKind::Const(_), .. } => e,
                e => convert(Conversion::ToFloat, e, Ty::Float),
            },
            (Ty::Float, Ty::Str) => match arg.as_const() {
                Some(Const::Str(s)) => match parse_float_literal(s) {
                    Some(f) => Self::const_expr(Const::Float(f), span),
                    None => {
                        self.error(arg_span, format!("could not convert string to float: '{s}'"));
                        return Self::error_expr(span);
                    }
                },
                _ => obj_op(ObjOp::ParseFloat, vec![arg], Ty::Float, span),
            },
            (_, Ty::Str) => obj_op(ObjOp::ParseInt, vec![arg], Ty::Int, span),
            (_, other) if other.is_object() => {
                let msg = if target == Ty::Int {
                    format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", other.python_name())
                } else {
                    format!("float() argument must be a string or a real number, not '{}'", other.python_name())
                };
                self.error(arg_span, msg);
                return Self::error_expr(span);
            }
            (_, other) => {
                self.error(arg_span, format!("{name}() argument must be a number, not '{}'", other.python_name()));
                return Self::error_expr(span);
            }
        };
        Expr { span, ..result }
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
    use super::parse_float_literal;

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
}
