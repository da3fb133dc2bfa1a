//! Unbound methods as values: `up = str.upper`, `f = Point.norm`,
//! `fs: list[Callable[[str], str]] = [str.strip, str.lower]`. Each is the
//! lambda that calls the method on its first argument (`lambda a: a.upper()`,
//! as `key_builtins.rs` makes for `key=str.lower`), checked as any lambda.
//!
//! The parameter types come from the expected `Callable`; without one, a
//! `str` method takes the string alone (`str.upper`, `str.split` without a
//! separator) and a user class's method takes the parameters its `def`
//! declares. A user method that a subclass overrides is rejected: CPython's
//! `Point.norm(p)` runs `Point`'s code whatever `p`'s class, which the
//! lambda's method call would not. (`map(str.upper, xs)` and `key=str.lower`
//! are rewritten before they get here: `map_filter.rs`, `key_builtins.rs`.)
//!
//! Called through the class, `Point.norm(p)` is the direct call of
//! `Point`'s method (no dispatch on `p`'s class), and `str.upper(s)` is
//! `s.upper()`. `Base.__init__(self, ...)` stays rejected: field types come
//! from `__init__` and `super().__init__(...)`.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{name_of, Checker, Resolved};
use crate::class_env::{MethodInfo, MethodKind};
use crate::hir::{Expr, Ty};

impl Checker<'_, '_> {
    /// `C.attr` (`C` a class or `str`) as a function value, where `attr` is
    /// an instance method; `None` when `a` is no such attribute.
    pub(crate) fn unbound_method_value(&mut self, a: &ast::ExprAttribute, expected: Option<Ty>, span: Span) -> Option<Expr> {
        let attr = a.attr.as_str();
        let expected_sig = match expected {
            Some(Ty::Callable(sig)) if !sig.params.is_empty() => Some(sig),
            _ => None,
        };
        let ty = match self.resolve(name_of(&a.value)?) {
            Resolved::Builtin("str") => match expected_sig {
                Some(sig) => Ty::Callable(sig),
                None => Ty::callable(&[Ty::Str], Ty::Unknown),
            },
            Resolved::Class(c) => {
                let (method, overrides) = self.env.classes.method_ref(c, attr)?;
                if method.kind != MethodKind::Instance {
                    return None;
                }
                let class = self.env.classes.infos[c].id.name;
                if !overrides.is_empty() {
                    let msg = format!(
                        "'{class}.{attr}' as a value, which a subclass overrides, is not supported yet (CPython calls \
                         {class}'s method whatever the argument's class): use a lambda"
                    );
                    self.error(span, msg);
                    return Some(Self::error_expr(span));
                }
                let sig = &self.env.sigs[method.func.index()];
                if sig.star.is_some() || sig.params.iter().any(|p| p.ty == Ty::Unknown) || sig.ret == Ty::Unknown {
                    return Some(Self::error_expr(span));
                }
                let mut params = vec![Ty::Instance(self.env.classes.infos[c].id)];
                params.extend(sig.params.iter().skip(1).map(|p| p.ty));
                Ty::callable(&params, sig.ret)
            }
            _ => return None,
        };
        let Ty::Callable(sig) = ty else { return None };
        let lambda = method_lambda(a, sig.params.len());
        Some(self.lambda_value(&lambda, Some(ty), span))
    }
}

impl Checker<'_, '_> {
    /// `C.m(obj, args...)` for an instance method `m` of class `c`: `C`'s
    /// method called on `obj` directly.
    pub(crate) fn unbound_method_call(&mut self, c: usize, m: MethodInfo, call: &ast::ExprCall, span: Span) -> Expr {
        let info = &self.env.classes.infos[c];
        let (class, lo, hi) = (info.id.name, info.id.index, info.end);
        let name = self.env.sigs[m.func.index()].name.clone();
        let Some((first, rest)) = call.args.split_first().filter(|(f, _)| !matches!(f, ast::Expr::Starred(_))) else {
            let msg = format!("{name}() missing 1 required positional argument: 'self'");
            return self.reject_call(call, span, msg);
        };
        let receiver = self.value(first, Some(Ty::Instance(info.id)));
        match receiver.ty {
            Ty::Instance(id) if (lo..hi).contains(&id.index) => {}
            Ty::Unknown => return Self::error_expr(span),
            other => {
                let msg = format!(
                    "calling {name}() with a first argument of type {other} is not supported (CPython would run {class}'s code on it)"
                );
                self.error(receiver.span, msg);
                return Self::error_expr(span);
            }
        }
        let mut rest_call = call.clone();
        rest_call.args = rest.to_vec();
        self.user_call(m.func, &rest_call, span, Some(receiver))
    }

    /// `str.m(s, args...)`: `s.m(args...)`; `None` for any other call.
    pub(crate) fn str_unbound_call(&mut self, a: &ast::ExprAttribute, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        if !matches!(self.resolve(name_of(&a.value)?), Resolved::Builtin("str")) {
            return None;
        }
        let Some((first, rest)) = call.args.split_first().filter(|(f, _)| !matches!(f, ast::Expr::Starred(_))) else {
            let msg = format!("unbound method str.{}() needs an argument", a.attr);
            return Some(self.reject_call(call, span, msg));
        };
        let method = ast::Expr::Attribute(ast::ExprAttribute {
            range: a.range,
            value: Box::new(first.clone()),
            attr: a.attr.clone(),
            ctx: ast::ExprContext::Load,
        });
        let bound = ast::Expr::Call(ast::ExprCall {
            range: call.range,
            func: Box::new(method),
            args: rest.to_vec(),
            keywords: call.keywords.clone(),
        });
        Some(self.value(&bound, None))
    }
}

/// `lambda <argument 0>, ...: <argument 0>.attr(<argument 1>, ...)`.
fn method_lambda(a: &ast::ExprAttribute, n_params: usize) -> ast::ExprLambda {
    let range = a.range;
    let names: Vec<String> = (0..n_params).map(|i| format!("<argument {i}>")).collect();
    let read = |p: &String| taipan_syntax::build::name(p, range);
    let method = ast::Expr::Attribute(ast::ExprAttribute {
        range,
        value: Box::new(read(&names[0])),
        attr: a.attr.clone(),
        ctx: ast::ExprContext::Load,
    });
    let body = ast::Expr::Call(ast::ExprCall {
        range,
        func: Box::new(method),
        args: names[1..].iter().map(read).collect(),
        keywords: Vec::new(),
    });
    taipan_syntax::build::lambda(&names, body, range)
}
