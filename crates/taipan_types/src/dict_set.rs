//! Dicts and sets: displays, `d[k]`, `d[k] = v`, methods, set operators,
//! `del`, and the dict views where an iterable is expected. Each produces
//! `ObjOp::Dict` / `ObjOp::Set` (or a display node); lowering decides the
//! runtime calls.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::Checker;
use crate::container_expr::obj_op;
use crate::expr::{to_float, to_int};
use crate::hir::{BinOp, DictOp, Expr, ExprKind, ObjOp, SeqOp, SetAlgebra, SetOp, Stmt, StmtKind, Ty};

/// Whether values of `ty` can be dict keys and set elements (CPython raises
/// `TypeError: unhashable type` for the others).
pub(crate) fn is_hashable(ty: Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::None | Ty::Unknown => true,
        Ty::Tuple(fields) => fields.iter().all(|f| is_hashable(*f)),
        Ty::TupleOf(e) => is_hashable(*e),
        // Instances hash by identity, their `__hash__`, or raise `TypeError`
        // for an unhashable class (`__hash__ = None`) at run time, as in
        // CPython (`runtime_specials.rs`).
        Ty::Instance(_) => true,
        Ty::Range => true,
        // A union of hashable members hashes as the member it holds
        // (`union.rs`; a box hashes as its number).
        Ty::Union(members) => members.iter().all(|m| is_hashable(*m)),
        // Lists, dicts and sets are unhashable; other objects (exceptions,
        // optional instances) are not supported as keys yet.
        _ => false,
    }
}

impl Checker<'_, '_> {
    /// `{k: v, ...}`. Key and value types come from the expected type or the items.
    pub fn dict_display(&mut self, d: &ast::ExprDict, span: Span, expected: Option<Ty>) -> Expr {
        let (expected_key, expected_value) = match expected {
            Some(Ty::Dict(k, v)) => (Some(*k), Some(*v)),
            // (`Iterable[K]`/`Collection[K]`: a display passed for one.)
            Some(Ty::Abstract(_, k)) => (Some(*k), None),
            _ => (None, None),
        };
        let mut keys = Vec::new();
        for k in &d.keys {
            match k {
                Some(k) => keys.push(k.clone()),
                None => {
                    self.error(span, "'**' unpacking in dict displays is not supported yet");
                    return Self::error_expr(span);
                }
            }
        }
        if keys.is_empty() {
            return match expected {
                Some(ty @ Ty::Dict(..)) => Expr { kind: ExprKind::Dict { items: vec![] }, ty, span },
                _ => {
                    self.error(span, "cannot infer the type of an empty dict: annotate the variable (for example `d: dict[str, int] = {}`)");
                    Self::error_expr(span)
                }
            };
        }
        // Keys and values are evaluated alternately, as CPython does; checking
        // them in two passes does not change that order in the HIR.
        let Some(key_items) = self.display_items(&keys, expected_key) else { return Self::error_expr(span) };
        let Some(value_items) = self.display_items(&d.values, expected_value) else { return Self::error_expr(span) };
        let Some((key_ty, key_items)) = self.unify_items(key_items, expected_key, span, "dict key") else {
            return Self::error_expr(span);
        };
        let Some((value_ty, value_items)) = self.unify_items(value_items, expected_value, span, "dict value") else {
            return Self::error_expr(span);
        };
        if !is_hashable(key_ty) {
            self.error(span, format!("unhashable type: '{}'", key_ty.python_name()));
            return Self::error_expr(span);
        }
        let items = key_items.into_iter().zip(value_items).collect();
        Expr { kind: ExprKind::Dict { items }, ty: Ty::dict(key_ty, value_ty), span }
    }

    /// `{a, b, ...}`.
    pub fn set_display(&mut self, elts: &[ast::Expr], span: Span, expected: Option<Ty>) -> Expr {
        let expected_elem = match expected {
            // (`Iterable[T]`/`Collection[T]`: a display passed for one.)
            Some(Ty::Set(e) | Ty::Abstract(_, e)) => Some(*e),
            _ => None,
        };
        let Some(items) = self.display_items(elts, expected_elem) else { return Self::error_expr(span) };
        let Some((elem, items)) = self.unify_items(items, expected_elem, span, "set") else {
            return Self::error_expr(span);
        };
        if !is_hashable(elem) {
            self.error(span, format!("unhashable type: '{}'", elem.python_name()));
            return Self::error_expr(span);
        }
        let constant = elts.len() > 2 && elts.iter().all(is_cpython_constant);
        Expr { kind: ExprKind::Set { items, constant }, ty: Ty::set(elem), span }
    }

    /// A key (or set element) converted to the container's key type, or an
    /// error naming both types.
    fn key_operand(&mut self, key: Expr, key_ty: Ty, container: Ty) -> Option<Expr> {
        // An instance of a subclass of the keys' class.
        let key = self.upcast_instance(key, key_ty);
        let key = match (key.ty, key_ty) {
            (Ty::Unknown, _) => return None,
            (a, b) if a == b => key,
            (Ty::Int | Ty::Bool, Ty::Float) => to_float(key),
            (Ty::Bool, Ty::Int) => to_int(key),
            // A member of a union of keys: boxed if it is a number.
            (a, b) if crate::union::fits_union(a, b) => self.coerce(key, b),
            (a, _) => {
                self.error(
                    key.span,
                    format!("a key of type {a} never matches in a {container} (its keys are {key_ty})"),
                );
                return None;
            }
        };
        Some(key)
    }

    /// `d[k]`.
    pub fn dict_subscript(&mut self, dict: Expr, key_ty: Ty, value_ty: Ty, key: Expr, span: Span) -> Expr {
        let dict_ty = dict.ty;
        let Some(key) = self.key_operand(key, key_ty, dict_ty) else { return Self::error_expr(span) };
        obj_op(ObjOp::Dict(DictOp::GetItem), vec![dict, key], value_ty, span)
    }

    /// `d[k] = v` and `d[k] op= v`.
    pub fn dict_set_item(
        &mut self,
        dict: Expr,
        sub: &ast::ExprSubscript,
        value: &ast::Expr,
        aug: Option<ast::Operator>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let Ty::Dict(key_ty, value_ty) = dict.ty else { return };
        let (key_ty, value_ty) = (*key_ty, *value_ty);
        if let ast::Expr::Slice(_) = &*sub.slice {
            self.error(span_of(&*sub.slice), "unhashable type: 'slice'");
            return;
        }
        let key = self.value(&sub.slice, Some(key_ty));
        let value = match aug {
            None => self.value(value, Some(value_ty)),
            Some(op) => {
                let current = Expr { kind: ExprKind::CurrentItem, ty: value_ty, span: span_of(sub) };
                let rhs = self.value(value, None);
                self.aug_value(op, current, rhs, span)
            }
        };
        let Some(key) = self.key_operand(key, key_ty, dict.ty) else { return };
        if value.ty == Ty::Unknown {
            return;
        }
        if value.ty != value_ty
            && !(value_ty == Ty::Float && matches!(value.ty, Ty::Int | Ty::Bool))
            && !crate::optional_scalar::fits_optional(value.ty, value_ty)
        {
            let msg = format!("cannot store a {} in a {}: expected {value_ty}", value.ty, dict.ty);
            self.error(value.span, msg);
            return;
        }
        let value = self.coerce(to_int_unless_bool(value, value_ty), value_ty);
        out.push(Stmt { kind: StmtKind::SetItem { container: dict, index: key, value, aug: aug.is_some() }, span });
    }

    /// An iterable operand: like `value`, but `range(...)`, `d.keys()`,
    /// `d.values()`, `d.items()`, `enumerate(...)`, `zip(...)` and
    /// `reversed(...)` are accepted (they are only supported where they are
    /// iterated, so that they are views or lazy in CPython never shows).
    pub fn iterable(&mut self, e: &ast::Expr) -> Expr {
        self.iterable_or_container(e, false)
    }

    /// [`Self::iterable`]; with `membership` (the right operand of `in`),
    /// an instance whose class defines `__contains__` stays itself: `in`
    /// calls that method, and iterates only the instances of other classes.
    fn iterable_or_container(&mut self, e: &ast::Expr, membership: bool) -> Expr {
        if let Some(members) = self.enum_members_iterable(e) {
            return members;
        }
        if crate::stmt::is_range_call(self, e) {
            // A list as far as types go; loops walk it lazily.
            let ast::Expr::Call(call) = e else { return self.value(e, None) };
            if membership {
                return self.range_call(call, span_of(e));
            }
            let span = span_of(e);
            let Some((start, stop, step)) = self.range_args(call, span) else { return Self::error_expr(span) };
            return obj_op(ObjOp::ListFromRange, vec![start, stop, step], Ty::list(Ty::Int), span);
        }
        if let ast::Expr::Call(call) = e {
            if let Some((crate::std_modules::StdModule::Itertools, member)) = self.std_member(&call.func) {
                return self.itertools_iterable(&member, call, span_of(e));
            }
            // Iterators (built as lists: see language.md).
            if let Some(name) = crate::checker::name_of(&call.func) {
                if let crate::checker::Resolved::Builtin(b @ ("enumerate" | "zip" | "reversed")) = self.resolve(name) {
                    return self.iter_builtin(b, call, span_of(e), None);
                }
            }
            if let Some(elements) = self.counter_elements_iterable(call, span_of(e)) {
                return elements;
            }
            if let ast::Expr::Attribute(a) = &*call.func {
                let view = match a.attr.as_str() {
                    "keys" => Some(DictOp::Keys),
                    "values" => Some(DictOp::Values),
                    "items" => Some(DictOp::Items),
                    _ => None,
                };
                if let Some(view) = view {
                    let receiver = self.value(&a.value, None);
                    if let Ty::Dict(k, v) = receiver.ty {
                        let span = span_of(e);
                        if !call.args.is_empty() || !call.keywords.is_empty() {
                            let msg = format!("dict.{}() takes no arguments", a.attr);
                            return self.unsupported(span, &msg);
                        }
                        let ty = match view {
                            DictOp::Keys => Ty::list(*k),
                            DictOp::Values => Ty::list(*v),
                            _ => Ty::list(Ty::tuple(&[*k, *v])),
                        };
                        return obj_op(ObjOp::Dict(view), vec![receiver], ty, span);
                    }
                    // Not a dict: checked again as an ordinary call below.
                }
            }
        }
        if let Some(empty) = self.unobservable_empty(e) {
            return empty;
        }
        let value = self.value(e, None);
        if value.ty == Ty::Range && !membership {
            return Self::range_elements(value);
        }
        if membership && self.instance_has(value.ty, "__contains__") {
            return value;
        }
        // (`in` tests a `Collection` itself: `abstract_collections.rs`.)
        if membership && matches!(value.ty, Ty::Abstract(..)) {
            return value;
        }
        let value = self.iterate_abstract(value);
        self.iterated_instance(value)
    }

    pub fn dict_method(
        &mut self,
        dict: Expr,
        key: Ty,
        value: Ty,
        name: &str,
        call: &ast::ExprCall,
        span: Span,
    ) -> Expr {
        let dict_ty = dict.ty;
        let qualified = format!("dict.{name}");
        let (op, expected, min, ret): (DictOp, Vec<Option<Ty>>, usize, Ty) = match name {
            "get" if call.args.len() == 1 => return self.dict_get_optional(dict, key, value, call, span),
            "get" => (DictOp::Get, vec![Some(key), Some(value)], 2, value),
            "setdefault" if call.args.len() == 1 => {
                let msg = "dict.setdefault(k) without a default is not supported yet (it stores None)";
                return self.reject_call(call, span, msg.to_string());
            }
            "setdefault" => (DictOp::SetDefault, vec![Some(key), Some(value)], 2, value),
            "pop" if call.args.len() == 2 => (DictOp::PopDefault, vec![Some(key), Some(value)], 2, value),
            "pop" => (DictOp::Pop, vec![Some(key)], 1, value),
            "popitem" => (DictOp::PopItem, vec![], 0, Ty::tuple(&[key, value])),
            "update" => (DictOp::Update, vec![Some(dict_ty)], 1, Ty::None),
            "clear" => (DictOp::Clear, vec![], 0, Ty::None),
            "copy" => (DictOp::Copy, vec![], 0, dict_ty),
            "keys" | "values" | "items" => {
                let msg = format!(
                    "dict views as values are not supported yet: iterate over d.{name}() directly, or use list(d.{name}())"
                );
                return self.reject_call(call, span, msg);
            }
            _ => {
                let msg = format!("dict method '{name}' is not supported yet");
                return self.reject_call(call, span, msg);
            }
        };
        let Some(args) = self.method_args(call, span, &qualified, &expected, min) else {
            return Self::error_expr(span);
        };
        let mut all = vec![dict];
        all.extend(args);
        obj_op(ObjOp::Dict(op), all, ret, span)
    }

    pub fn set_method(&mut self, set: Expr, elem: Ty, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let set_ty = set.ty;
        let qualified = format!("set.{name}");
        let algebra = match name {
            "union" => Some(SetAlgebra::Union),
            "intersection" => Some(SetAlgebra::Intersection),
            "difference" => Some(SetAlgebra::Difference),
            "symmetric_difference" => Some(SetAlgebra::SymmetricDifference),
            _ => None,
        };
        let (op, expected, min, ret): (SetOp, Vec<Option<Ty>>, usize, Ty) = match name {
            "add" => (SetOp::Add, vec![Some(elem)], 1, Ty::None),
            "discard" => (SetOp::Discard, vec![Some(elem)], 1, Ty::None),
            "remove" => (SetOp::Remove, vec![Some(elem)], 1, Ty::None),
            "pop" => (SetOp::Pop, vec![], 0, elem),
            "clear" => (SetOp::Clear, vec![], 0, Ty::None),
            "copy" => (SetOp::Copy, vec![], 0, set_ty),
            "issubset"
            | "issuperset"
            | "isdisjoint"
            | "update"
            | "union"
            | "intersection"
            | "difference"
            | "symmetric_difference" => {
                if self.positional(call, &qualified).is_none() {
                    return Self::error_expr(span);
                }
                if call.args.len() != 1 {
                    let msg = format!("{qualified}() with {} arguments is not supported yet", call.args.len());
                    return self.reject_call(call, span, msg);
                }
                // These read a generator's elements before anything else runs
                // (`update` adds each at once: lowering fuses the loops);
                // `issuperset` and `isdisjoint` may stop early.
                let other = match &call.args[0] {
                    ast::Expr::GeneratorExp(g) if !matches!(name, "issuperset" | "isdisjoint") => {
                        self.generator_expression(g, None)
                    }
                    other => self.iterable(other),
                };
                if name != "update" && crate::generator::is_generator(&other) && crate::generator::may_call_back(elem) {
                    // CPython hashes (calling `__hash__`) between elements.
                    let msg = format!("{qualified}() of a generator expression of {elem} values is not supported yet: pass a list comprehension");
                    return self.unsupported(other.span, &msg);
                }
                if other.ty == Ty::list(elem) {
                    let (op, ret) = match name {
                        "update" => (SetOp::UpdateList, Ty::None),
                        "union" => (SetOp::UnionList, set_ty),
                        "intersection" => (SetOp::IntersectionList, set_ty),
                        "difference" => (SetOp::DifferenceList, set_ty),
                        _ => (SetOp::Copy, set_ty),
                    };
                    if op != SetOp::Copy {
                        return obj_op(ObjOp::Set(op), vec![set, other], ret, span);
                    }
                }
                let Some(other) = self.as_set_of(other, set_ty) else { return Self::error_expr(span) };
                let (op, ret) = match (name, algebra) {
                    (_, Some(a)) => (SetOp::Algebra(a), set_ty),
                    ("update", _) => (SetOp::InPlace(SetAlgebra::Union), Ty::None),
                    ("issubset", _) => (SetOp::IsSubset, Ty::Bool),
                    ("issuperset", _) => (SetOp::IsSuperset, Ty::Bool),
                    _ => (SetOp::IsDisjoint, Ty::Bool),
                };
                return obj_op(ObjOp::Set(op), vec![set, other], ret, span);
            }
            _ => {
                let msg = format!("set method '{name}' is not supported yet");
                return self.reject_call(call, span, msg);
            }
        };
        let Some(args) = self.method_args(call, span, &qualified, &expected, min) else {
            return Self::error_expr(span);
        };
        let mut all = vec![set];
        all.extend(args);
        obj_op(ObjOp::Set(op), all, ret, span)
    }

    /// An iterable argument of a set method as a set of type `set_ty`: a set
    /// as it is, a list or dict (keys) of the element type made a set first.
    fn as_set_of(&mut self, other: Expr, set_ty: Ty) -> Option<Expr> {
        let span = other.span;
        match other.ty {
            Ty::Unknown => None,
            t if t == set_ty => Some(other),
            Ty::List(e) if Ty::set(*e) == set_ty => {
                Some(obj_op(ObjOp::Set(SetOp::FromList), vec![other], set_ty, span))
            }
            Ty::Dict(k, _) if Ty::set(*k) == set_ty => {
                Some(obj_op(ObjOp::Set(SetOp::FromDict), vec![other], set_ty, span))
            }
            t => {
                self.error(span, format!("expected a {set_ty} (or a list of its elements), found {t}"));
                None
            }
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` where an operand is a set.
    pub fn set_binary(&mut self, op: BinOp, lhs: Expr, rhs: Expr, span: Span) -> Expr {
        let algebra = match op {
            BinOp::BitOr => Some(SetAlgebra::Union),
            BinOp::BitAnd => Some(SetAlgebra::Intersection),
            BinOp::Sub => Some(SetAlgebra::Difference),
            BinOp::BitXor => Some(SetAlgebra::SymmetricDifference),
            _ => None,
        };
        match algebra {
            Some(a) if lhs.ty == rhs.ty => {
                let ty = lhs.ty;
                obj_op(ObjOp::Set(SetOp::Algebra(a)), vec![lhs, rhs], ty, span)
            }
            _ => {
                let msg = if algebra.is_some() {
                    format!("unsupported operand types for {}: {} and {}", op.symbol(), lhs.ty, rhs.ty)
                } else {
                    crate::expr::unsupported_operands(op, lhs.ty, rhs.ty)
                };
                self.unsupported(span, &msg)
            }
        }
    }

    /// `s |= t` etc. on a set variable: updates the set in place (other
    /// names for the same set see the change), then rebinds the name to it.
    pub fn set_aug_assign(&mut self, op: ast::Operator, current: Expr, rhs: Expr, span: Span) -> Expr {
        let algebra = match op {
            ast::Operator::BitOr => Some(SetAlgebra::Union),
            ast::Operator::BitAnd => Some(SetAlgebra::Intersection),
            ast::Operator::Sub => Some(SetAlgebra::Difference),
            ast::Operator::BitXor => Some(SetAlgebra::SymmetricDifference),
            _ => None,
        };
        match algebra {
            Some(a) if current.ty == rhs.ty => {
                let ty = current.ty;
                obj_op(ObjOp::Set(SetOp::InPlace(a)), vec![current, rhs], ty, span)
            }
            _ => {
                let msg = format!("unsupported operand types for augmented assignment: {} and {}", current.ty, rhs.ty);
                self.unsupported(span, &msg)
            }
        }
    }

    /// `del target, ...`: items of dicts and lists, list slices.
    pub fn del_stmt(&mut self, d: &ast::StmtDelete, span: Span, out: &mut Vec<Stmt>) {
        for target in &d.targets {
            let sub = match target {
                ast::Expr::Subscript(sub) => sub,
                ast::Expr::Name(n) => {
                    self.del_name(n.id.as_str(), span_of(target), span, out);
                    continue;
                }
                _ => {
                    self.error(span_of(target), "del of attributes and unpacked names is not supported yet");
                    continue;
                }
            };
            let container = self.value(&sub.value, None);
            let tspan = span_of(target);
            let expr = match (container.ty, &*sub.slice) {
                (Ty::Unknown, _) => continue,
                (Ty::List(_), ast::Expr::Slice(slice)) => {
                    let Some(bounds) = self.slice_bounds(slice, tspan) else { continue };
                    let mut args = vec![container];
                    args.extend(bounds);
                    obj_op(ObjOp::Seq(SeqOp::ListDelSlice), args, Ty::None, tspan)
                }
                (Ty::List(_), index) => {
                    let index = self.int_arg(index);
                    if index.ty == Ty::Unknown {
                        continue;
                    }
                    obj_op(ObjOp::Seq(SeqOp::ListDelItem), vec![container, index], Ty::None, tspan)
                }
                (Ty::Dict(key_ty, _), key) => {
                    let key = self.value(key, Some(*key_ty));
                    let dict_ty = container.ty;
                    let Some(key) = self.key_operand(key, *key_ty, dict_ty) else { continue };
                    obj_op(ObjOp::Dict(DictOp::DelItem), vec![container, key], Ty::None, tspan)
                }
                (other, _) => {
                    self.error(tspan, format!("'{}' object doesn't support item deletion", other.python_name()));
                    continue;
                }
            };
            out.push(Stmt { kind: StmtKind::Expr(expr), span });
        }
    }
}

/// A `bool` value stored where an `int` is expected becomes an `int`.
fn to_int_unless_bool(value: Expr, want: Ty) -> Expr {
    if want == Ty::Int {
        to_int(value)
    } else {
        value
    }
}

impl Checker<'_, '_> {
    /// The bounds of `[start:stop:step]` as `int`s or the `None` constant.
    pub(crate) fn slice_bounds(&mut self, slice: &ast::ExprSlice, span: Span) -> Option<Vec<Expr>> {
        let mut out = Vec::new();
        let mut ok = true;
        for b in [&slice.lower, &slice.upper, &slice.step] {
            let bound = match b.as_deref() {
                None => Self::const_expr(crate::hir::Const::None, span),
                Some(e) => {
                    let bound = self.value(e, None);
                    match bound.ty {
                        Ty::Int | Ty::None => bound,
                        Ty::Bool => to_int(bound),
                        Ty::Unknown => {
                            ok = false;
                            bound
                        }
                        _ => {
                            self.error(
                                bound.span,
                                "slice indices must be integers or None or have an __index__ method",
                            );
                            ok = false;
                            bound
                        }
                    }
                }
            };
            out.push(bound);
        }
        ok.then_some(out)
    }
}

impl Checker<'_, '_> {
    /// `xs[a:b:c] = ys` for a list `ys` of the same type (any iterable of
    /// the element type is made a list first).
    pub(crate) fn list_set_slice(
        &mut self,
        list: Expr,
        slice: &ast::ExprSlice,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        // CPython evaluates the value first, then the list and the bounds;
        // the bounds have no effects here, and the list was checked first
        // only for its type.
        let value = if crate::container_expr::is_empty_display(value) {
            self.value(value, Some(list.ty))
        } else {
            self.iterable(value)
        };
        let Some(bounds) = self.slice_bounds(slice, span) else { return };
        if value.ty == Ty::Unknown {
            return;
        }
        if value.ty.iter_elem() != list.ty.iter_elem() {
            let msg = format!("cannot assign a {} to a slice of a {}", value.ty, list.ty);
            self.error(value.span, msg);
            return;
        }
        let value = self.as_list(value);
        let mut args = vec![list];
        args.extend(bounds);
        args.push(value);
        out.push(Stmt { kind: StmtKind::Expr(obj_op(ObjOp::Seq(SeqOp::ListSetSlice), args, Ty::None, span)), span });
    }
}

/// Whether CPython's compiler sees `e` as a constant (after its AST
/// optimizer folds unary and binary operators on constants and tuples of
/// constants).
fn is_cpython_constant(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(u) => is_cpython_constant(&u.operand),
        ast::Expr::BinOp(b) => is_cpython_constant(&b.left) && is_cpython_constant(&b.right),
        ast::Expr::Tuple(t) => t.elts.iter().all(is_cpython_constant),
        _ => false,
    }
}

impl Checker<'_, '_> {
    /// The right operand of `in`: any iterable; `k in d.keys()` tests the
    /// dict itself (the same answer, without building the keys).
    pub(crate) fn membership_container(&mut self, e: &ast::Expr) -> Expr {
        let container = self.iterable_or_container(e, true);
        match container.kind {
            ExprKind::ObjOp { op: ObjOp::Dict(DictOp::Keys), mut args } if args.len() == 1 => {
                let dict = args.remove(0);
                Expr { span: container.span, ..dict }
            }
            _ => container,
        }
    }
}

impl Checker<'_, '_> {
    /// The value of `target op= rhs` given the target's current value:
    /// lists and sets are updated in place (as CPython's `__iadd__` /
    /// `__ior__`... do, which other names for the same object see), other
    /// values computed as `current op rhs`.
    pub(crate) fn aug_value(&mut self, op: ast::Operator, current: Expr, rhs: Expr, span: Span) -> Expr {
        // An instance whose class defines `__iop__`.
        let (current, rhs) = match crate::expr::bin_op(op) {
            Some(b) => match self.inplace_operator(b, current, rhs, span) {
                Ok(call) => return call,
                Err(operands) => operands,
            },
            None => (current, rhs),
        };
        match (current.ty, op) {
            (Ty::Set(_), _) => self.set_aug_assign(op, current, rhs, span),
            (Ty::List(_), ast::Operator::Add) if rhs.ty != Ty::Unknown => {
                let ty = current.ty;
                if rhs.ty.iter_elem() != ty.iter_elem() {
                    let msg = format!("cannot extend a {ty} with a {}", rhs.ty);
                    return self.unsupported(rhs.span, &msg);
                }
                let rhs = self.as_list(rhs);
                obj_op(ObjOp::Seq(SeqOp::ExtendInPlace), vec![current, rhs], ty, span)
            }
            (Ty::List(_), ast::Operator::Mult) if matches!(rhs.ty, Ty::Int | Ty::Bool) => {
                let ty = current.ty;
                obj_op(ObjOp::Seq(SeqOp::RepeatInPlace), vec![current, to_int(rhs)], ty, span)
            }
            _ => self.binary(op, current, rhs, span),
        }
    }
}
