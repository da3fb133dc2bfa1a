//! `import itertools`: the combinatoric iterators and a few others, accepted
//! only where they are iterated on the spot (a `for` loop, a comprehension,
//! `list()`, `sorted()`, `sum()`...), like `zip` and `enumerate`: they are
//! built as the list of their elements (`runtime/src/itertools_ops.rs`).
//! CPython's `product`, `permutations` and `combinations*` read their whole
//! input first too, so only memory differs; `chain`, `accumulate` and
//! `pairwise` read their inputs up front here, which differs only if the loop
//! body changes a list it has not reached yet.
//!
//! A tuple element has one field per position: `product(a, b)` of a
//! `list[int]` and a `list[str]` gives `tuple[int, str]`s, and
//! `permutations(xs, 2)` with a constant `r` gives `tuple[T, T]`s (so
//! `for a, b in ...` unpacks); without a constant length they are
//! `tuple[T, ...]`.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::call::builtin;
use crate::checker::Checker;
use crate::hir::{Builtin, Const, Expr, ExprKind, ItertoolsFn, Ty};

/// The members of `itertools` taipan supports.
pub(crate) const ITERTOOLS_MEMBERS: &[&str] = &[
    "product", "permutations", "combinations", "combinations_with_replacement", "accumulate", "chain", "pairwise",
    "count", "islice", "repeat", "cycle", "groupby",
];

/// The longest tuple typed field by field; longer ones are `tuple[T, ...]`.
const MAX_FIXED_FIELDS: i64 = 16;

impl Checker<'_, '_> {
    /// Outside an iteration: rejected, as CPython's value is an iterator object.
    pub(crate) fn itertools_call(&mut self, name: &str, call: &ast::ExprCall, span: Span, _expected: Option<Ty>) -> Expr {
        if crate::itertools_iterators::ITERATOR_MEMBERS.contains(&name) {
            return self.itertools_iterator(name, call, span);
        }
        let msg = format!(
            "itertools.{name}() is only supported where it is iterated (a for loop, a comprehension, list(), ...)"
        );
        self.reject_call(call, span, msg)
    }

    /// `itertools.<name>(...)` as the iterable of a loop or consumer.
    pub(crate) fn itertools_iterable(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if !ITERTOOLS_MEMBERS.contains(&name) {
            return self.reject_call(call, span, format!("itertools.{name} is not supported yet"));
        }
        if call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return self.reject_call(call, span, "star arguments are not supported yet".to_string());
        }
        if name == "islice" {
            // Calls with literal bounds were rewritten before the scan (`islice.rs`).
            let msg = "itertools.islice() is supported with int literal (or None) bounds, 0 or more, and a step of 1 or more: \
                       islice(it, 10), islice(it, 2, None, 3)";
            return self.reject_call(call, span, msg.to_string());
        }
        if crate::itertools_iterators::ITERATOR_MEMBERS.contains(&name) {
            // An iterator object (loops `for i in count(...)` over one name
            // were rewritten before the scan: `count_loops.rs`).
            return self.itertools_iterator(name, call, span);
        }
        let allowed: &[&str] = match name {
            "product" => &["repeat"],
            "permutations" | "combinations" | "combinations_with_replacement" => &["r"],
            _ => &[],
        };
        let Some(keywords) = self.keywords(call, name, allowed) else {
            return self.reject_call(call, span, String::new());
        };
        let (min, max) = match name {
            "product" | "chain" => (0, usize::MAX),
            "permutations" => (1, 2),
            "combinations" | "combinations_with_replacement" => (2 - keywords.len().min(1), 2),
            _ => (1, 1),
        };
        if call.args.len() < min || call.args.len() > max {
            let msg = match (min, max) {
                (2, 2) => format!("{name}() missing required argument 'r' (pos 2)"),
                (1, 1) => format!("{name}() takes exactly one argument ({} given)", call.args.len()),
                _ => format!("{name}() takes from {min} to {max} positional arguments ({} given)", call.args.len()),
            };
            return self.reject_call(call, span, msg);
        }
        // The iterables (all but a positional `r`), each as a list.
        let n_iterables = if matches!(name, "product" | "chain") { call.args.len() } else { 1 };
        let mut lists = Vec::new();
        for a in &call.args[..n_iterables] {
            let it = self.iterable(a);
            match it.ty {
                Ty::Unknown => return self.reject_call(call, span, String::new()),
                ty if ty.iter_elem().is_some() => lists.push(self.as_list(it)),
                ty => {
                    self.error(it.span, format!("'{}' object is not iterable", ty.python_name()));
                    return Self::error_expr(span);
                }
            }
        }
        let elems: Vec<Ty> = lists.iter().map(|l| l.ty.iter_elem().unwrap_or(Ty::Unknown)).collect();
        // `r` or `repeat`, positional or by keyword.
        let count_arg = call.args.get(n_iterables).or_else(|| keywords.first().map(|k| k.1));
        let count = match count_arg {
            Some(a) => {
                let v = self.value(a, None);
                match v.ty {
                    Ty::Int | Ty::Bool => Some(crate::expr::to_int(v)),
                    Ty::Unknown => return Self::error_expr(span),
                    other => {
                        self.error(v.span, format!("'{}' object cannot be interpreted as an integer", other.python_name()));
                        return Self::error_expr(span);
                    }
                }
            }
            None => None,
        };
        let constant = count.as_ref().and_then(|c| match c.as_const() {
            Some(Const::Int(n)) => Some(*n),
            _ => None,
        });
        let int = |n: i64| Self::const_expr(Const::Int(n), span);
        let tuple_of = |elem: Ty, len: Option<i64>| match len {
            Some(n) if (0..=MAX_FIXED_FIELDS).contains(&n) => Ty::tuple(&vec![elem; n as usize]),
            _ => Ty::tuple_of(elem),
        };
        let pools = |lists: Vec<Expr>, elems: &[Ty]| Expr { kind: ExprKind::Tuple { items: lists }, ty: Ty::tuple(elems), span };
        let call_of = |f: ItertoolsFn, args: Vec<Expr>, ty: Ty| builtin(Builtin::Itertools(f), args, ty, span);
        match name {
            "product" => {
                let repeat = constant.unwrap_or(1);
                let fields = if count.is_some() && constant.is_none() {
                    // A computed `repeat`: one field type for all.
                    match elems.first() {
                        Some(&first) if elems.iter().all(|&e| e == first) => None,
                        _ => {
                            self.error(span, "product() with a computed repeat needs iterables of one element type");
                            return Self::error_expr(span);
                        }
                    }
                } else if (0..=MAX_FIXED_FIELDS).contains(&(repeat.saturating_mul(elems.len() as i64))) {
                    Some((0..repeat.max(0)).flat_map(|_| elems.iter().copied()).collect::<Vec<Ty>>())
                } else {
                    None
                };
                let elem = match fields {
                    Some(fields) => Ty::tuple(&fields),
                    None => Ty::tuple_of(elems.first().copied().unwrap_or(Ty::Int)),
                };
                let args = vec![pools(lists, &elems), count.unwrap_or_else(|| int(1))];
                call_of(ItertoolsFn::Product, args, Ty::list(elem))
            }
            "permutations" | "combinations" | "combinations_with_replacement" => {
                let f = match name {
                    "permutations" => ItertoolsFn::Permutations,
                    "combinations" => ItertoolsFn::Combinations,
                    _ => ItertoolsFn::CombinationsWithReplacement,
                };
                let Some(list) = lists.pop() else { return Self::error_expr(span) };
                let elem = tuple_of(elems[0], constant);
                call_of(f, vec![list, count.unwrap_or_else(|| int(i64::MIN))], Ty::list(elem))
            }
            "accumulate" => {
                if !matches!(elems[0], Ty::Int | Ty::Float) {
                    let msg = format!("accumulate() of {} elements is not supported yet (ints or floats)", elems[0].python_name());
                    self.error(span, msg);
                    return Self::error_expr(span);
                }
                let ty = lists[0].ty;
                call_of(ItertoolsFn::Accumulate, lists, ty)
            }
            "chain" => {
                let Some(&first) = elems.first() else {
                    self.error(span, "chain() of no iterables is not supported yet");
                    return Self::error_expr(span);
                };
                if let Some(other) = elems.iter().find(|&&e| e != first) {
                    let msg = format!(
                        "chain() of iterables with different element types ({} and {}) is not supported yet",
                        first.python_name(),
                        other.python_name()
                    );
                    self.error(span, msg);
                    return Self::error_expr(span);
                }
                call_of(ItertoolsFn::Chain, vec![pools(lists, &elems)], Ty::list(first))
            }
            _ => {
                let elem = Ty::tuple(&[elems[0], elems[0]]);
                call_of(ItertoolsFn::Pairwise, lists, Ty::list(elem))
            }
        }
    }
}
