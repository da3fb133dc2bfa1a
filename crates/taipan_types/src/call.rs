//! Calls: dispatch on the callee and user functions (argument binding).
//! Builtins are in `builtin_call.rs`, `math` functions in `math_call.rs`.

use taipan_abi::binding_messages::{self, MissingKind};
use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{Checker, Resolved, Scope};
use crate::env::ParamKind;
use crate::hir::{ArgSlot, Builtin, Const, Expr, ExprKind, FuncId, Ty};
use crate::scan::{Imported, MATH_CONSTANTS};

impl Checker<'_, '_> {
    pub fn call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        let starred = call.args.iter().find(|a| matches!(a, ast::Expr::Starred(_)));
        let double_starred = call.keywords.iter().find(|k| k.arg.is_none());
        if double_starred.is_some() {
            return self.reject_call(call, span, "'**' arguments are not supported yet".to_string());
        }
        if starred.is_some() {
            if let Some(done) = self.star_call(call, span) {
                return done;
            }
        }
        match &*call.func {
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                match self.resolve(name) {
                    Resolved::Function(f) => self.user_call(f, call, span, None),
                    Resolved::Class(c) => match self.enum_call(c, call, span) {
                        Some(lookup) => lookup,
                        None => self.construct(c, call, span),
                    },
                    Resolved::UnsupportedBuiltin if name == "isinstance" => self.isinstance_call(call, span),
                    Resolved::UnsupportedBuiltin if name == "next" => self.next_call(call, span, expected),
                    Resolved::UnsupportedBuiltin if name == "iter" => self.iter_call(call, span),
                    Resolved::UnsupportedBuiltin if name == "hash" => self.hash_call(call, span),
                    Resolved::UnsupportedBuiltin if name == "input" => self.input_call(call, span),
                    Resolved::Builtin(b) => self.builtin_call(b, call, span, expected),
                    Resolved::Import(Imported::MathMember(member)) if !MATH_CONSTANTS.contains(&member.as_str()) => {
                        self.math_call(&member, call, span)
                    }
                    Resolved::Import(Imported::SysMember(member)) => {
                        self.sys_member_misuse(&member, span);
                        self.reject_call(call, span, String::new())
                    }
                    Resolved::Import(Imported::ContainerMember(module, member)) => {
                        self.container_module_call(module, &member, call, span, expected)
                    }
                    Resolved::Import(Imported::StdMember(module, member)) => {
                        self.std_call(module, &member, call, span, expected)
                    }
                    Resolved::Import(Imported::Dataclasses(member))
                        if crate::dataclass_functions::DATACLASS_FUNCTIONS.contains(&member.as_str()) =>
                    {
                        self.dataclass_function_call(&member, call, span, expected)
                    }
                    Resolved::UnsupportedBuiltin => {
                        self.reject_call(call, span, format!("builtin '{name}' is not supported yet"))
                    }
                    Resolved::Undefined => match (crate::generics::generic_function(name), crate::generics::generic_class(name)) {
                        (Some(generic), _) => self.generic_call(name, &generic, call, span, expected),
                        (_, Some(generic)) => self.generic_class_call(name, &generic, call, span, expected),
                        _ => self.reject_call(call, span, format!("name '{name}' is not defined")),
                    },
                    _ => {
                        let callee = self.expr(&call.func, None);
                        if callee.ty == Ty::Unknown {
                            return self.reject_call(call, span, String::new());
                        }
                        if let Ty::Callable(_) = callee.ty {
                            return self.call_value(callee, call, span);
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
                    if let Some((module, member)) = self.container_member(&call.func) {
                        return self.container_module_call(module, &member, call, span, expected);
                    }
                    if let Some((module, member)) = self.std_member(&call.func) {
                        return self.std_call(module, &member, call, span, expected);
                    }
                    if let Some(member) = self.sys_member(&call.func) {
                        self.sys_member_misuse(&member, span);
                        return self.reject_call(call, span, String::new());
                    }
                    return self.method_call(a, call, span);
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
                if let Some(done) = self.explicit_generic_class_call(call, span) {
                    return done;
                }
                let callee = self.expr(other, None);
                match callee.ty {
                    Ty::Callable(_) => self.call_value(callee, call, span),
                    Ty::Unknown => self.reject_call(call, span, String::new()),
                    ty => self.reject_call(call, span, format!("'{}' object is not callable", ty.python_name())),
                }
            }
        }
    }

    /// Reports `msg` (unless empty) and still checks the arguments, so their
    /// own errors are reported too.
    pub fn reject_call(&mut self, call: &ast::ExprCall, span: Span, msg: String) -> Expr {
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

    /// A call of user function `f`. A method call passes its `receiver`, which
    /// fills the first parameter (`self`) and counts as a positional argument
    /// in messages, as in CPython.
    pub(crate) fn user_call(&mut self, f: FuncId, call: &ast::ExprCall, span: Span, receiver: Option<Expr>) -> Expr {
        self.user_call_with(f, call, span, receiver, None)
    }

    /// [`Checker::user_call`], with the positional arguments given already
    /// checked (`expanded`, for `f(*t)`: see `star_args.rs`) instead of
    /// taken from `call.args`.
    pub(crate) fn user_call_with(
        &mut self,
        f: FuncId,
        call: &ast::ExprCall,
        span: Span,
        receiver: Option<Expr>,
        expanded: Option<Vec<Expr>>,
    ) -> Expr {
        if self.reject_tristate_call(f, span) {
            return Self::error_expr(span);
        }
        let sig = &self.env.sigs[f.index()];
        let name = sig.name.clone();
        let params: Vec<(String, Ty, bool, ParamKind)> =
            sig.params.iter().map(|p| (p.name.clone(), p.ty, p.has_default, p.kind)).collect();
        let ret = sig.ret;
        // Positional arguments fill the first `n_pos` parameters; then come
        // `*args` (the extra positional arguments, as a `tuple[T, ...]`) and
        // the keyword-only parameters.
        let n_pos = sig.positional_count();
        let star = sig.star.map(|s| (s, params[s].1));
        let n_positional = expanded.as_ref().map_or(call.args.len(), Vec::len);
        let mut expanded = expanded.map(Vec::into_iter);
        let mut star_items = Vec::new();
        let mut slots: Vec<Option<ArgSlot>> = vec![None; params.len()];
        let mut args = Vec::new();
        let mut ok = true;
        let offset = usize::from(receiver.is_some());
        if let Some(receiver) = receiver {
            if let Some(slot) = slots.first_mut().filter(|_| n_pos > 0) {
                *slot = Some(ArgSlot::Arg(0));
            }
            args.push(receiver);
        }
        if star.is_none() && n_positional + offset > n_pos {
            let required = params[..n_pos].iter().filter(|p| !p.2).count();
            let kwonly_given = (params.iter().filter(|p| p.3 == ParamKind::KeywordOnly))
                .filter(|p| call.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|kw| kw.as_str() == p.0)))
                .count();
            let msg = binding_messages::too_many_positional(&name, required, n_pos, n_positional + offset, kwonly_given);
            self.error(span, msg);
            ok = false;
        }
        for i in 0..n_positional {
            let i = i + offset;
            let ty = match (params.get(i).filter(|_| i < n_pos), star) {
                (Some(p), _) => Some(p.1),
                (None, Some((_, Ty::TupleOf(elem)))) => Some(*elem),
                _ => None,
            };
            let value = match &mut expanded {
                Some(values) => values.next().unwrap_or_else(|| Self::error_expr(span)),
                None => self.value(&call.args[i - offset], ty),
            };
            let value = match ty {
                Some(ty) => self.coerce(value, ty),
                None => value,
            };
            if i >= n_pos && star.is_some() {
                star_items.push(value);
                continue;
            }
            if i < n_pos {
                slots[i] = Some(ArgSlot::Arg(args.len()));
            }
            args.push(value);
        }
        if let Some((s, star_ty)) = star {
            slots[s] = Some(ArgSlot::Arg(args.len()));
            args.push(Expr { kind: ExprKind::Tuple { items: star_items }, ty: star_ty, span });
        }
        // Keywords naming positional-only parameters, which CPython lists
        // all at once at the first keyword no parameter takes.
        let posonly_named: Vec<&str> = (params.iter().filter(|p| p.3 == ParamKind::PositionalOnly))
            .map(|p| p.0.as_str())
            .filter(|p| call.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|kw| kw.as_str() == *p)))
            .collect();
        let mut posonly_reported = false;
        for k in &call.keywords {
            let Some(kw) = &k.arg else { continue };
            let kw = kw.as_str();
            let Some(p) = params.iter().position(|p| p.0 == kw && p.3.takes_keyword()) else {
                if posonly_named.is_empty() {
                    self.error(span_of(k), binding_messages::unexpected_keyword(&name, kw));
                } else if !posonly_reported {
                    self.error(span_of(k), binding_messages::positional_only_as_keyword(&name, &posonly_named));
                    posonly_reported = true;
                }
                self.expr(&k.value, None);
                ok = false;
                continue;
            };
            let value = self.value(&k.value, Some(params[p].1));
            let value = self.coerce(value, params[p].1);
            if slots[p].is_some() {
                self.error(span_of(k), binding_messages::multiple_values(&name, kw));
                ok = false;
                continue;
            }
            slots[p] = Some(ArgSlot::Arg(args.len()));
            args.push(value);
        }
        let missing = |kind: ParamKind| -> Vec<&str> {
            (params.iter().zip(&slots))
                .filter(|(p, s)| s.is_none() && !p.2 && p.3.takes_position() == kind.takes_position())
                .map(|(p, _)| p.0.as_str())
                .collect()
        };
        // (The positional ones first: CPython stops there, as it does at
        // any earlier error.)
        let (missing, kind) = match missing(ParamKind::Positional) {
            names if names.is_empty() => (missing(ParamKind::KeywordOnly), MissingKind::KeywordOnly),
            names => (names, MissingKind::Positional),
        };
        if ok && !missing.is_empty() {
            self.error(span, binding_messages::missing(&name, kind, &missing));
            ok = false;
        }
        if !ok {
            return Self::error_expr(span);
        }
        // A dataclass field's `default_factory` runs for each call that
        // leaves its argument out; a stored default is read.
        for (p, slot) in slots.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            let value = match self.default_factory(f, p) {
                Some(factory) => {
                    let value = self.value(&factory, Some(params[p].1));
                    self.coerce(value, params[p].1)
                }
                // A default evaluated when the definition ran (`object_defaults.rs`).
                None => match self.object_default(f, p, params[p].1, span) {
                    Some(read) => read,
                    None => continue,
                },
            };
            *slot = Some(ArgSlot::Arg(args.len()));
            args.push(value);
        }
        let slots = slots
            .into_iter()
            .enumerate()
            .map(|(p, s)| s.unwrap_or_else(|| ArgSlot::Default(self.default_value(f, p, params[p].1))))
            .collect();
        // The callee may assign any object's fields.
        self.forget_shared_narrowings();
        let check_defined = match self.scope {
            Scope::Module if self.flow.is_bound(self.env.function_slot(f)) => None,
            _ => self.env.markers[f.index()],
        };
        Expr { kind: ExprKind::Call { func: f, args, slots, check_defined }, ty: ret, span }
    }

    /// The expression that makes the default of parameter `p` of `f` when it
    /// is a dataclass field's `default_factory` (`dataclass_field.rs`).
    fn default_factory(&self, f: FuncId, p: usize) -> Option<ast::Expr> {
        let decl = self.env.scan.functions.get(f.index())?;
        let default = crate::env::param_arg(decl, p)?.default.as_deref()?;
        // An enum member is a singleton: reading it at each call is the same.
        if self.enum_member_default(default) {
            return Some(default.clone());
        }
        crate::dataclass_field::factory_call(default)
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
    pub fn positional(&mut self, call: &ast::ExprCall, name: &str) -> Option<()> {
        if let Some(k) = call.keywords.first() {
            self.error(span_of(k), format!("{name}() takes no keyword arguments"));
            return None;
        }
        Some(())
    }
}

pub(crate) fn builtin(func: Builtin, args: Vec<Expr>, ty: Ty, span: Span) -> Expr {
    Expr { kind: ExprKind::Builtin { func, args }, ty, span }
}
