//! Expressions on str and container values: list and tuple displays,
//! subscripts and slices, `+` / `*` on sequences, and which comparisons
//! between objects are allowed. Each produces `ExprKind::ObjOp` (or a display
//! node); lowering decides the IR ops.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{convert, Checker};
use crate::expr::{cmp_symbol, to_float, to_int, unsupported_operands};
use crate::hir::{BinOp, CmpOp, Const, Conversion, Expr, ExprKind, ObjOp, Ty};

pub(crate) fn obj_op(op: ObjOp, args: Vec<Expr>, ty: Ty, span: Span) -> Expr {
    Expr { kind: ExprKind::ObjOp { op, args }, ty, span }
}

impl Checker<'_, '_> {
    /// `[a, b, ...]`. The element type is the expected one (`xs: list[float] =
    /// [1, 2]`), or that of the items (ints and floats mixed give floats).
    pub fn list_display(&mut self, elts: &[ast::Expr], span: Span, expected: Option<Ty>) -> Expr {
        let expected_elem = match expected {
            // (`Iterable[T]`/`Sequence[T]`: a display passed for one.)
            Some(Ty::List(e) | Ty::Abstract(_, e)) => Some(*e),
            _ => None,
        };
        let Some(items) = self.display_items(elts, expected_elem) else { return Self::error_expr(span) };
        let Some((elem, items)) = self.unify_items(items, expected_elem, span, "list") else {
            return Self::error_expr(span);
        };
        Expr { kind: ExprKind::List { items }, ty: Ty::list(elem), span }
    }

    /// `(a, b, ...)`: a fixed tuple of the items' types, or the expected
    /// `tuple[...]` type when one is given.
    pub fn tuple_display(&mut self, elts: &[ast::Expr], span: Span, expected: Option<Ty>) -> Expr {
        let field_expected = |i: usize| match expected {
            Some(Ty::Tuple(fields)) if fields.len() == elts.len() => Some(fields[i]),
            Some(Ty::TupleOf(e) | Ty::Abstract(_, e)) => Some(*e),
            _ => None,
        };
        let mut items = Vec::new();
        for (i, e) in elts.iter().enumerate() {
            if let ast::Expr::Starred(s) = e {
                self.error(span_of(s), "star expressions in tuple displays are not supported yet");
                return Self::error_expr(span);
            }
            let item = self.value(e, field_expected(i));
            if item.ty == Ty::Unknown {
                return Self::error_expr(span);
            }
            let item = match field_expected(i) {
                Some(want) if item.ty != want && item.ty.is_number() && want.is_number() => self.coerce(item, want),
                _ => item,
            };
            // A value or None where the expected field is optional: the field
            // has the optional type (a str keeps its own, the same pointer).
            let field_ty = match field_expected(i) {
                Some(want) if item.ty != want && crate::optional_scalar::fits_optional(item.ty, want) => want,
                // A member where the expected field is a union: the union.
                Some(want) if item.ty != want && want.is_union() => want,
                _ => item.ty,
            };
            let item = if field_ty != item.ty { self.coerce(item, field_ty) } else { item };
            items.push((item, field_ty));
        }
        let ty = match expected {
            Some(Ty::TupleOf(e)) if items.iter().all(|(_, t)| t == e) => Ty::tuple_of(*e),
            _ => Ty::tuple(&items.iter().map(|(_, t)| *t).collect::<Vec<_>>()),
        };
        let items: Vec<Expr> = items.into_iter().map(|(i, _)| i).collect();
        Expr { kind: ExprKind::Tuple { items }, ty, span }
    }

    /// The checked items of a display; `None` if any has an error.
    pub(crate) fn display_items(&mut self, elts: &[ast::Expr], expected_elem: Option<Ty>) -> Option<Vec<Expr>> {
        // Empty displays among the items (`[[1], []]`) take the type of the
        // others: they are checked last.
        let mut items: Vec<Option<Expr>> = Vec::new();
        let mut ok = true;
        for e in elts {
            if let ast::Expr::Starred(s) = e {
                self.error(span_of(s), "star expressions in displays are not supported yet");
                ok = false;
                continue;
            }
            if expected_elem.is_none() && is_empty_display(e) {
                items.push(None);
                continue;
            }
            let item = self.value(e, expected_elem);
            ok &= item.ty != Ty::Unknown;
            items.push(Some(item));
        }
        let known = items.iter().flatten().map(|i| i.ty).next();
        let mut out = Vec::new();
        for (e, item) in elts.iter().filter(|e| !matches!(e, ast::Expr::Starred(_))).zip(items) {
            let item = item.unwrap_or_else(|| self.value(e, known));
            ok &= item.ty != Ty::Unknown;
            out.push(item);
        }
        ok.then_some(out)
    }

    /// The element type of a display and its items converted to it.
    pub(crate) fn unify_items(
        &mut self,
        items: Vec<Expr>,
        expected_elem: Option<Ty>,
        span: Span,
        what: &str,
    ) -> Option<(Ty, Vec<Expr>)> {
        if let Some(elem) = expected_elem {
            let n = self.diags.len();
            let items: Vec<Expr> = items.into_iter().map(|i| self.coerce(i, elem)).collect();
            return (self.diags.len() == n).then_some((elem, items));
        }
        let Some(first) = items.first().map(|i| i.ty) else {
            self.error(
                span,
                format!("cannot infer the type of an empty {what}: annotate the variable (for example `xs: {what}[int] = ...`)"),
            );
            return None;
        };
        if items.iter().all(|i| i.ty == first) {
            return Some((first, items));
        }
        if items.iter().all(|i| matches!(i.ty, Ty::Int | Ty::Float)) {
            return Some((Ty::Float, items.into_iter().map(to_float).collect()));
        }
        // Values and None (`[1, None]`): the optional type, as mypy joins them.
        let joined = items.iter().try_fold(first, |acc, i| {
            if acc == i.ty { Some(acc) } else { crate::optional_scalar::optional_join(acc, i.ty) }
        });
        if let Some(optional @ Ty::Optional(_)) = joined {
            return Some((optional, items.into_iter().map(|i| self.coerce(i, optional)).collect()));
        }
        // Exceptions of different classes: their nearest common base, as mypy
        // joins them (one representation, so the items need no conversion).
        let classes: Option<Vec<_>> =
            items.iter().map(|i| if let Ty::Exception(c) = i.ty { Some(c) } else { None }).collect();
        if let Some(classes) = classes {
            return Some((Ty::Exception(crate::exceptions::common_base(&classes)), items));
        }
        // Instances of classes with a common base: that base (`class_join.rs`).
        let tys: Vec<Ty> = items.iter().map(|i| i.ty).collect();
        if let Some(base) = self.instance_join(&tys) {
            return Some((base, items));
        }
        let other = items.iter().map(|i| i.ty).find(|t| *t != first).unwrap_or(first);
        self.error(span, format!("{what} items have different types: {first} and {other}"));
        None
    }

    /// `value[index]` and `value[start:stop:step]`.
    pub fn subscript(&mut self, sub: &ast::ExprSubscript, span: Span) -> Expr {
        if let Some(member) = self.enum_subscript(sub, span) {
            return member;
        }
        let value = self.value(&sub.value, None);
        if let ast::Expr::Slice(slice) = &*sub.slice {
            return self.slice(value, slice, span);
        }
        let index = self.value(&sub.slice, None);
        // An `IntEnum` index is its int, unless it is the key of a dict of members.
        let index = match value.ty {
            Ty::Dict(key, _) if *key != Ty::Int => index,
            _ => self.int_enum_as_int(index),
        };
        if value.ty == Ty::Unknown || index.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        if let Ty::Instance(c) = value.ty {
            let msg = format!("'{}' object is not subscriptable", c.name);
            match self.operator_call("__getitem__", vec![value, index], &msg, span) {
                Ok(e) => return e,
                Err(_) => return Self::error_expr(span),
            }
        }
        let elem = match value.ty {
            Ty::Str => Ty::Str,
            Ty::List(e) | Ty::TupleOf(e) => *e,
            Ty::Tuple(fields) => return self.tuple_field(value, fields, index, span),
            Ty::Dict(key, value_ty) => return self.dict_subscript(value, *key, *value_ty, index, span),
            Ty::Range => return self.range_index(value, index, span),
            Ty::Abstract(..) => return self.abstract_subscript(value, index, span),
            Ty::Deque(e) => {
                let index = match index.ty {
                    Ty::Int => index,
                    Ty::Bool => to_int(index),
                    other => {
                        let msg = format!("sequence index must be integer, not '{}'", other.python_name());
                        return self.unsupported(index.span, &msg);
                    }
                };
                return obj_op(ObjOp::Deque(crate::hir::DequeOp::GetItem), vec![value, index], *e, span);
            }
            other => {
                let msg = format!("'{}' object is not subscriptable", other.python_name());
                return self.unsupported(span, &msg);
            }
        };
        let Some(index) = self.index_operand(index, value.ty) else { return Self::error_expr(span) };
        obj_op(ObjOp::Index, vec![value, index], elem, span)
    }

    /// An index as an `int` (a `bool` converts); reports other types as CPython does.
    fn index_operand(&mut self, index: Expr, seq: Ty) -> Option<Expr> {
        match index.ty {
            Ty::Int => Some(index),
            Ty::Bool => Some(to_int(index)),
            other => {
                let what = match seq {
                    Ty::Str => "string",
                    Ty::List(_) => "list",
                    _ => "tuple",
                };
                self.error(index.span, format!("{what} indices must be integers or slices, not {}", other.python_name()));
                None
            }
        }
    }

    /// `t[i]` of a fixed tuple: the index must be a constant (each field has its
    /// own type) unless every field has the same type.
    fn tuple_field(&mut self, tuple: Expr, fields: &'static [Ty], index: Expr, span: Span) -> Expr {
        let Some(index) = self.index_operand(index, tuple.ty) else { return Self::error_expr(span) };
        match index.as_const() {
            Some(Const::Int(i)) => {
                let n = fields.len() as i64;
                let at = if *i < 0 { i + n } else { *i };
                if !(0..n).contains(&at) {
                    self.error(index.span, format!("tuple index out of range: {i} for {}", tuple.ty));
                    return Self::error_expr(span);
                }
                obj_op(ObjOp::TupleField(at as u32), vec![tuple], fields[at as usize], span)
            }
            _ => match tuple.ty.iter_elem() {
                Some(elem) => obj_op(ObjOp::Index, vec![tuple, index], elem, span),
                None => {
                    let msg = format!("indexing a {} with a non-constant index is not supported", tuple.ty);
                    self.unsupported(index.span, &msg)
                }
            },
        }
    }

    fn slice(&mut self, value: Expr, slice: &ast::ExprSlice, span: Span) -> Expr {
        let bounds = [&slice.lower, &slice.upper, &slice.step];
        let mut args = vec![];
        let mut ok = value.ty != Ty::Unknown;
        for b in bounds {
            let bound = match b.as_deref() {
                None => Self::const_expr(Const::None, span),
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
                            self.error(bound.span, "slice indices must be integers or None or have an __index__ method");
                            ok = false;
                            bound
                        }
                    }
                }
            };
            args.push(bound);
        }
        if !ok {
            return Self::error_expr(span);
        }
        let ty = match value.ty {
            Ty::Range => return Self::range_slice(value, args, span),
            Ty::Abstract(..) => return self.abstract_slice(value, args, span),
            Ty::Str | Ty::List(_) | Ty::TupleOf(_) => value.ty,
            Ty::Tuple(fields) => match static_slice(fields.len(), &args) {
                Some(indices) => Ty::tuple(&indices.iter().map(|&i| fields[i]).collect::<Vec<_>>()),
                None => match value.ty.iter_elem() {
                    Some(elem) => Ty::tuple_of(elem),
                    None => {
                        let msg = format!("slicing a {} with non-constant bounds is not supported", value.ty);
                        return self.unsupported(span, &msg);
                    }
                },
            },
            other => {
                let msg = format!("'{}' object is not subscriptable", other.python_name());
                return self.unsupported(span, &msg);
            }
        };
        let mut all = vec![value];
        all.extend(args);
        obj_op(ObjOp::Slice, all, ty, span)
    }

    /// `lhs op rhs` where an operand is not a number: sequence concatenation
    /// and repetition.
    pub fn sequence_binary(&mut self, op: BinOp, lhs: Expr, rhs: Expr, span: Span) -> Expr {
        let (a, b) = (lhs.ty, rhs.ty);
        if matches!(a, Ty::Set(_)) || matches!(b, Ty::Set(_)) {
            return self.set_binary(op, lhs, rhs, span);
        }
        let is_seq = |t: Ty| matches!(t, Ty::Str | Ty::List(_) | Ty::Tuple(_) | Ty::TupleOf(_));
        match op {
            BinOp::Add if is_seq(a) && a == b => {
                let ty = match (a, b) {
                    (Ty::Tuple(x), Ty::Tuple(y)) => Ty::tuple(&[x, y].concat()),
                    _ => a,
                };
                if let (Some(Const::Str(x)), Some(Const::Str(y))) = (lhs.as_const(), rhs.as_const()) {
                    return Self::const_expr(Const::Str(format!("{x}{y}")), span);
                }
                obj_op(ObjOp::Concat, vec![lhs, rhs], ty, span)
            }
            BinOp::Add if is_tuple(a) && is_tuple(b) => {
                let ty = match (a, b) {
                    (Ty::Tuple(x), Ty::Tuple(y)) => Ty::tuple(&[x, y].concat()),
                    // `tuple[int, ...] + (1,)`: one element type throughout.
                    _ => match (a.iter_elem(), b.iter_elem()) {
                        (Some(x), Some(y)) if x == y => Ty::tuple_of(x),
                        _ => {
                            let msg = format!("unsupported operand types for +: {a} and {b}");
                            return self.unsupported(span, &msg);
                        }
                    },
                };
                obj_op(ObjOp::Concat, vec![lhs, rhs], ty, span)
            }
            BinOp::Mul if is_seq(a) && matches!(b, Ty::Int | Ty::Bool) => {
                let Some(ty) = self.repeated_type(a, &rhs, span) else { return Self::error_expr(span) };
                obj_op(ObjOp::Repeat, vec![lhs, to_int(rhs)], ty, span)
            }
            BinOp::Mul if is_seq(b) && matches!(a, Ty::Int | Ty::Bool) => {
                let Some(ty) = self.repeated_type(b, &lhs, span) else { return Self::error_expr(span) };
                obj_op(ObjOp::RepeatCountFirst, vec![to_int(lhs), rhs], ty, span)
            }
            BinOp::Mod if a == Ty::Str => self.printf_format(lhs, rhs, span),
            _ => {
                let msg = if a != b && is_seq(a) && is_seq(b) && a.python_name() == b.python_name() {
                    format!("unsupported operand types for {}: {a} and {b}", op.symbol())
                } else {
                    unsupported_operands(op, a, b)
                };
                self.unsupported(span, &msg)
            }
        }
    }

    /// The type of `seq * n`: the same, except for a fixed tuple, whose length
    /// then depends on `n`.
    fn repeated_type(&mut self, seq: Ty, count: &Expr, span: Span) -> Option<Ty> {
        let Ty::Tuple(fields) = seq else { return Some(seq) };
        match count.as_const() {
            Some(Const::Int(n)) => {
                let n = (*n).clamp(0, 1 << 16) as usize;
                Some(Ty::tuple(&fields.repeat(n)))
            }
            _ => match seq.iter_elem() {
                Some(elem) => Some(Ty::tuple_of(elem)),
                None => {
                    self.error(span, format!("repeating a {seq} a non-constant number of times is not supported"));
                    None
                }
            },
        }
    }

    /// `item in container` where the item is an instance of a subclass of
    /// the elements' class: the item as an instance of the elements' class
    /// (the comparison is the run-time classes' either way).
    pub fn upcast_member(&mut self, item: Expr, container: Ty) -> Expr {
        match container.iter_elem() {
            Some(elem) => self.upcast_instance(item, elem),
            None => item,
        }
    }

    /// `item` as a value of `target` when it is an instance of a subclass
    /// of `target`'s class; otherwise unchanged.
    pub fn upcast_instance(&mut self, item: Expr, target: Ty) -> Expr {
        let (Ty::Instance(sub), Ty::Instance(base)) = (item.ty, target) else { return item };
        let classes = &self.env.classes;
        let (Some((_, s)), Some((_, b))) = (classes.by_id(sub), classes.by_id(base)) else { return item };
        if sub != base && s.id.index > b.id.index && s.id.index < b.end {
            // An instance is a pointer whatever its static class.
            return Expr { ty: target, ..item };
        }
        item
    }

    /// `item in container` where the item is an `int` and the elements are
    /// `float`s: the item converts, as `1 in [1.0]` compares equal.
    pub fn membership_operand(&mut self, item: Expr, container: Ty) -> Expr {
        match (item.ty, container.iter_elem()) {
            (Ty::Int | Ty::Bool, Some(Ty::Float)) => to_float(item),
            (Ty::Bool, Some(Ty::Int)) => convert(Conversion::BoolToInt, item, Ty::Int),
            // `None in xs`, `3 in xs` for a `list[int | None]`: made optional.
            (a, Some(elem)) if a != elem && crate::optional_scalar::fits_optional(a, elem) => self.coerce(item, elem),
            // `3 in xs` for a `list[int | str]`: boxed.
            (a, Some(elem)) if a != elem && crate::union::fits_union(a, elem) => self.coerce(item, elem),
            _ => item,
        }
    }
}

/// Which comparisons between values of types `a` and `b` are supported when
/// one of them is not a number; the error message otherwise.
pub(crate) fn check_object_comparison(op: CmpOp, a: Ty, b: Ty) -> Result<(), String> {
    if matches!(op, CmpOp::In | CmpOp::NotIn) {
        let elem = match b {
            Ty::Str => Ty::Str,
            Ty::List(_) | Ty::TupleOf(_) | Ty::Tuple(_) | Ty::Set(_) | Ty::Dict(..) | Ty::Deque(_) => match b.iter_elem() {
                Some(e) => e,
                None => return Err(format!("'in' on a {b} (fields of different types) is not supported yet")),
            },
            other => return Err(format!("argument of type '{}' is not iterable", other.python_name())),
        };
        let compatible = a == elem
            || (elem == Ty::Float && matches!(a, Ty::Int | Ty::Bool))
            || (elem == Ty::Int && a == Ty::Bool)
            || crate::optional_scalar::fits_optional(a, elem)
            || crate::union::fits_union(a, elem);
        if b == Ty::Str && a != Ty::Str {
            return Err(format!("'in <string>' requires string as left operand, not {}", a.python_name()));
        }
        if !compatible {
            return Err(format!("'{}' of a {a} in a {b} is not supported (the types never match)", cmp_symbol(op)));
        }
        return Ok(());
    }
    if a == Ty::None || b == Ty::None {
        return Err("comparisons with None are not supported yet".to_string());
    }
    // Tuples of different shapes compare field by field at run time (the
    // runtime raises CPython's TypeError for unorderable fields).
    if is_tuple(a) && is_tuple(b) {
        return Ok(());
    }
    if a != b {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Err(format!("'{}' between a {a} and a {b} is not supported (their values are never equal)", cmp_symbol(op)));
        }
        return Err(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_symbol(op),
            a.python_name(),
            b.python_name()
        ));
    }
    match (op, a) {
        (CmpOp::Eq | CmpOp::Ne, Ty::Str | Ty::List(_) | Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Deque(_)) => Ok(()),
        (_, Ty::Str | Ty::List(_) | Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Deque(_)) => Ok(()),
        (CmpOp::Eq | CmpOp::Ne, Ty::Dict(..) | Ty::Set(_)) => Ok(()),
        // Sets order by inclusion.
        (_, Ty::Set(_)) => Ok(()),
        _ => Err(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_symbol(op),
            a.python_name(),
            b.python_name()
        )),
    }
}

/// The field indices `t[start:stop:step]` selects from a tuple of `len`
/// fields, when every bound is a constant (`args` are start, stop, step).
fn static_slice(len: usize, args: &[Expr]) -> Option<Vec<usize>> {
    let bound = |e: &Expr| match e.as_const() {
        Some(Const::Int(i)) => Some(Some(*i)),
        Some(Const::None) => Some(None),
        _ => None,
    };
    let (start, stop, step) = (bound(&args[0])?, bound(&args[1])?, bound(&args[2])?);
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let n = len as i64;
    // CPython's PySlice_AdjustIndices.
    let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
        None => default,
        Some(v) if v < 0 => (v + n).max(lo),
        Some(v) => v.min(hi),
    };
    let (start, stop) = if step > 0 {
        (adjust(start, 0, 0, n), adjust(stop, n, 0, n))
    } else {
        (adjust(start, n - 1, -1, n - 1), adjust(stop, -1, -1, n - 1))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Some(out)
}

/// `[]`, `{}`: a display whose type must come from its context.
pub(crate) fn is_empty_display(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::List(l) if l.elts.is_empty()) || matches!(e, ast::Expr::Dict(d) if d.keys.is_empty())
}

fn is_tuple(t: Ty) -> bool {
    matches!(t, Ty::Tuple(_) | Ty::TupleOf(_))
}
