//! Method calls `receiver.name(args)`, dispatched on the receiver's static
//! type. Each supported method is one arm producing an `ObjOp`; the str
//! methods (`split`, `join`, `strip`, ...) belong in `str_method` here.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::container_expr::obj_op;
use crate::expr::to_int;
use crate::hir::{Expr, ObjOp, SeqOp, Ty};

impl Checker<'_, '_> {
    pub fn method_call(&mut self, a: &ast::ExprAttribute, call: &ast::ExprCall, span: Span) -> Expr {
        if crate::class_env::is_super_call(&a.value) {
            return self.super_method_call(a, call, span);
        }
        if let Some(crate::checker::Resolved::Class(c)) = crate::checker::name_of(&a.value).map(|n| self.resolve(n)) {
            return self.class_method_call(c, a.attr.as_str(), call, span);
        }
        // `str.upper(s)` (`unbound_methods.rs`).
        if let Some(bound) = self.str_unbound_call(a, call, span) {
            return bound;
        }
        if let Some(c) = self.user_exception_decl(&a.value) {
            return self.class_method_call(c, a.attr.as_str(), call, span);
        }
        if let Some(print) = self.sys_stream_method(a, call, span) {
            return print;
        }
        self.learn_partial_from_method(a, call);
        let receiver = self.value(&a.value, None);
        let name = a.attr.as_str();
        match receiver.ty {
            Ty::Instance(_) | Ty::Optional(_) => self.instance_method_call(receiver, name, call, span),
            Ty::Exception(crate::hir::ExcClass::User(_)) => self.instance_method_call(receiver, name, call, span),
            Ty::Unknown => self.reject_call(call, span, String::new()),
            Ty::Union(_) => match self.union_as_common_class(receiver) {
                Ok(receiver) => self.instance_method_call(receiver, name, call, span),
                Err(receiver) => {
                    let msg = crate::union::narrow_first(&format!("method '{name}'"), receiver.ty);
                    self.reject_call(call, span, msg)
                }
            },
            Ty::List(elem) => self.list_method(receiver, *elem, name, call, span),
            Ty::Str => self.str_method(receiver, name, call, span),
            Ty::Dict(key, value) => match self.dict_flavor_method(&receiver, *key, *value, name, call, span) {
                Some(e) => e,
                None => self.dict_method(receiver, *key, *value, name, call, span),
            },
            Ty::Set(elem) => self.set_method(receiver, *elem, name, call, span),
            Ty::Deque(elem) => self.deque_method(receiver, *elem, name, call, span),
            Ty::Random => self.random_method(receiver, name, call, span),
            Ty::Range => self.range_method(receiver, name, call, span),
            Ty::Abstract(..) => self.abstract_method(receiver, name, call, span),
            Ty::Int | Ty::Bool | Ty::Float if crate::number_methods::is_number_method(receiver.ty, name) => {
                self.number_method(receiver, name, call, span).unwrap_or_else(|| Self::error_expr(span))
            }
            other => {
                let msg = format!("'{}' object method '{name}' is not supported yet", other.python_name());
                self.reject_call(call, span, msg)
            }
        }
    }

    /// The positional arguments of a method taking `min..=max` of them, checked
    /// against the expected types (`None`: any).
    pub(crate) fn method_args(
        &mut self,
        call: &ast::ExprCall,
        span: Span,
        qualified: &str,
        expected: &[Option<Ty>],
        min: usize,
    ) -> Option<Vec<Expr>> {
        if self.positional(call, qualified).is_none() {
            return None;
        }
        let n = call.args.len();
        if n < min || n > expected.len() {
            let takes = if min == expected.len() {
                match min {
                    0 => "no arguments".to_string(),
                    1 => "exactly one argument".to_string(),
                    k => format!("exactly {k} arguments"),
                }
            } else {
                format!("from {min} to {} arguments", expected.len())
            };
            self.error(span, format!("{qualified}() takes {takes} ({n} given)"));
            return None;
        }
        let mut args = Vec::new();
        let mut ok = true;
        for (i, (a, want)) in call.args.iter().zip(expected).enumerate() {
            let value = self.value(a, *want);
            let value = match want {
                Some(Ty::Int) if value.ty == Ty::Bool => to_int(value),
                Some(ty) if value.ty == *ty || value.ty == Ty::Unknown => value,
                Some(Ty::Float) if matches!(value.ty, Ty::Int | Ty::Bool) => crate::expr::to_float(value),
                // Subclass instances, and None or instances into optionals.
                // (and numbers into optional numbers, boxed).
                Some(ty @ Ty::Optional(inner)) if value.ty == Ty::None || (value.ty.is_number() && inner.is_number()) => {
                    self.coerce(value, *ty)
                }
                Some(ty) if crate::class_expr::fits_as_is(&self.env.classes, value.ty, *ty) => value,
                // A member where a union goes (`union.rs`): boxed if a number.
                Some(ty) if ty.is_union() && value.ty != Ty::Unknown => self.coerce(value, *ty),
                Some(ty) => {
                    let msg = format!("argument {} of {qualified}() has type {}, expected {ty}", i + 1, value.ty);
                    self.error(value.span, msg);
                    ok = false;
                    value
                }
                None => value,
            };
            ok &= value.ty != Ty::Unknown;
            args.push(value);
        }
        ok.then_some(args)
    }

    fn list_method(&mut self, list: Expr, elem: Ty, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let list_ty = list.ty;
        if let ("extend", [ast::Expr::GeneratorExp(g)], []) = (name, call.args.as_slice(), call.keywords.as_slice()) {
            // Appended one at a time as they are made (lowering fuses the
            // loops), so elements that read the list see the earlier ones.
            let reported = self.diags.len();
            let items = self.generator_expression(g, Some(elem));
            if items.ty == Ty::Unknown || self.diags.len() > reported {
                return Self::error_expr(span);
            }
            if items.ty != list_ty {
                let found = items.ty.iter_elem().unwrap_or(Ty::Unknown);
                let msg = format!("list.extend() of a {list_ty} takes elements of type {elem}, not {found}");
                self.error(items.span, msg);
                return Self::error_expr(span);
            }
            return obj_op(ObjOp::ListExtend, vec![list, items], Ty::None, span);
        }
        let qualified = format!("list.{name}");
        let (op, expected, min, ret): (ObjOp, Vec<Option<Ty>>, usize, Ty) = match name {
            "append" => (ObjOp::ListAppend, vec![Some(elem)], 1, Ty::None),
            "pop" => (ObjOp::ListPop, vec![Some(Ty::Int)], 0, elem),
            "extend" => (ObjOp::ListExtend, vec![Some(list_ty)], 1, Ty::None),
            "insert" => (ObjOp::ListInsert, vec![Some(Ty::Int), Some(elem)], 2, Ty::None),
            "copy" => (ObjOp::ListCopy, vec![], 0, list_ty),
            "remove" => (ObjOp::Seq(SeqOp::ListRemove), vec![Some(elem)], 1, Ty::None),
            "index" => (ObjOp::Seq(SeqOp::ListIndex), vec![Some(elem)], 1, Ty::Int),
            "count" => (ObjOp::Seq(SeqOp::ListCount), vec![Some(elem)], 1, Ty::Int),
            "clear" => (ObjOp::Seq(SeqOp::ListClear), vec![], 0, Ty::None),
            "reverse" => (ObjOp::Seq(SeqOp::ListReverse), vec![], 0, Ty::None),
            "sort" => return self.list_sort_call(list, elem, call, span),
            _ => {
                let msg = format!("list method '{name}' is not supported yet");
                return self.reject_call(call, span, msg);
            }
        };
        if matches!(name, "remove" | "index" | "count") && self.reject_runtime_comparison(list_ty, span, &qualified) {
            return Self::error_expr(span);
        }
        let Some(args) = self.method_args(call, span, &qualified, &expected, min) else {
            return Self::error_expr(span);
        };
        let mut all = vec![list];
        all.extend(args);
        obj_op(op, all, ret, span)
    }
}
