//! Builtins over iterables: `set()`, `dict()`, `tuple()`, `sorted()`,
//! `sum()`, `any()`, `all()`, `enumerate()`, `zip()`, `reversed()`, and
//! `min()` / `max()` of one iterable; plus `list.sort()`. An iterable is a
//! list, tuple, str, dict (its keys), dict view or set; most builtins take
//! it as a list ([`Checker::as_list`]).

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::Checker;
use crate::container_expr::obj_op;
use crate::expr::{to_float, to_int};
use crate::hir::{
    AssignTarget, Comprehension, ComprehensionClause, ComprehensionKind, Const, DictOp, Expr, ExprKind, ObjOp, Place,
    SeqOp, SetOp, Target, Ty,
};

impl Checker<'_, '_> {
    /// The builtins of this file, by name.
    pub fn iter_builtin(&mut self, name: &str, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        match name {
            "set" => self.set_call(call, span, expected),
            "dict" => self.dict_call(call, span, expected),
            "tuple" => self.tuple_call(call, span),
            "sorted" => self.sorted_call(call, span),
            "sum" => self.sum_call(call, span),
            "any" | "all" => self.any_all_call(name, call, span),
            "enumerate" => self.enumerate_call(call, span, false),
            "zip" => self.zip_call(call, span),
            "reversed" => self.reversed_call(call, span),
            _ => self.min_max_iterable(name, call, span),
        }
    }

    /// The iterable argument of a builtin that consumes it at once: also a
    /// generator expression (`generator.rs`).
    pub(crate) fn consumed_arg(&mut self, e: &ast::Expr, what: &str) -> Option<Expr> {
        match e {
            ast::Expr::GeneratorExp(g) => {
                let g = self.generator_expression(g, None);
                (g.ty != Ty::Unknown).then_some(g)
            }
            _ => self.iterable_arg(e, what),
        }
    }

    /// An iterable argument: `None` (reported) if it is not iterable.
    fn iterable_arg(&mut self, e: &ast::Expr, what: &str) -> Option<Expr> {
        let arg = self.iterable(e);
        match arg.ty {
            Ty::Unknown => None,
            ty if ty.iter_elem().is_some() => Some(arg),
            ty => {
                self.error(arg.span, format!("{what}: '{}' object is not iterable", ty.python_name()));
                None
            }
        }
    }

    /// The elements of an iterable as a list: a list as it is, others
    /// converted (a dict view already gives a new list).
    pub fn as_list(&mut self, iterable: Expr) -> Expr {
        let span = iterable.span;
        let Some(elem) = iterable.ty.iter_elem() else { return iterable };
        let list_ty = Ty::list(elem);
        match iterable.ty {
            Ty::List(_) => iterable,
            // A deque reads as a list (`taipan_abi::deque_object`).
            Ty::Deque(_) => obj_op(ObjOp::ListCopy, vec![iterable], list_ty, span),
            Ty::Set(_) => obj_op(ObjOp::Set(SetOp::ToList), vec![iterable], list_ty, span),
            Ty::Dict(..) => obj_op(ObjOp::Dict(DictOp::Keys), vec![iterable], list_ty, span),
            Ty::TupleOf(_) | Ty::Tuple(_) => obj_op(ObjOp::TupleToList, vec![iterable], list_ty, span),
            _ => obj_op(ObjOp::Seq(SeqOp::Collect), vec![iterable], list_ty, span),
        }
    }

    /// The keyword arguments of a call, checked against the allowed names.
    pub(crate) fn keywords<'c>(
        &mut self,
        call: &'c ast::ExprCall,
        name: &str,
        allowed: &[&str],
    ) -> Option<Vec<(&'c str, &'c ast::Expr)>> {
        let mut out = Vec::new();
        for k in &call.keywords {
            let Some(kw) = &k.arg else {
                self.error(span_of(k), "'**' arguments are not supported yet");
                return None;
            };
            if !allowed.contains(&kw.as_str()) {
                let msg = format!("'{kw}' is an invalid keyword argument for {name}()");
                self.error(span_of(k), msg);
                return None;
            }
            out.push((kw.as_str(), &k.value));
        }
        Some(out)
    }

    /// Exactly `n` positional arguments (reported otherwise).
    pub(crate) fn arity(&mut self, call: &ast::ExprCall, span: Span, name: &str, min: usize, max: usize) -> Option<()> {
        if call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            self.error(span, "star arguments are not supported yet");
            return None;
        }
        let n = call.args.len();
        if n < min || n > max {
            let msg = if min == max {
                format!("{name}() takes exactly {min} argument{} ({n} given)", if min == 1 { "" } else { "s" })
            } else if n < min {
                format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
            } else {
                format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
            };
            self.error(span, msg);
            return None;
        }
        Some(())
    }

    fn set_call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        if self.keywords(call, "set", &[]).is_none() || self.arity(call, span, "set", 0, 1).is_none() {
            return Self::error_expr(span);
        }
        let Some(arg) = call.args.first() else {
            return match expected {
                Some(ty @ Ty::Set(_)) => Expr { kind: ExprKind::Set { items: vec![], constant: false }, ty, span },
                _ => {
                    self.error(span, "cannot infer the type of an empty set: annotate the variable (for example `s: set[int] = set()`)");
                    Self::error_expr(span)
                }
            };
        };
        let Some(arg) = self.consumed_arg(arg, "set()") else { return Self::error_expr(span) };
        let elem = arg.ty.iter_elem().unwrap_or(Ty::Unknown);
        if !crate::dict_set::is_hashable(elem) {
            self.error(arg.span, format!("unhashable type: '{}'", elem.python_name()));
            return Self::error_expr(span);
        }
        let ty = Ty::set(elem);
        if crate::generator::is_generator(&arg) {
            return crate::generator::into_set_comprehension(arg, ty);
        }
        if let Ty::Iterator(_) = arg.ty {
            // Each element is hashed (an instance's `__hash__` called) as it is made.
            return self.set_of_generator(arg, elem, ty, span);
        }
        match arg.ty {
            Ty::Set(_) => obj_op(ObjOp::Set(SetOp::Copy), vec![arg], ty, span),
            Ty::Dict(..) => obj_op(ObjOp::Set(SetOp::FromDict), vec![arg], ty, span),
            _ => {
                let list = self.as_list(arg);
                obj_op(ObjOp::Set(SetOp::FromList), vec![list], ty, span)
            }
        }
    }

    pub(crate) fn dict_call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        if !call.keywords.is_empty() {
            return self.reject_call(call, span, "dict() with keyword arguments is not supported yet".to_string());
        }
        if self.arity(call, span, "dict", 0, 1).is_none() {
            return Self::error_expr(span);
        }
        let Some(arg) = call.args.first() else {
            return match expected {
                Some(ty @ Ty::Dict(..)) => Expr { kind: ExprKind::Dict { items: vec![] }, ty, span },
                _ => {
                    self.error(span, "cannot infer the type of an empty dict: annotate the variable (for example `d: dict[str, int] = dict()`)");
                    Self::error_expr(span)
                }
            };
        };
        let Some(arg) = self.consumed_arg(arg, "dict()") else { return Self::error_expr(span) };
        if let Ty::Dict(..) = arg.ty {
            let ty = arg.ty;
            return obj_op(ObjOp::Dict(DictOp::Copy), vec![arg], ty, span);
        }
        let pair = arg.ty.iter_elem().unwrap_or(Ty::Unknown);
        let Ty::Tuple([key, value]) = pair else {
            self.error(arg.span, format!("dict() needs an iterable of (key, value) pairs, found {}", arg.ty));
            return Self::error_expr(span);
        };
        if !crate::dict_set::is_hashable(*key) {
            self.error(arg.span, format!("unhashable type: '{}'", key.python_name()));
            return Self::error_expr(span);
        }
        // `{k: v for k, v in pairs}`.
        let k = self.fresh_local("<key>", *key);
        let v = self.fresh_local("<value>", *value);
        let name = |id, ty| Target::Name { target: AssignTarget { place: Place::Local(id), convert: None }, ty };
        let target = Target::Tuple { items: vec![name(k, *key), name(v, *value)], ty: pair };
        let read = |id, ty| Expr { kind: ExprKind::Local { id, checked: false }, ty, span };
        let c = Comprehension {
            kind: ComprehensionKind::Dict,
            clauses: vec![ComprehensionClause::For { target, iter: arg }],
            element: read(k, *key),
            value: Some(read(v, *value)),
        };
        Expr { kind: ExprKind::Comprehension(Box::new(c)), ty: Ty::dict(*key, *value), span }
    }

    fn tuple_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if self.keywords(call, "tuple", &[]).is_none() || self.arity(call, span, "tuple", 0, 1).is_none() {
            return Self::error_expr(span);
        }
        let Some(arg) = call.args.first() else {
            return Expr { kind: ExprKind::Tuple { items: vec![] }, ty: Ty::tuple(&[]), span };
        };
        let Some(arg) = self.consumed_arg(arg, "tuple()") else { return Self::error_expr(span) };
        if matches!(arg.ty, Ty::Tuple(_) | Ty::TupleOf(_)) {
            // A tuple of a tuple is the tuple itself.
            return Expr { span, ..arg };
        }
        let elem = arg.ty.iter_elem().unwrap_or(Ty::Unknown);
        let list = self.as_list(arg);
        obj_op(ObjOp::Seq(SeqOp::ListToTuple), vec![list], Ty::tuple_of(elem), span)
    }

    /// The `reverse=` keyword of `sorted` and `list.sort` (a `bool`).
    fn reverse_flag(&mut self, keywords: &[(&str, &ast::Expr)], span: Span) -> Expr {
        match keywords.iter().find(|(k, _)| *k == "reverse") {
            Some((_, e)) => {
                let flag = self.condition(e);
                match flag.ty {
                    Ty::Bool | Ty::Unknown => flag,
                    Ty::Int => crate::checker::convert(crate::hir::Conversion::Truth, flag, Ty::Bool),
                    other => {
                        self.error(flag.span, format!("reverse= must be a bool, found {other}"));
                        Self::error_expr(span)
                    }
                }
            }
            None => Self::const_expr(Const::Bool(false), span),
        }
    }

    /// Whether `sorted` / `sort` / `min` / `max` can order elements of `ty`.
    pub(crate) fn check_orderable(&mut self, ty: Ty, span: Span, name: &str) -> bool {
        let ok = match ty {
            Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::List(_) | Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Unknown => true,
            // The runtime calls `__lt__` & co back (`runtime_specials.rs`).
            Ty::Instance(c) => self.orders_specially(c),
            _ => false,
        };
        if !ok {
            self.error(span, format!("{name}() of {} values is not supported (they have no order)", ty.python_name()));
            return false;
        }
        !self.reject_runtime_comparison(ty, span, &format!("{name}()"))
    }

    fn sorted_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(keywords) = self.keywords(call, "sorted", &["reverse", "key"]) else { return Self::error_expr(span) };
        if self.arity(call, span, "sorted", 1, 1).is_none() {
            return Self::error_expr(span);
        }
        let Some(arg) = self.consumed_arg(&call.args[0], "sorted()") else { return Self::error_expr(span) };
        let elem = arg.ty.iter_elem().unwrap_or(Ty::Unknown);
        let Some(key) = self.key_keyword(&keywords, elem, Some(&call.args[0])) else { return Self::error_expr(span) };
        let reverse = self.reverse_flag(&keywords, span);
        let ordered = key.as_ref().map_or(elem, |k| k.0.ty);
        if !self.evaluated_before_elements(&arg, &reverse, "reverse=") {
            return Self::error_expr(span);
        }
        if !self.check_orderable(ordered, arg.span, "sorted") || reverse.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        let list = self.as_list(arg);
        let (op, args) = match key {
            Some((k, env)) => (SeqOp::SortedKey(k), vec![list, reverse, env]),
            None => (SeqOp::Sorted, vec![list, reverse]),
        };
        obj_op(ObjOp::Seq(op), args, Ty::list(elem), span)
    }

    /// `xs.sort(reverse=...)`.
    pub fn list_sort_call(&mut self, list: Expr, elem: Ty, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(keywords) = self.keywords(call, "list.sort", &["reverse", "key"]) else {
            return Self::error_expr(span);
        };
        if !call.args.is_empty() {
            self.error(span, format!("sort() takes no positional arguments ({} given)", call.args.len()));
            return Self::error_expr(span);
        }
        let Some(key) = self.key_keyword(&keywords, elem, None) else { return Self::error_expr(span) };
        let reverse = self.reverse_flag(&keywords, span);
        if !self.check_orderable(key.as_ref().map_or(elem, |k| k.0.ty), span, "sort") || reverse.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        let (op, args) = match key {
            Some((k, env)) => (SeqOp::ListSortKey(k), vec![list, reverse, env]),
            None => (SeqOp::ListSort, vec![list, reverse]),
        };
        obj_op(ObjOp::Seq(op), args, Ty::None, span)
    }

    fn sum_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(keywords) = self.keywords(call, "sum", &["start"]) else { return Self::error_expr(span) };
        if self.arity(call, span, "sum", 1, 2).is_none() {
            return Self::error_expr(span);
        }
        let Some(arg) = self.consumed_arg(&call.args[0], "sum()") else { return Self::error_expr(span) };
        let start_ast = call.args.get(1).or_else(|| keywords.iter().find(|(k, _)| *k == "start").map(|(_, e)| *e));
        let start = match start_ast {
            Some(e) => self.value(e, None),
            None => Self::const_expr(Const::Int(0), span),
        };
        let elem = arg.ty.iter_elem().unwrap_or(Ty::Unknown);
        if start.ty == Ty::Unknown || !self.evaluated_before_elements(&arg, &start, "the start") {
            return Self::error_expr(span);
        }
        let list = self.as_list(arg);
        match (elem, to_int(start.clone()).ty) {
            (Ty::Int | Ty::Bool, Ty::Int) => {
                obj_op(ObjOp::Seq(SeqOp::SumInt), vec![list, to_int(start)], Ty::Int, span)
            }
            (Ty::Int | Ty::Bool | Ty::Float, Ty::Int | Ty::Float) => {
                obj_op(ObjOp::Seq(SeqOp::SumFloat), vec![list, to_float(start)], Ty::Float, span)
            }
            (e, s) => {
                let msg = format!("sum() of {} values with a {s} start is not supported", e.python_name());
                self.unsupported(span, &msg)
            }
        }
    }

    fn any_all_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if self.keywords(call, name, &[]).is_none() || self.arity(call, span, name, 1, 1).is_none() {
            return Self::error_expr(span);
        }
        let Some(arg) = self.consumed_arg(&call.args[0], &format!("{name}()")) else { return Self::error_expr(span) };
        let op = if name == "any" { SeqOp::Any } else { SeqOp::All };
        obj_op(ObjOp::Seq(op), vec![arg], Ty::Bool, span)
    }

    /// `enumerate(xs, start)`; with `lazy` (the iterable of a `for`), `xs`
    /// may be a generator expression, which lowering walks in place.
    pub(crate) fn enumerate_call(&mut self, call: &ast::ExprCall, span: Span, lazy: bool) -> Expr {
        let Some(keywords) = self.keywords(call, "enumerate", &["start"]) else { return Self::error_expr(span) };
        if self.arity(call, span, "enumerate", 1, 2).is_none() {
            return Self::error_expr(span);
        }
        let arg = match &call.args[0] {
            ast::Expr::GeneratorExp(g) if lazy => Some(self.generator_expression(g, None)).filter(|g| g.ty != Ty::Unknown),
            other => self.iterable_arg(other, "enumerate()"),
        };
        let Some(arg) = arg else { return Self::error_expr(span) };
        let start_ast = call.args.get(1).or_else(|| keywords.iter().find(|(k, _)| *k == "start").map(|(_, e)| *e));
        let start = match start_ast {
            Some(e) => self.int_arg(e),
            None => Self::const_expr(Const::Int(0), span),
        };
        if start.ty == Ty::Unknown || !self.evaluated_before_elements(&arg, &start, "the start") {
            return Self::error_expr(span);
        }
        let elem = arg.ty.iter_elem().unwrap_or(Ty::Unknown);
        obj_op(ObjOp::Seq(SeqOp::Enumerate), vec![arg, start], Ty::list(Ty::tuple(&[Ty::Int, elem])), span)
    }

    fn zip_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if self.keywords(call, "zip", &[]).is_none() || self.arity(call, span, "zip", 1, 8).is_none() {
            return Self::error_expr(span);
        }
        let mut lists = Vec::new();
        for a in &call.args {
            let Some(arg) = self.iterable_arg(a, "zip()") else { return Self::error_expr(span) };
            // A generator object stays one: lowering advances it lazily.
            lists.push(if matches!(arg.ty, Ty::Iterator(_)) { arg } else { self.as_list(arg) });
        }
        let fields: Vec<Ty> = lists.iter().map(|l| l.ty.iter_elem().unwrap_or(Ty::Unknown)).collect();
        obj_op(ObjOp::Seq(SeqOp::Zip), lists, Ty::list(Ty::tuple(&fields)), span)
    }

    fn reversed_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if self.keywords(call, "reversed", &[]).is_none() || self.arity(call, span, "reversed", 1, 1).is_none() {
            return Self::error_expr(span);
        }
        let Some(arg) = self.iterable_arg(&call.args[0], "reversed()") else { return Self::error_expr(span) };
        if matches!(arg.ty, Ty::Set(_) | Ty::Iterator(_)) && !crate::abstract_collections::iterates_sequence(&arg) {
            self.error(arg.span, format!("'{}' object is not reversible", arg.ty.python_name()));
            return Self::error_expr(span);
        }
        let ty = Ty::list(arg.ty.iter_elem().unwrap_or(Ty::Unknown));
        let list = self.as_list(arg);
        obj_op(ObjOp::Seq(SeqOp::Reversed), vec![list], ty, span)
    }

    /// `min(xs)`, `max(xs, default=d)` of one iterable.
    fn min_max_iterable(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(keywords) = self.keywords(call, name, &["default", "key"]) else { return Self::error_expr(span) };
        if let Some(default) = crate::empty_literals::empty_with_default(&call.args[0], &keywords) {
            return self.value(default, None);
        }
        let Some(arg) = self.consumed_arg(&call.args[0], &format!("{name}()")) else { return Self::error_expr(span) };
        let elem = arg.ty.iter_elem().unwrap_or(Ty::Unknown);
        let Some(key) = self.key_keyword(&keywords, elem, Some(&call.args[0])) else { return Self::error_expr(span) };
        if !self.check_orderable(key.as_ref().map_or(elem, |k| k.0.ty), arg.span, name) {
            return Self::error_expr(span);
        }
        // A generator object's elements are computed as `min`/`max` asks for
        // them, between its calls of the key or of comparison methods.
        if matches!(arg.ty, Ty::Iterator(_))
            && !crate::abstract_collections::iterates_collection(&arg)
            && (key.is_some() || crate::generator::may_call_back(elem))
        {
            let what = if key.is_some() { "with key=".to_string() } else { format!("of {elem} values") };
            let msg = format!("{name}() of a generator object {what} is not supported yet: pass list(...) of it");
            return self.unsupported(span, &msg);
        }
        let list = self.as_list(arg);
        let is_max = name == "max";
        if key.is_none() && crate::generator::is_generator(&list) && crate::generator::may_call_back(elem) {
            // CPython compares (calling `__lt__`/`__gt__`) between elements.
            let msg = format!("{name}() of a generator expression of {elem} values is not supported yet: pass a list comprehension");
            return self.unsupported(span, &msg);
        }
        let default = keywords.iter().find(|(k, _)| *k == "default");
        if let Some((k, env)) = key {
            if crate::generator::is_generator(&list) && crate::generator::may_call_back(k.ty) {
                // CPython compares the keys (calling `__lt__`/`__gt__`) between elements.
                let msg = format!("{name}() of a generator expression with keys of type {} is not supported yet: pass a list comprehension", k.ty);
                return self.unsupported(span, &msg);
            }
            let op = if is_max { SeqOp::MaxKey(k) } else { SeqOp::MinKey(k) };
            let mut args = vec![list, env];
            if let Some((_, d)) = default {
                let d = self.value(d, Some(elem));
                let d = self.coerce(d, elem);
                if d.ty == Ty::Unknown || !self.evaluated_before_elements(&args[0], &d, "default=") {
                    return Self::error_expr(span);
                }
                args.push(d);
            }
            return obj_op(ObjOp::Seq(op), args, elem, span);
        }
        match default {
            Some((_, d)) => {
                let default = self.value(d, Some(elem));
                let default = self.coerce(default, elem);
                if default.ty == Ty::Unknown || !self.evaluated_before_elements(&list, &default, "default=") {
                    return Self::error_expr(span);
                }
                let op = if is_max { SeqOp::MaxDefault } else { SeqOp::MinDefault };
                obj_op(ObjOp::Seq(op), vec![list, default], elem, span)
            }
            None => obj_op(ObjOp::Seq(if is_max { SeqOp::Max } else { SeqOp::Min }), vec![list], elem, span),
        }
    }
}

impl Checker<'_, '_> {
    /// The `key=` keyword of `sorted` / `sort` / `min` / `max`, if given:
    /// `Some(None)` without one, `None` after an error.
    /// `iterable` is the expression the elements come from, when one
    /// expression gives them all (for `key=d.get` over `d`).
    pub(crate) fn key_keyword(
        &mut self,
        keywords: &[(&str, &ast::Expr)],
        elem: Ty,
        iterable: Option<&ast::Expr>,
    ) -> Option<Option<(crate::hir::KeyFn, Expr)>> {
        match keywords.iter().find(|(k, _)| *k == "key") {
            None => Some(None),
            // `key=None` is no key.
            Some((_, ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. }))) => Some(None),
            Some((_, e)) => {
                let is_dict = |n: &str| {
                    self.narrowable(n).and_then(|v| self.declared_type(v)).is_some_and(|t| matches!(t, Ty::Dict(..)))
                };
                if let Some(lambda) = iterable.and_then(|it| crate::key_builtins::dict_get_as_lambda(e, it, is_dict)) {
                    return self.key_function(lambda, elem).map(Some);
                }
                if let ast::Expr::Attribute(a) = e {
                    if let Some(d) = crate::checker::name_of(&a.value).filter(|d| a.attr.as_str() == "get" && is_dict(d)) {
                        let msg = format!(
                            "key={d}.get is supported only over the keys of '{d}' itself, as in max({d}, key={d}.get) (elsewhere it may give None, which cannot be ordered): use a lambda"
                        );
                        self.error(taipan_syntax::span_of(*e), msg);
                        return None;
                    }
                }
                self.key_function(e, elem).map(Some)
            }
        }
    }
}
