//! Expressions and statements on user classes: construction `C(...)`, fields
//! `obj.x` (read and assigned), method calls `obj.m(...)` (direct, or
//! dispatched on the receiver's class when a subclass overrides the method),
//! `super()`, static methods, properties, class constants, `isinstance`, and
//! `is None` tests. Every unknown attribute is a compile error naming the
//! class and the member.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{name_of, Checker, Resolved, Scope};
use crate::class_env::{Classes, MethodKind};
use crate::hir::{Const, Expr, ExprKind, Stmt, StmtKind, Ty};
use crate::types::ClassId;

/// Whether a value of type `from` can be stored where `to` is expected as it
/// is: an instance of a subclass, or a non-None value into an optional.
pub(crate) fn fits_as_is(classes: &Classes, from: Ty, to: Ty) -> bool {
    let subclass = |a: ClassId, b: ClassId| {
        classes.by_id(b).is_some_and(|(_, info)| a.index >= info.id.index && a.index < info.end)
    };
    match (from, to) {
        (Ty::Instance(a), Ty::Instance(b)) => subclass(a, b),
        (Ty::Instance(a), Ty::Optional(Ty::Instance(b))) => subclass(a, *b),
        (Ty::Optional(Ty::Instance(a)), Ty::Optional(Ty::Instance(b))) => subclass(*a, *b),
        // Built-in exceptions share one representation.
        (Ty::Exception(a), Ty::Exception(b)) => a.is_subclass_of(b),
        (Ty::Exception(a), Ty::Optional(Ty::Exception(b))) => a.is_subclass_of(*b),
        (Ty::Optional(Ty::Exception(a)), Ty::Optional(Ty::Exception(b))) => a.is_subclass_of(*b),
        // A value of any object type where its optional is expected (a
        // number is boxed: `Conversion::Box`).
        (_, Ty::Optional(inner)) => from == *inner && !from.is_number(),
        _ => false,
    }
}

impl Checker<'_, '_> {
    /// The class (declaration index) whose method is being checked.
    fn current_class(&self) -> Option<usize> {
        match self.scope {
            Scope::Function { closure: true, .. } | Scope::Module => None,
            Scope::Function { id, .. } => self.env.scan.functions[id.index()].owner,
        }
    }

    fn class_name(&self, c: usize) -> &'static str {
        self.env.classes.infos[c].id.name
    }

    /// `C(args)`: a new instance passed to `C.__init__` (its own or inherited).
    pub fn construct(&mut self, c: usize, call: &ast::ExprCall, span: Span) -> Expr {
        let class = self.env.classes.infos[c].id;
        let ty = Ty::Instance(class);
        // `cls(...)` in a classmethod's copy for an abstract class: that
        // copy is never called (`class_method_call`).
        let through_cls = matches!((&*call.func, &self.class_alias), (ast::Expr::Name(n), Some((alias, _))) if n.id.as_str() == alias);
        if let Some(msg) = crate::abstract_methods::instantiation_error(&self.env.classes, &self.env.scan, c).filter(|_| !through_cls) {
            return self.reject_call(call, span, msg);
        }
        let Some(init) = self.env.classes.infos[c].methods.get("__init__").copied() else {
            if !call.args.is_empty() || !call.keywords.is_empty() {
                return self.reject_call(call, span, format!("{}() takes no arguments", class.name));
            }
            return Expr { kind: ExprKind::New { class, init: None, args: Vec::new(), slots: Vec::new() }, ty, span };
        };
        // The instance stands in as the receiver while the arguments are bound.
        let placeholder = Expr { kind: ExprKind::Const(Const::None), ty, span };
        let bound = self.user_call(init.func, call, span, Some(placeholder));
        let ExprKind::Call { func, mut args, slots, .. } = bound.kind else { return Self::error_expr(span) };
        args.remove(0);
        let slots = slots
            .into_iter()
            .skip(1)
            .map(|s| match s {
                crate::hir::ArgSlot::Arg(i) => crate::hir::ArgSlot::Arg(i - 1),
                other => other,
            })
            .collect();
        Expr { kind: ExprKind::New { class, init: Some(func), args, slots }, ty, span }
    }

    /// The class of a receiver, reporting a receiver that may be None.
    fn receiver_class(&mut self, receiver: &Expr, member: &str, span: Span) -> Option<usize> {
        match receiver.ty {
            Ty::Instance(id) => self.env.classes.by_id(id).map(|(c, _)| c),
            // A user exception class is also a class (`class_env`).
            Ty::Exception(crate::hir::ExcClass::User(user)) => Some(user.decl as usize),
            Ty::Optional(inner) => {
                let what = match &receiver.kind {
                    ExprKind::Local { id, .. } => format!("'{}'", self.locals[id.index()].name),
                    _ => "the value".to_string(),
                };
                self.error(
                    span,
                    format!(
                        "{what} may be None here ({}), so it has no attribute '{member}' for sure: \
                         test it with 'is not None' first",
                        receiver.ty
                    ),
                );
                let _ = inner;
                None
            }
            _ => None,
        }
    }

    fn no_attribute(&mut self, c: usize, member: &str, span: Span) -> Expr {
        let msg = format!("'{}' object has no attribute '{member}'", self.class_name(c));
        self.error(span, msg);
        Self::error_expr(span)
    }

    /// `receiver.name(args)` on an instance.
    pub fn instance_method_call(&mut self, receiver: Expr, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(c) = self.receiver_class(&receiver, name, span) else { return self.reject_call(call, span, String::new()) };
        let Some((method, overrides)) = self.env.classes.method_ref(c, name) else {
            // A field holding a function value: a call of that value.
            if let Some((index, ty @ Ty::Callable(_))) = self.env.classes.field(c, name) {
                let callee = Expr { kind: ExprKind::FieldGet { obj: Box::new(receiver), index }, ty, span };
                return self.call_value(callee, call, span);
            }
            let msg = if self.env.classes.field(c, name).is_some() {
                format!("calling field '{name}' of '{}' is not supported (it is not a method)", self.class_name(c))
            } else {
                format!("'{}' object has no attribute '{name}'", self.class_name(c))
            };
            return self.reject_call(call, span, msg);
        };
        match method.kind {
            MethodKind::Class if !overrides.is_empty() => {
                let msg = format!(
                    "calling classmethod '{name}' through an instance of '{}', which has subclasses, is not supported yet \
                     (call it through a class)",
                    self.class_name(c)
                );
                self.reject_call(call, span, msg)
            }
            MethodKind::Static | MethodKind::Class => self.direct_static_call(method.func, call, span),
            MethodKind::Property => {
                let msg = format!("calling property '{name}' of '{}' is not supported", self.class_name(c));
                self.reject_call(call, span, msg)
            }
            MethodKind::Instance if self.overrides_differ(method.func, &overrides) => {
                let msg = format!(
                    "calling '{name}' on a '{}' is not supported: its subclasses' {name} take other types",
                    self.class_name(c)
                );
                self.reject_call(call, span, msg)
            }
            MethodKind::Instance if self.overrides_bind_differently(method.func, &overrides, call) => {
                let msg = format!(
                    "calling '{name}' on a '{}' is not supported yet: its subclasses' {name} bind the arguments \
                     otherwise (other parameter names, kinds or defaults, or defaults that are objects)",
                    self.class_name(c)
                );
                self.reject_call(call, span, msg)
            }
            MethodKind::Instance => {
                let direct = self.user_call(method.func, call, span, Some(receiver));
                if overrides.is_empty() || direct.ty == Ty::Unknown && !matches!(direct.kind, ExprKind::Call { .. }) {
                    return direct;
                }
                let ty = direct.ty;
                Expr { kind: ExprKind::MethodCall { call: Box::new(direct), overrides }, ty, span }
            }
        }
    }

    /// `C.name(args)`: a static method or classmethod called through its class.
    pub fn class_method_call(&mut self, c: usize, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        match self.env.classes.infos[c].methods.get(name).copied() {
            Some(m) if m.kind == MethodKind::Class && self.instantiates_abstract(c, m.func, call) => {
                let msg = crate::abstract_methods::instantiation_error(&self.env.classes, &self.env.scan, c).unwrap_or_default();
                self.reject_call(call, span, msg)
            }
            Some(m) if matches!(m.kind, MethodKind::Static | MethodKind::Class) => self.direct_static_call(m.func, call, span),
            // `Point.norm(p)` (`unbound_methods.rs`).
            Some(m) if m.kind == MethodKind::Instance && name != "__init__" => self.unbound_method_call(c, m, call, span),
            Some(_) => {
                let msg = format!("calling method '{name}' through class '{}' is not supported yet", self.class_name(c));
                self.reject_call(call, span, msg)
            }
            None => {
                let msg = format!("type object '{}' has no attribute '{name}'", self.class_name(c));
                self.reject_call(call, span, msg)
            }
        }
    }

    /// Whether `C.m(...)` (classmethod `func` through class `c`, by name
    /// rather than through `cls`) may instantiate `c` while `c` is abstract.
    fn instantiates_abstract(&self, c: usize, func: crate::hir::FuncId, call: &ast::ExprCall) -> bool {
        let through_cls = matches!((&*call.func, &self.class_alias), (ast::Expr::Attribute(a), Some((alias, _)))
            if matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == alias));
        !through_cls
            && crate::abstract_methods::instantiation_error(&self.env.classes, &self.env.scan, c).is_some()
            && crate::classmethods::may_instantiate_cls(&self.env.scan, c, func.index(), &mut Vec::new())
    }

    /// Whether an override takes other parameter types than `func` (a
    /// dataclass's generated `__eq__`): a call cannot dispatch to it.
    fn overrides_differ(&self, func: crate::hir::FuncId, overrides: &[crate::hir::Override]) -> bool {
        let params = |f: crate::hir::FuncId| self.env.sigs[f.index()].params.iter().skip(1).map(|p| p.ty).collect::<Vec<_>>();
        overrides.iter().any(|o| params(o.func) != params(func))
    }

    /// A static method or classmethod called as it is (no dispatch): its
    /// body runs, so it must not be an abstract placeholder.
    fn direct_static_call(&mut self, func: crate::hir::FuncId, call: &ast::ExprCall, span: Span) -> Expr {
        if crate::abstract_methods::runs_placeholder(&self.env.scan, &self.env.sigs, func) {
            let msg = crate::abstract_methods::placeholder_call_error(&self.env.scan, func);
            return self.reject_call(call, span, msg);
        }
        self.user_call(func, call, span, None)
    }

    /// `super().name(args)` in a method: the base class's method, called
    /// directly on `self`.
    pub fn super_method_call(&mut self, a: &ast::ExprAttribute, call: &ast::ExprCall, span: Span) -> Expr {
        let name = a.attr.as_str();
        let class = self.current_class();
        let base = class.and_then(|c| self.env.classes.infos[c].base);
        let (Some(_), Scope::Function { id, .. }) = (class, self.scope) else {
            return self.reject_call(call, span, "super() outside a method is not supported".to_string());
        };
        let Some(base) = base else {
            if let Some(exc) = class.and_then(|c| self.env.classes.exceptions[c]) {
                return self.exception_super_call(exc, a, call, span);
            }
            return self.reject_call(call, span, "super() in a class without a base class is not supported yet".to_string());
        };
        let current = &self.env.scan.functions[id.index()];
        if crate::class_env::kind_of(current.def) != MethodKind::Instance {
            return self.reject_call(call, span, "super() is supported only in instance methods".to_string());
        }
        let Some(method) = self.env.classes.infos[base].methods.get(name).copied() else {
            // The base is an exception class that inherits this method from
            // its built-in base: `BaseException.__init__` / `__str__`.
            if let Some(exc) = class.and_then(|c| self.env.classes.exceptions[c]) {
                return self.exception_super_call(exc, a, call, span);
            }
            // `object.__init__()`: nothing to do.
            if name == "__init__" && call.args.is_empty() && call.keywords.is_empty() {
                return Self::const_expr(Const::None, span);
            }
            return self.reject_call(call, span, format!("'super' object has no attribute '{name}'"));
        };
        if crate::abstract_methods::runs_placeholder(&self.env.scan, &self.env.sigs, method.func) {
            let msg = crate::abstract_methods::placeholder_call_error(&self.env.scan, method.func);
            return self.reject_call(call, span, msg);
        }
        match method.kind {
            MethodKind::Instance => {
                let def = self.env.scan.functions[id.index()].def;
                let self_name = crate::class_env::self_name(def).unwrap_or("self").to_string();
                let receiver = self.read_name(&self_name, span);
                self.user_call(method.func, call, span, Some(receiver))
            }
            MethodKind::Static | MethodKind::Class => self.direct_static_call(method.func, call, span),
            MethodKind::Property => self.reject_call(call, span, format!("calling property '{name}' is not supported")),
        }
    }

    /// `obj.attr` on an instance: a field, a property, or a class constant.
    pub fn instance_attribute(&mut self, obj: Expr, attr: &str, span: Span) -> Expr {
        let Some(c) = self.receiver_class(&obj, attr, span) else { return Self::error_expr(span) };
        if let Some((index, ty)) = self.env.classes.field(c, attr) {
            let narrowed = self.narrowed_field(&obj, index);
            let read = Expr { kind: ExprKind::FieldGet { obj: Box::new(obj), index }, ty, span };
            return match narrowed {
                Some(read_ty) => crate::field_narrowing::narrowed_field_read(read, read_ty),
                None => read,
            };
        }
        if let Some((method, overrides)) = self.env.classes.method_ref(c, attr) {
            if method.kind == MethodKind::Property {
                self.forget_shared_narrowings();
                let sig = &self.env.sigs[method.func.index()];
                let ty = sig.ret;
                let call = Expr {
                    kind: ExprKind::Call {
                        func: method.func,
                        args: vec![obj],
                        slots: vec![crate::hir::ArgSlot::Arg(0)],
                        check_defined: None,
                    },
                    ty,
                    span,
                };
                if overrides.is_empty() {
                    return call;
                }
                return Expr { kind: ExprKind::MethodCall { call: Box::new(call), overrides }, ty, span };
            }
            self.error(span, format!("methods as values are not supported yet ('{}.{attr}')", self.class_name(c)));
            return Self::error_expr(span);
        }
        if let Some(read) = self.instance_class_attr(c, obj, attr, span) {
            return read;
        }
        self.no_attribute(c, attr, span)
    }

    /// `C.attr`: a class constant or variable.
    pub fn class_attribute(&mut self, c: usize, attr: &str, span: Span) -> Expr {
        if let Some(member) = self.enum_member(c, attr, span) {
            return member;
        }
        if let Some((_, id, ty)) = self.class_var(c, attr) {
            return Self::class_var_read(id, ty, span);
        }
        if let Some(k) = self.env.classes.infos[c].constants.get(attr).cloned() {
            return Self::const_expr(k, span);
        }
        let msg = if self.env.classes.infos[c].methods.contains_key(attr) {
            format!("methods as values are not supported yet ('{}.{attr}')", self.class_name(c))
        } else {
            format!("type object '{}' has no attribute '{attr}'", self.class_name(c))
        };
        self.error(span, msg);
        Self::error_expr(span)
    }

    /// `obj.x = value`, `obj.x: T = value` and `obj.x op= value`.
    pub fn set_attribute(
        &mut self,
        target: &ast::ExprAttribute,
        value: &ast::Expr,
        aug: Option<ast::Operator>,
        _annotation: Option<&ast::Expr>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let attr = target.attr.as_str();
        if let Some(Resolved::Class(c)) = name_of(&target.value).map(|n| self.resolve(n)) {
            if self.reject_enum_assignment(c, attr, true, span_of(target)) {
                self.value(value, None);
                return;
            }
            if self.set_class_var(c, target, value, aug, span, out) {
                return;
            }
        }
        let mut obj = self.expr(&target.value, None);
        if obj.ty == Ty::Unknown {
            self.value(value, None);
            return;
        }
        let Some(c) = self.receiver_class(&obj, attr, span_of(target)) else {
            if !matches!(obj.ty, Ty::Optional(_)) {
                self.error(span_of(target), format!("cannot assign attribute '{attr}' of a value of type {}", obj.ty));
            }
            self.value(value, None);
            return;
        };
        if self.reject_enum_assignment(c, attr, false, span_of(target)) {
            self.value(value, None);
            return;
        }
        let Some((index, field_ty)) = self.env.classes.field(c, attr) else {
            if self.property_set(c, obj.clone(), attr, value, aug, span, out) {
                return;
            }
            let info = &self.env.classes.infos[c];
            let msg = if let Some((owner, _, _)) = self.class_var(c, attr) {
                format!(
                    "assigning class variable '{attr}' through an instance would make an instance attribute in CPython \
                     (not supported): assign it through '{}'",
                    self.env.scan.classes[owner].name
                )
            } else if info.constants.contains_key(attr) {
                format!("cannot assign class constant '{attr}' through an instance of '{}' (not supported)", info.id.name)
            } else if info.methods.get(attr).is_some_and(|m| m.kind == MethodKind::Property) {
                format!("property '{attr}' of '{}' object has no setter", info.id.name)
            } else if info.methods.contains_key(attr) {
                format!("cannot assign method '{attr}' of '{}'", info.id.name)
            } else {
                format!("'{}' object has no attribute '{attr}' (fields are declared in the class body or __init__)", info.id.name)
            };
            self.error(span_of(target), msg);
            self.value(value, None);
            return;
        };
        if let Some(dc) = self.env.scan.classes[c].dataclass.filter(|dc| dc.frozen) {
            let in_generated_init = dc.generated_init
                && matches!(self.scope, Scope::Function { id, closure: false, .. }
                    if self.env.scan.functions[id.index()].owner == Some(c)
                        && self.env.scan.functions[id.index()].def.name.as_str() == "__init__");
            if !in_generated_init {
                let msg = format!(
                    "cannot assign to field '{attr}': '{}' is a frozen dataclass (CPython raises dataclasses.FrozenInstanceError)",
                    self.class_name(c)
                );
                self.error(span_of(target), msg);
                self.value(value, None);
                return;
            }
        }
        let value = match aug {
            None => self.value(value, Some(field_ty)),
            Some(op) => {
                // The object is evaluated once in Python; a name or `self` has no
                // effects, so reading it again is the same. Any other object
                // (`self.items[k].qty += n`) goes to a temporary first.
                if !matches!(obj.kind, ExprKind::Local { .. }) {
                    let (ty, obj_span) = (obj.ty, obj.span);
                    let tmp = self.fresh_local("<object>", ty);
                    let place = crate::hir::AssignTarget { place: crate::hir::Place::Local(tmp), convert: None };
                    out.push(Stmt { kind: StmtKind::Assign { targets: vec![place], value: obj }, span: obj_span });
                    obj = Expr { kind: ExprKind::Local { id: tmp, checked: false }, ty, span: obj_span };
                }
                let current = Expr { kind: ExprKind::FieldGet { obj: Box::new(obj.clone()), index }, ty: field_ty, span };
                let current = match self.narrowed_field(&obj, index) {
                    Some(read_ty) => crate::field_narrowing::narrowed_field_read(current, read_ty),
                    None => current,
                };
                let rhs = self.value(value, None);
                self.aug_value(op, current, rhs, span)
            }
        };
        let value_ty = value.ty;
        let value = self.coerce(value, field_ty);
        // Any object's field `index` of this class may be the one assigned.
        self.forget_shared_narrowings();
        self.narrow_field_on_assign(&obj, index, field_ty, value_ty);
        out.push(Stmt { kind: StmtKind::SetField { obj, index, value }, span });
    }

    /// `isinstance(x, C)` for an instance `x` and a class `C`.
    pub fn isinstance_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let [arg, class] = call.args.as_slice() else {
            let msg = format!("isinstance expected 2 arguments, got {}", call.args.len());
            return self.reject_call(call, span, msg);
        };
        let value = self.operand_maybe_object(arg);
        if let Ty::Exception(static_class) = value.ty {
            return match self.exception_isinstance(value, static_class, class, span) {
                Some(test) => test,
                None => {
                    self.error(span, "isinstance() of an exception needs exception classes as its second argument");
                    Self::error_expr(span)
                }
            };
        }
        let value = match self.union_isinstance(value, class, false, span) {
            Ok(test) => return test,
            Err(value) => value,
        };
        let value = match self.builtin_isinstance(value, class, span) {
            Ok(test) => return test,
            Err(value) => value,
        };
        let Some(Resolved::Class(c)) = name_of(class).map(|n| self.resolve(n)) else {
            self.error(span, "isinstance() is supported only with a user class, builtin types (int, str, list, ...) or, for an exception, exception classes as its second argument");
            return Self::error_expr(span);
        };
        let info = &self.env.classes.infos[c];
        let (lo, hi) = (info.id.index, info.end);
        match value.ty {
            // (Only an optional instance has a class id: an `int | None` is a
            // box, a `str | None` a str.)
            Ty::Instance(_) | Ty::Optional(Ty::Instance(_)) | Ty::Object => {
                Expr { kind: ExprKind::IsInstance { arg: Box::new(value), lo, hi }, ty: Ty::Bool, span }
            }
            Ty::Unknown => Self::error_expr(span),
            other => {
                self.error(span, format!("isinstance() of a {other} value and a class is always False (not supported)"));
                Self::error_expr(span)
            }
        }
    }

    /// `a is None`, `a is not None` (either side may be the None).
    pub fn is_compare(&mut self, c: &ast::ExprCompare, span: Span) -> Expr {
        if let Some(test) = self.union_type_is(c, span) {
            return test;
        }
        if let Some(test) = self.exact_type_test(c, span) {
            return test;
        }
        let [op] = c.ops.as_slice() else {
            self.error(span, "chained 'is' comparisons are not supported yet");
            return Self::error_expr(span);
        };
        let negated = *op == ast::CmpOp::IsNot;
        let left = self.operand_maybe_object(&c.left);
        let right = self.operand_maybe_object(&c.comparators[0]);
        let arg = match (left.ty, right.ty) {
            (_, Ty::None) => left,
            (Ty::None, _) => right,
            (Ty::Unknown, _) | (_, Ty::Unknown) => return Self::error_expr(span),
            // The identity of boxes is not the numbers' (CPython shares
            // small ints): only `==` is meaningful.
            (a, b) if a.is_optional_number() || b.is_optional_number() || crate::union::has_number_member(a) || crate::union::has_number_member(b) => {
                self.error(span, format!("'is' between a {a} and a {b} is not supported: compare numbers with '=='"));
                return Self::error_expr(span);
            }
            // A module function is a new value at each use (`closures.rs`).
            (a, b) if a.has_callable() || b.has_callable() => {
                self.error(span, "'is' between function values is not supported");
                return Self::error_expr(span);
            }
            (a, b) if a.is_object() && b.is_object() => return self.identity(left, right, negated, span),
            _ => {
                self.error(span, "'is' between two values is supported only with None and objects yet");
                return Self::error_expr(span);
            }
        };
        match arg.ty {
            Ty::Optional(_) | Ty::None | Ty::Object => {
                Expr { kind: ExprKind::IsNone { arg: Box::new(arg), negated }, ty: Ty::Bool, span }
            }
            // Never None: the test folds, as long as the operand has no effects.
            _ if matches!(arg.kind, ExprKind::Local { .. } | ExprKind::Const(_)) || crate::optional_scalar::is_unboxed_read(&arg) => {
                Self::const_expr(Const::Bool(negated), span)
            }
            _ if arg.ty.is_object() => Expr { kind: ExprKind::IsNone { arg: Box::new(arg), negated }, ty: Ty::Bool, span },
            other => {
                self.error(span, format!("'is None' of a {other} value is always {} (not supported)", if negated { "True" } else { "False" }));
                Self::error_expr(span)
            }
        }
    }

    /// `operands[0].method(operands[1..])` for an operator on an instance
    /// (`a + b` → `a.__add__(b)`, `-a`, `a[i]`, `x in a`). `Err` gives the
    /// operands back when the first is not an instance; a missing method is
    /// reported with CPython's message `unsupported`.
    pub fn operator_call(&mut self, method: &str, mut operands: Vec<Expr>, unsupported: &str, span: Span) -> Result<Expr, Vec<Expr>> {
        let Some(Ty::Instance(id)) = operands.first().map(|o| o.ty) else { return Err(operands) };
        let Some((c, _)) = self.env.classes.by_id(id) else { return Err(operands) };
        let Some((m, overrides)) = self.env.classes.method_ref(c, method) else {
            self.error(span, unsupported.to_string());
            return Ok(Self::error_expr(span));
        };
        let sig = &self.env.sigs[m.func.index()];
        let (name, ret) = (sig.name.clone(), sig.ret);
        let params: Vec<Ty> = sig.params.iter().map(|p| p.ty).collect();
        if m.kind != MethodKind::Instance || params.len() != operands.len() {
            self.error(span, format!("{name}() must take {} parameters to implement this operator", operands.len()));
            return Ok(Self::error_expr(span));
        }
        for (i, ty) in params.iter().enumerate().skip(1) {
            let operand = std::mem::replace(&mut operands[i], Self::error_expr(span));
            operands[i] = self.coerce(operand, *ty);
        }
        let slots = (0..operands.len()).map(crate::hir::ArgSlot::Arg).collect();
        let call = Expr { kind: ExprKind::Call { func: m.func, args: operands, slots, check_defined: None }, ty: ret, span };
        if overrides.is_empty() {
            return Ok(call);
        }
        Ok(Expr { kind: ExprKind::MethodCall { call: Box::new(call), overrides }, ty: ret, span })
    }

    /// `a is b` for two objects (also `==` between instances). Objects of
    /// unrelated types are never the same: rejected, as the test is constant.
    pub fn identity(&mut self, lhs: Expr, rhs: Expr, negated: bool, span: Span) -> Expr {
        let classes = &self.env.classes;
        let (a, b) = (lhs.ty.without_none(), rhs.ty.without_none());
        // An `object` may be an instance of any class (`object_eq.rs`).
        let any = |t: Ty| t == Ty::Object && matches!(a, Ty::Instance(_) | Ty::Object) && matches!(b, Ty::Instance(_) | Ty::Object);
        let related = a == b || any(a) || any(b) || fits_as_is(classes, a, b) || fits_as_is(classes, b, a);
        if !related {
            let always = if negated { "True" } else { "False" };
            self.error(span, format!("comparing a {} and a {} by identity is always {always} (not supported)", lhs.ty, rhs.ty));
            return Self::error_expr(span);
        }
        Expr { kind: ExprKind::IsSame { lhs: Box::new(lhs), rhs: Box::new(rhs), negated }, ty: Ty::Bool, span }
    }

    /// A `class` statement in the module body: its methods' defaults are
    /// evaluated (constants only) and its methods become defined.
    pub fn class_stmt(&mut self, def: &ast::StmtClassDef, span: Span, out: &mut Vec<Stmt>) {
        if !self.is_module_scope() || self.block_depth > 0 {
            self.error(span, "classes are supported only at the top level of the module");
            return;
        }
        let exception = match crate::exceptions::exception_named(def.name.as_str()) {
            Some(crate::hir::ExcClass::User(user)) => Some(user.decl as usize),
            _ => None,
        };
        let Some(c) = self.env.scan.class_index.get(def.name.as_str()).copied().or(exception) else { return };
        if self.env.scan.classes[c].stmt_index != self.stmt_index {
            return;
        }
        let methods = self.env.scan.classes[c].methods.clone();
        for (_, f) in methods {
            for p in 0..self.env.sigs[f].params.len() {
                let decl = &self.env.scan.functions[f];
                let Some(default) = crate::env::param_arg(decl, p).and_then(|a| a.default.as_deref()) else { continue };
                if crate::dataclass_field::factory_call(default).is_some() {
                    // Evaluated by each call that omits it (`call.rs`).
                    continue;
                }
                let param_ty = self.env.sigs[f].params[p].ty;
                let value = self.value(default, Some(param_ty));
                let value = self.coerce(value, param_ty);
                match crate::optional_scalar::default_constant(&value) {
                    Some(k) => self.state.defaults[f][p] = Some(k),
                    None if value.ty == Ty::Unknown => {}
                    // Evaluated again by each call that omits it (the same member).
                    None if self.enum_member_default(default) => {}
                    // Evaluated once, when the class statement runs.
                    None => self.store_object_default(f, p, value, out),
                }
            }
            self.flow.bind(self.env.function_slot(crate::hir::FuncId(f as u32)));
            // Calls that check the method's marker (a dataclass's generated
            // `self.__post_init__()`) find it defined once the class is.
            if let Some(marker) = self.env.markers[f] {
                out.push(crate::hir::Stmt { kind: crate::hir::StmtKind::MarkDefined(marker), span });
            }
        }
    }
}
