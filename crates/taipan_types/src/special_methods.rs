//! The special methods CPython calls implicitly, mapped at compile time to
//! direct method calls when the operands' static types are instances:
//! rich comparisons (`__eq__`, `__ne__`, `__lt__`, `__le__`, `__gt__`,
//! `__ge__`, with CPython's reflected fallback), `len(x)` (`__len__`) and
//! truthiness (`__bool__`, else `__len__`).
//!
//! CPython picks the method from the *run-time* class. The compiler only
//! accepts a mapping that every class the static type admits (the class and
//! its subclasses) agrees on; otherwise the construct is rejected, never
//! silently resolved against the static class.

use taipan_diagnostics::Span;

use crate::checker::{convert, Checker};
use crate::hir::{CmpOp, Conversion, Expr, ExprKind, FuncId, Ty, UnaryOp};
use crate::types::ClassId;

/// A special method's name for a comparison operator, and its reflection
/// (what CPython tries on the right operand: `a < b` → `b.__gt__(a)`).
fn comparison_methods(op: CmpOp) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match op {
        CmpOp::Eq => ("__eq__", "__eq__", "=="),
        CmpOp::Ne => ("__ne__", "__ne__", "!="),
        CmpOp::Lt => ("__lt__", "__gt__", "<"),
        CmpOp::Le => ("__le__", "__ge__", "<="),
        CmpOp::Gt => ("__gt__", "__lt__", ">"),
        CmpOp::Ge => ("__ge__", "__le__", ">="),
        _ => return None,
    })
}

/// The names of every comparison special method.
const COMPARISON_METHODS: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

impl Checker<'_, '_> {
    /// The method `name` that every class in `id`'s range (the class and its
    /// subclasses) resolves to: `Ok(None)` when none has it, `Err` when they
    /// disagree (the run-time class would decide).
    pub(crate) fn uniform_method(&self, id: ClassId, name: &str) -> Result<Option<FuncId>, ()> {
        let Some((_, info)) = self.env.classes.by_id(id) else { return Ok(None) };
        let (lo, hi) = (info.id.index, info.end);
        let mut found: Option<Option<FuncId>> = None;
        for k in self.env.classes.infos.iter().filter(|k| k.id.index >= lo && k.id.index < hi) {
            let m = k.methods.get(name).map(|m| m.func);
            match found {
                None => found = Some(m),
                Some(prev) if prev != m => return Err(()),
                Some(_) => {}
            }
        }
        Ok(found.flatten())
    }

    /// Whether any class in `id`'s range defines one of the comparison methods.
    fn compares_specially(&self, id: ClassId) -> bool {
        let Some((_, info)) = self.env.classes.by_id(id) else { return false };
        let (lo, hi) = (info.id.index, info.end);
        self.env.classes.infos.iter().filter(|k| k.id.index >= lo && k.id.index < hi).any(|k| {
            COMPARISON_METHODS.iter().any(|m| k.methods.contains_key(*m))
        })
    }

    /// `method(operands)` as a call returning `bool`, or an error.
    fn bool_special_call(&mut self, method: &str, operands: Vec<Expr>, span: Span) -> Expr {
        let call = match self.operator_call(method, operands, "", span) {
            Ok(e) => e,
            Err(_) => return Self::error_expr(span),
        };
        match call.ty {
            Ty::Bool | Ty::Unknown => call,
            other => {
                self.error(span, format!("{method}() must return bool (it returns {other}) to be used here"));
                Self::error_expr(span)
            }
        }
    }

    /// `lhs op rhs` for two instances whose classes define comparison methods:
    /// `None` when neither does (identity for `==`/`!=`, as CPython's
    /// default, is the caller's business).
    pub fn instance_comparison(&mut self, op: CmpOp, lhs: Expr, rhs: Expr, span: Span) -> Result<Expr, (Expr, Expr)> {
        // A method taking `other: object` may return `NotImplemented`: the
        // run-time `==` (`object_eq.rs`).
        let (lhs, rhs) = match self.object_eq_comparison(op, lhs, rhs, span) {
            Ok(e) => return Ok(e),
            Err(operands) => operands,
        };
        let (Ty::Instance(a), Ty::Instance(b)) = (lhs.ty, rhs.ty) else {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                if let Some(e) = self.optional_dataclass_eq(op == CmpOp::Ne, &lhs, &rhs, span) {
                    return Ok(e);
                }
            }
            // An optional operand: only plain identity is supported.
            let special = [lhs.ty, rhs.ty].iter().any(|t| matches!(t.without_none(), Ty::Instance(c) if self.compares_specially(c)));
            if special {
                self.error(span, format!("comparing optional instances of a class with comparison methods is not supported yet: narrow them with 'is not None' first"));
                return Ok(Self::error_expr(span));
            }
            return Err((lhs, rhs));
        };
        let Some((method, reflected, symbol)) = comparison_methods(op) else { return Err((lhs, rhs)) };
        if !self.compares_specially(a) && !self.compares_specially(b) {
            return Err((lhs, rhs));
        }
        // CPython tries the right operand's reflected method first when its
        // run-time class is a proper subclass of the left one's: only a left
        // class without subclasses makes the order static. Otherwise an
        // ordering is decided at run time (`runtime_ordering.rs`).
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) && self.ordering_needs_runtime(a, b, method, reflected) {
            return Ok(self.runtime_ordering(op, lhs, rhs, (method, reflected, symbol), span));
        }
        let a_has_subclasses = self.env.classes.by_id(a).is_some_and(|(_, i)| i.end > i.id.index + 1);
        if a_has_subclasses {
            let msg = format!("comparing instances of '{}', which has subclasses, with '{symbol}' is not supported yet", a.name);
            self.error(span, msg);
            return Ok(Self::error_expr(span));
        }
        let disagree = |me: &Self, name: &str| {
            format!("'{symbol}' between '{}' and '{}' is not supported yet: the subclasses of '{}' differ in {name}", a.name, b.name, me.env.classes.by_id(b).map_or("?", |(_, i)| i.id.name))
        };
        let left = self.uniform_method(a, method).unwrap_or(None);
        if left.is_some() {
            return Ok(self.bool_special_call(method, vec![lhs, rhs], span));
        }
        // `a != b` without `__ne__`: object's `__ne__` inverts `__eq__`.
        if op == CmpOp::Ne && self.uniform_method(a, "__eq__").unwrap_or(None).is_some() {
            let eq = self.bool_special_call("__eq__", vec![lhs, rhs], span);
            return Ok(Expr { kind: ExprKind::Unary { op: UnaryOp::Not, arg: Box::new(eq) }, ty: Ty::Bool, span });
        }
        let Ok(right) = self.uniform_method(b, reflected) else {
            let msg = disagree(self, reflected);
            self.error(span, msg);
            return Ok(Self::error_expr(span));
        };
        if right.is_some() {
            return Ok(self.bool_special_call(reflected, vec![rhs, lhs], span));
        }
        if op == CmpOp::Ne {
            let Ok(right_eq) = self.uniform_method(b, "__eq__") else {
                let msg = disagree(self, "__eq__");
                self.error(span, msg);
                return Ok(Self::error_expr(span));
            };
            if right_eq.is_some() {
                let eq = self.bool_special_call("__eq__", vec![rhs, lhs], span);
                return Ok(Expr { kind: ExprKind::Unary { op: UnaryOp::Not, arg: Box::new(eq) }, ty: Ty::Bool, span });
            }
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Err((lhs, rhs));
        }
        self.error(span, format!("'{symbol}' not supported between instances of '{}' and '{}'", a.name, b.name));
        Ok(Self::error_expr(span))
    }

    /// `a == b` (`negated`: `!=`) where an operand is an optional instance of
    /// a dataclass with a generated `__eq__`, which is CPython's
    /// `a.__eq__(b)` when both are instances and `a is b` when either is
    /// `None` (the generated method returns `NotImplemented` for `None`, and
    /// so does `None`'s). The operands are read more than once, so they must
    /// be free of effects: locals and their fields.
    fn optional_dataclass_eq(&mut self, negated: bool, lhs: &Expr, rhs: &Expr, span: Span) -> Option<Expr> {
        let (Ty::Instance(c), Ty::Instance(d)) = (lhs.ty.without_none(), rhs.ty.without_none()) else { return None };
        if !pure(lhs) || !pure(rhs) {
            return None;
        }
        let generated_eq = |id| {
            self.env.classes.by_id(id).is_some_and(|(index, _)| self.env.scan.classes[index].dataclass.is_some_and(|dc| dc.generated_eq))
        };
        let (_, info) = self.env.classes.by_id(c)?;
        // In a dataclass hierarchy the generated methods take `other:
        // object` and the run-time classes decide (`dataclass.rs`).
        let hierarchy = self.range_takes_object(c, "__eq__") && self.range_takes_object(d, "__eq__");
        let direct = c == d && info.end == info.id.index + 1;
        if !generated_eq(c) || !generated_eq(d) || !(direct || hierarchy) {
            return None;
        }
        let is_none = |e: &Expr| Expr { kind: ExprKind::IsNone { arg: Box::new(e.clone()), negated: false }, ty: Ty::Bool, span };
        let same = Expr { kind: ExprKind::IsSame { lhs: Box::new(lhs.clone()), rhs: Box::new(rhs.clone()), negated: false }, ty: Ty::Bool, span };
        // `T | None` and `T` share one representation: past the None tests
        // the operands are instances.
        let as_instance = |e: &Expr, class| Expr { ty: Ty::Instance(class), ..e.clone() };
        let eq = if direct && !hierarchy {
            self.bool_special_call("__eq__", vec![as_instance(lhs, c), as_instance(rhs, c)], span)
        } else {
            let operands = vec![as_instance(lhs, c), as_instance(rhs, d)];
            Expr { kind: ExprKind::Compare { operands, ops: vec![CmpOp::Eq] }, ty: Ty::Bool, span }
        };
        let either_none = Expr {
            kind: ExprKind::BoolOp { op: crate::hir::BoolOpKind::Or, values: vec![is_none(lhs), is_none(rhs)] },
            ty: Ty::Bool,
            span,
        };
        let result = Expr {
            kind: ExprKind::IfExp { cond: Box::new(either_none), then_value: Box::new(same), else_value: Box::new(eq) },
            ty: Ty::Bool,
            span,
        };
        Some(if negated { Expr { kind: ExprKind::Unary { op: UnaryOp::Not, arg: Box::new(result) }, ty: Ty::Bool, span } } else { result })
    }

    /// `len(x)` for an instance: `x.__len__()`, which must return an `int`.
    pub fn instance_len(&mut self, arg: Expr, span: Span) -> Expr {
        let Ty::Instance(c) = arg.ty else {
            self.error(span, format!("object of type '{}' has no len()", arg.ty.python_name()));
            return Self::error_expr(span);
        };
        match self.uniform_method(c, "__len__") {
            Ok(Some(_)) => {}
            Ok(None) => {
                self.error(span, format!("object of type '{}' has no len()", c.name));
                return Self::error_expr(span);
            }
            Err(()) => {
                self.error(span, format!("len() of a '{}' is not supported yet: its subclasses differ in __len__", c.name));
                return Self::error_expr(span);
            }
        }
        let call = match self.operator_call("__len__", vec![arg], "", span) {
            Ok(e) => e,
            Err(_) => return Self::error_expr(span),
        };
        match call.ty {
            Ty::Int => Expr { kind: ExprKind::InstanceLen(Box::new(call)), ty: Ty::Int, span },
            Ty::Unknown => call,
            other => {
                self.error(span, format!("__len__() must return int (it returns {other})"));
                Self::error_expr(span)
            }
        }
    }

    /// The truth of `value` when it is an instance whose class defines
    /// `__bool__` or `__len__`; other values come back unchanged (their
    /// truth is the lowering's business: an instance without them is true).
    pub fn special_truth(&mut self, value: Expr) -> Expr {
        let span = value.span;
        let id = match value.ty {
            Ty::Instance(c) => c,
            Ty::Optional(inner) => {
                if let Ty::Instance(c) = *inner {
                    if self.truth_method(c) != Ok(None) {
                        self.error(span, format!("the truth of an optional '{}' (which defines __bool__ or __len__) is not supported yet: test 'is not None'", c.name));
                        return Self::error_expr(span);
                    }
                }
                return value;
            }
            _ => return value,
        };
        match self.truth_method(id) {
            Ok(None) => value,
            Ok(Some("__bool__")) => self.bool_special_call("__bool__", vec![value], span),
            Ok(Some(_)) => {
                let len = self.instance_len(value, span);
                if len.ty == Ty::Unknown {
                    return len;
                }
                convert(Conversion::Truth, len, Ty::Bool)
            }
            Err(()) => {
                self.error(span, format!("the truth of a '{}' is not supported yet: its subclasses differ in __bool__/__len__", id.name));
                Self::error_expr(span)
            }
        }
    }

    /// The method CPython's truth test calls for every class in `id`'s range:
    /// `__bool__`, else `__len__`, else none.
    fn truth_method(&self, id: ClassId) -> Result<Option<&'static str>, ()> {
        match (self.uniform_method(id, "__bool__")?, self.uniform_method(id, "__len__")?) {
            (Some(_), _) => Ok(Some("__bool__")),
            (None, Some(_)) => Ok(Some("__len__")),
            (None, None) => Ok(None),
        }
    }

    /// Whether the truth of a value of type `ty` needs a special method
    /// (so a value-producing `a or b` over it is not supported yet).
    pub fn has_special_truth(&self, ty: Ty) -> bool {
        match ty.without_none() {
            Ty::Instance(c) => self.truth_method(c) != Ok(None),
            _ => false,
        }
    }
}

/// Whether evaluating `e` twice is the same as once: a variable, a constant,
/// or a field of one.
fn pure(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Local { .. } | ExprKind::Global { .. } | ExprKind::Const(_) => true,
        ExprKind::FieldGet { obj, .. } => pure(obj),
        _ => false,
    }
}
