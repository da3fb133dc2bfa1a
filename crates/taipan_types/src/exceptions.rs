//! Exception classes: the built-in ones, user classes deriving from them
//! (`class InsufficientFunds(ValueError): pass`, or with fields, `__init__`,
//! methods and `__str__`, which `class_env` knows as for any class), calling
//! one to make an exception object (`ValueError("bad")`, through a user
//! `__init__`), and `super()` calls reaching a built-in class's `__init__`
//! and `__str__`. `raise` and `try` are in `try_stmt.rs`.

use std::cell::RefCell;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::{ast, span_of};

use crate::checker::{name_of, Checker, Resolved, Scope};
use crate::class_env::MethodKind;
use crate::container_expr::obj_op;
use crate::hir::{ArgSlot, Const, ExcClass, ExcKind, Expr, ExprKind, FuncId, ObjOp, Ty, UserExc};
use crate::scan::ModuleScan;

/// The built-in exception class a name refers to, if taipan supports it.
/// (An uncaught `SystemExit` exits with its code: `runtime/src/system_exit.rs`.)
pub(crate) fn builtin_exception(name: &str) -> Option<ExcKind> {
    ExcKind::from_name(name)
}

thread_local! {
    /// The user exception classes of the module being checked, in definition
    /// order. Set by the scan (`reset_user_exception_classes` first), read by
    /// name resolution and annotations, which see no module table.
    static USER_EXCEPTIONS: RefCell<Vec<&'static UserExc>> = const { RefCell::new(Vec::new()) };
}

pub(crate) fn reset_user_exception_classes() {
    USER_EXCEPTIONS.with(|u| u.borrow_mut().clear());
}

pub(crate) fn user_exception_classes() -> Vec<&'static UserExc> {
    USER_EXCEPTIONS.with(|u| u.borrow().clone())
}

/// The exception class (built-in or user) a name refers to.
pub(crate) fn exception_named(name: &str) -> Option<ExcClass> {
    if let Some(user) = USER_EXCEPTIONS.with(|u| u.borrow().iter().copied().find(|c| c.name == name)) {
        return Some(ExcClass::User(user));
    }
    builtin_exception(name).map(ExcClass::Builtin)
}

/// Whether a class statement defines an exception class: its one base is an
/// exception class (defined before it).
pub(crate) fn is_exception_class(class: &ast::StmtClassDef) -> bool {
    match class.bases.as_slice() {
        [base] => name_of(base).and_then(exception_named).is_some(),
        _ => false,
    }
}

/// Registers `class Name(Base): ...` as an exception class, and as a class
/// (`class_env`: its fields, `__init__`, methods and `__str__`).
pub(crate) fn scan_exception_class<'a>(
    class: &'a ast::StmtClassDef,
    stmt_index: usize,
    scan: &mut ModuleScan<'a>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(base) = class.bases.first().and_then(name_of).and_then(exception_named) else { return };
    let name = class.name.as_str();
    if exception_named(name).is_some() || scan.class_index.contains_key(name) || scan.function_index.contains_key(name) {
        diags.push(Diagnostic::error(span_of(class), format!("redefinition of '{name}' is not supported yet")));
        return;
    }
    let decl = scan.classes.len() as u32;
    let user = USER_EXCEPTIONS.with(|u| {
        let mut user = u.borrow_mut();
        let index = user.len() as u32;
        // One small leak per class defined, so types referring to it are `Copy`.
        let class: &'static UserExc = Box::leak(Box::new(UserExc { index, name: Box::leak(name.into()), base, decl }));
        user.push(class);
        class
    });
    crate::class_env::scan_class_or_exception(class, stmt_index, scan, diags, Some(user));
}

/// The type of an argument before its conversion to the parameter's type.
fn raw_type(arg: &Expr) -> Ty {
    match &arg.kind {
        ExprKind::Convert { arg, .. } => arg.ty,
        _ => arg.ty,
    }
}

/// The common base class of `classes` (`LookupError` for `KeyError` and
/// `IndexError`): the static type of `except (A, B) as e`.
pub(crate) fn common_base(classes: &[ExcClass]) -> ExcClass {
    let root = ExcClass::Builtin(ExcKind::BaseException);
    let Some((&first, rest)) = classes.split_first() else { return root };
    let mut base = first;
    for &class in rest {
        while !class.is_subclass_of(base) {
            base = base.base().unwrap_or(root);
        }
    }
    base
}

impl Checker<'_, '_> {
    /// The `__init__` an exception class has defined (or inherited from a
    /// user class), if any: calling the class binds its arguments to it.
    pub(crate) fn user_exception_init(&self, class: ExcClass) -> Option<FuncId> {
        let ExcClass::User(user) = class else { return None };
        let info = self.env.classes.infos.get(user.decl as usize)?;
        info.methods.get("__init__").map(|m| m.func)
    }

    /// The class (declaration index) of the user exception class `e` names,
    /// if it names one: `E.CONSTANT` and `E.static_method()` read its members.
    pub(crate) fn user_exception_decl(&self, e: &ast::Expr) -> Option<usize> {
        match self.exception_class(e)? {
            ExcClass::User(user) => Some(user.decl as usize),
            ExcClass::Builtin(_) => None,
        }
    }

    /// `E(args)` for an exception class with a user `__init__`: the arguments
    /// are bound to `__init__`'s parameters, and the positional ones are also
    /// the exception's `args`, as `BaseException.__new__` stores them.
    fn new_exception(&mut self, class: ExcClass, init: FuncId, call: &ast::ExprCall, span: Span) -> Expr {
        let ty = Ty::Exception(class);
        if call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return self.reject_call(call, span, "star arguments are not supported yet".to_string());
        }
        // The exception stands in as the receiver while the arguments are bound.
        let placeholder = Expr { kind: ExprKind::Const(Const::None), ty, span };
        let bound = self.user_call(init, call, span, Some(placeholder));
        let ExprKind::Call { func, mut args, slots, .. } = bound.kind else { return Self::error_expr(span) };
        args.remove(0);
        let slots: Vec<ArgSlot> = slots
            .into_iter()
            .skip(1)
            .map(|s| match s {
                ArgSlot::Arg(i) => ArgSlot::Arg(i - 1),
                other => other,
            })
            .collect();
        // `args` keeps each positional argument as passed (lowering undoes
        // its conversion to the parameter's type, except an int constant
        // folded into a float: see "Differences from CPython").
        let positional = call.args.len().min(args.len());
        let raw: Vec<Ty> = args[..positional].iter().map(raw_type).collect();
        self.record_init_construction(class, raw, init, span);
        Expr { kind: ExprKind::NewException { class, init: func, args, positional, slots }, ty, span }
    }

    /// `super().name(args)` in a method of exception class `exc` that
    /// reaches its built-in base: `BaseException.__init__` (the args become
    /// the exception's `args`) or `BaseException.__str__`.
    pub(crate) fn exception_super_call(
        &mut self,
        exc: &'static UserExc,
        a: &ast::ExprAttribute,
        call: &ast::ExprCall,
        span: Span,
    ) -> Expr {
        let Scope::Function { id, closure: false, .. } = self.scope else {
            return self.reject_call(call, span, "super() outside a method is not supported".to_string());
        };
        let def = self.env.scan.functions[id.index()].def;
        if crate::class_env::kind_of(def) != MethodKind::Instance {
            return self.reject_call(call, span, "super() is supported only in instance methods".to_string());
        }
        let self_name = crate::class_env::self_name(def).unwrap_or("self").to_string();
        match a.attr.as_str() {
            "__init__" => {
                if def.name.as_str() != "__init__" {
                    let msg = "super().__init__(...) of an exception is supported only in its __init__".to_string();
                    return self.reject_call(call, span, msg);
                }
                if !call.keywords.is_empty() {
                    return self.reject_call(call, span, format!("{}() takes no keyword arguments", exc.name));
                }
                if call.args.iter().any(|x| matches!(x, ast::Expr::Starred(_))) {
                    return self.reject_call(call, span, "star arguments are not supported yet".to_string());
                }
                let receiver = self.read_name(&self_name, span);
                let args: Vec<Expr> = call.args.iter().map(|x| self.expr(x, None)).collect();
                self.record_base_init(id, &args);
                let mut operands = vec![receiver];
                operands.extend(args);
                obj_op(ObjOp::ExcInit, operands, Ty::None, span)
            }
            "__str__" => {
                if !call.args.is_empty() || !call.keywords.is_empty() {
                    return self.reject_call(call, span, "BaseException.__str__() takes no arguments".to_string());
                }
                let receiver = self.read_name(&self_name, span);
                obj_op(ObjOp::ExcBaseStr, vec![receiver], Ty::Str, span)
            }
            other => {
                let msg = format!("super().{other}() reaching a built-in exception class is not supported yet");
                self.reject_call(call, span, msg)
            }
        }
    }

    /// `Kind(args...)`: a new exception object. Arguments may be of any type.
    pub fn exception_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(kind) = exception_named(name) else { return Self::error_expr(span) };
        if let Some(init) = self.user_exception_init(kind) {
            return self.new_exception(kind, init, call, span);
        }
        if !call.keywords.is_empty() {
            let msg = format!("{name}() takes no keyword arguments");
            return self.reject_call(call, span, msg);
        }
        let mut args = Vec::new();
        for a in &call.args {
            if let ast::Expr::Starred(_) = a {
                return self.reject_call(call, span, "star arguments are not supported yet".to_string());
            }
            args.push(self.expr(a, None));
        }
        self.record_exception_construction(kind, &args, span);
        obj_op(ObjOp::ExcNew(kind), args, Ty::Exception(kind), span)
    }

    /// The exception class `e` names (`ValueError`), if it is one.
    pub fn exception_class(&self, e: &ast::Expr) -> Option<ExcClass> {
        let name = name_of(e)?;
        match self.resolve(name) {
            Resolved::Builtin(b) => exception_named(b),
            _ => None,
        }
    }

    /// What `raise X` / `raise ... from X` raises: an exception value, or a
    /// class, which is called with no arguments (`raise ValueError`).
    pub fn exception_value(&mut self, e: &ast::Expr) -> Expr {
        let span = taipan_syntax::span_of(e);
        if let Some(kind) = self.exception_class(e) {
            if let Some(init) = self.user_exception_init(kind) {
                // `raise AppError` calls it with no arguments.
                let call = ast::ExprCall { range: taipan_syntax::Ranged::range(e), func: Box::new(e.clone()), args: Vec::new(), keywords: Vec::new() };
                return self.new_exception(kind, init, &call, span);
            }
            self.record_exception_construction(kind, &[], span);
            return obj_op(ObjOp::ExcNew(kind), Vec::new(), Ty::Exception(kind), span);
        }
        let value = self.expr(e, None);
        match value.ty {
            Ty::Exception(_) | Ty::Unknown => value,
            _ => {
                self.error(span, "exceptions must derive from BaseException");
                Self::error_expr(span)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_base_walks_up_the_hierarchy() {
        use ExcKind::*;
        let b = ExcClass::Builtin;
        assert_eq!(common_base(&[b(KeyError), b(IndexError)]), b(LookupError));
        assert_eq!(common_base(&[b(ZeroDivisionError)]), b(ZeroDivisionError));
        assert_eq!(common_base(&[b(ValueError), b(ZeroDivisionError)]), b(Exception));
        assert_eq!(common_base(&[b(OverflowError), b(ArithmeticError)]), b(ArithmeticError));
        assert_eq!(common_base(&[]), b(BaseException));
        let user: &'static UserExc = Box::leak(Box::new(UserExc { index: 0, name: "Mine", base: b(KeyError), decl: 0 }));
        assert_eq!(common_base(&[ExcClass::User(user), b(IndexError)]), b(LookupError));
        assert!(ExcClass::User(user).is_subclass_of(b(Exception)));
    }
}
