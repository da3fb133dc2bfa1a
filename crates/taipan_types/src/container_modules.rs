//! The standard modules of container algorithms: `heapq` and `bisect`
//! (functions on `list[T]`, `ObjOp::HeapBisect`), and `collections`. Both
//! `import heapq` + `heapq.heappush(...)` and `from heapq import heappush`
//! reach [`Checker::container_module_call`].

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{name_of, Checker};
use crate::container_expr::obj_op;
use crate::expr::to_int;
use crate::hir::{Const, Expr, HeapBisectOp, ObjOp, Ty};
use crate::scan::Imported;

/// A module of container algorithms taipan supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContainerModule {
    Heapq,
    Bisect,
    Collections,
}

impl ContainerModule {
    pub fn named(name: &str) -> Option<ContainerModule> {
        match name {
            "heapq" => Some(ContainerModule::Heapq),
            "bisect" => Some(ContainerModule::Bisect),
            "collections" => Some(ContainerModule::Collections),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ContainerModule::Heapq => "heapq",
            ContainerModule::Bisect => "bisect",
            ContainerModule::Collections => "collections",
        }
    }

    /// The members taipan supports.
    pub fn members(self) -> &'static [&'static str] {
        match self {
            ContainerModule::Heapq => {
                &["heappush", "heappop", "heapify", "heappushpop", "heapreplace", "nsmallest", "nlargest"]
            }
            ContainerModule::Bisect => {
                &["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"]
            }
            ContainerModule::Collections => &["deque", "defaultdict", "Counter", "OrderedDict"],
        }
    }
}

impl Checker<'_, '_> {
    /// The container-module member `func` names (`heappush` imported from
    /// heapq, or `heapq.heappush`), if it does.
    pub(crate) fn container_member(&self, func: &ast::Expr) -> Option<(ContainerModule, String)> {
        self.imported_member(func, |import| match import {
            Imported::ContainerMember(m, member) => Some((m, Some(member))),
            Imported::ContainerModule(m) => Some((m, None)),
            _ => None,
        })
    }

    /// A call of `module.member(...)`.
    pub(crate) fn container_module_call(
        &mut self,
        module: ContainerModule,
        member: &str,
        call: &ast::ExprCall,
        span: Span,
        expected: Option<Ty>,
    ) -> Expr {
        if !module.members().contains(&member) {
            let msg = format!("{}.{member} is not supported yet", module.name());
            return self.reject_call(call, span, msg);
        }
        match member {
            "heappush" => self.heap_call(member, HeapBisectOp::HeapPush, true, call, span),
            "heappop" => self.heap_call(member, HeapBisectOp::HeapPop, false, call, span),
            "heapreplace" => self.heap_call(member, HeapBisectOp::HeapReplace, true, call, span),
            "heappushpop" => self.heap_call(member, HeapBisectOp::HeapPushPop, true, call, span),
            "heapify" => self.heap_call(member, HeapBisectOp::Heapify, false, call, span),
            "nsmallest" | "nlargest" => self.nsmallest_call(member, call, span),
            "bisect_left" => self.bisect_call(member, HeapBisectOp::Bisect { right: false }, call, span),
            "bisect_right" | "bisect" => self.bisect_call(member, HeapBisectOp::Bisect { right: true }, call, span),
            "insort_left" => self.bisect_call(member, HeapBisectOp::Insort { right: false }, call, span),
            "insort_right" | "insort" => self.bisect_call(member, HeapBisectOp::Insort { right: true }, call, span),
            "deque" => self.deque_call(call, span, expected),
            "defaultdict" => self.defaultdict_call(call, span, expected),
            "Counter" => self.counter_call(call, span, expected),
            "OrderedDict" => self.ordered_dict_call(call, span, expected),
            _ => {
                let msg = format!("collections.{member} is not supported yet");
                self.reject_call(call, span, msg)
            }
        }
    }

    /// The list a heapq/bisect function works on (its first argument), and
    /// its element type, which must be orderable.
    fn algorithm_list(&mut self, e: &ast::Expr, name: &str, span: Span) -> Option<(Expr, Ty)> {
        let list = self.value(e, None);
        match list.ty {
            Ty::Unknown => None,
            Ty::List(elem) => self.check_orderable(*elem, span, name).then_some((list, *elem)),
            other => {
                let what = if name.starts_with("heap") { "heap" } else { "a" };
                self.error(list.span, format!("{name}() argument '{what}' must be a list, not {other}"));
                None
            }
        }
    }

    /// An argument that must fit type `want` (an element, an index).
    fn algorithm_arg(&mut self, e: &ast::Expr, want: Ty, name: &str) -> Option<Expr> {
        let value = self.value(e, Some(want));
        let value = match want {
            _ if value.ty == Ty::Unknown => return None,
            Ty::Int if value.ty == Ty::Bool => to_int(value),
            _ if value.ty == want => value,
            Ty::Float if matches!(value.ty, Ty::Int | Ty::Bool) => crate::expr::to_float(value),
            Ty::Optional(inner) if value.ty == Ty::None || (value.ty.is_number() && inner.is_number()) => {
                self.coerce(value, want)
            }
            _ if crate::class_expr::fits_as_is(&self.env.classes, value.ty, want) => value,
            _ => {
                self.error(value.span, format!("argument of {name}() has type {}, expected {want}", value.ty));
                return None;
            }
        };
        Some(value)
    }

    /// `heappush(heap, x)` and the others taking a heap (and an item).
    fn heap_call(&mut self, name: &str, op: HeapBisectOp, takes_item: bool, call: &ast::ExprCall, span: Span) -> Expr {
        let n = 1 + usize::from(takes_item);
        if self.positional(call, name).is_none() || self.arity(call, span, name, n, n).is_none() {
            return self.reject_call(call, span, String::new());
        }
        let Some((heap, elem)) = self.algorithm_list(&call.args[0], name, span) else {
            return self.reject_call(call, span, String::new());
        };
        let mut args = vec![heap];
        if takes_item {
            let Some(item) = self.algorithm_arg(&call.args[1], elem, name) else { return Self::error_expr(span) };
            args.push(item);
        }
        let ty = match op {
            HeapBisectOp::HeapPush | HeapBisectOp::Heapify => Ty::None,
            _ => elem,
        };
        obj_op(ObjOp::HeapBisect(op), args, ty, span)
    }

    /// `nsmallest(n, iterable, key=f)` / `nlargest(...)`.
    fn nsmallest_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(keywords) = self.keywords(call, name, &["key"]) else { return self.reject_call(call, span, String::new()) };
        if self.arity(call, span, name, 2, 2).is_none() {
            return self.reject_call(call, span, String::new());
        }
        let Some(n) = self.algorithm_arg(&call.args[0], Ty::Int, name) else { return Self::error_expr(span) };
        let Some(items) = self.consumed_arg(&call.args[1], &format!("{name}()")) else { return Self::error_expr(span) };
        let elem = items.ty.iter_elem().unwrap_or(Ty::Unknown);
        let Some(key) = self.key_keyword(&keywords, elem, Some(&call.args[1])) else { return Self::error_expr(span) };
        if !self.check_orderable(key.as_ref().map_or(elem, |k| k.0.ty), span, name) {
            return Self::error_expr(span);
        }
        let list = self.as_list(items);
        if crate::generator::is_generator(&list) && (key.is_some() || crate::generator::may_call_back(elem)) {
            // CPython compares (or calls the key) between the generator's elements.
            let msg = format!("{name}() of a generator expression is not supported here yet: pass a list comprehension");
            return self.unsupported(span, &msg);
        }
        let largest = name == "nlargest";
        let (op, args) = match key {
            Some((k, env)) if largest => (HeapBisectOp::NLargestKey(k), vec![n, list, env]),
            Some((k, env)) => (HeapBisectOp::NSmallestKey(k), vec![n, list, env]),
            None if largest => (HeapBisectOp::NLargest, vec![n, list]),
            None => (HeapBisectOp::NSmallest, vec![n, list]),
        };
        obj_op(ObjOp::HeapBisect(op), args, Ty::list(elem), span)
    }

    /// `bisect_left(a, x, lo=0, hi=None)` and the other bisect functions.
    fn bisect_call(&mut self, name: &str, op: HeapBisectOp, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(keywords) = self.keywords(call, name, &["lo", "hi", "key"]) else {
            return self.reject_call(call, span, String::new());
        };
        if let Some((_, k)) = keywords.iter().find(|(k, _)| *k == "key") {
            self.error(span_of(*k), format!("{name}() with key= is not supported yet"));
            return Self::error_expr(span);
        }
        if self.arity(call, span, name, 2, 4).is_none() {
            return self.reject_call(call, span, String::new());
        }
        let Some((list, elem)) = self.algorithm_list(&call.args[0], name, span) else {
            return self.reject_call(call, span, String::new());
        };
        let Some(x) = self.algorithm_arg(&call.args[1], elem, name) else { return Self::error_expr(span) };
        let mut args = vec![list, x];
        for (i, bound) in ["lo", "hi"].into_iter().enumerate() {
            let given = call.args.get(2 + i).or_else(|| keywords.iter().find(|(k, _)| *k == bound).map(|(_, e)| *e));
            if call.args.get(2 + i).is_some() && keywords.iter().any(|(k, _)| *k == bound) {
                let msg = format!("argument for {name}() given by name ('{bound}') and position ({})", 3 + i);
                self.error(span, msg);
                return Self::error_expr(span);
            }
            let value = match given {
                // `hi=None` is `len(a)`, which the runtime takes as -1.
                Some(ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. })) if bound == "hi" => {
                    Self::const_expr(Const::Int(-1), span)
                }
                Some(e) => match self.algorithm_arg(e, Ty::Int, name) {
                    Some(v) => v,
                    None => return Self::error_expr(span),
                },
                None => Self::const_expr(Const::Int(if bound == "hi" { -1 } else { 0 }), span),
            };
            args.push(value);
        }
        let ty = if matches!(op, HeapBisectOp::Bisect { .. }) { Ty::Int } else { Ty::None };
        obj_op(ObjOp::HeapBisect(op), args, ty, span)
    }
}

/// The `collections` type an annotation names (`deque`, `collections.deque`),
/// if it does.
fn collections_type(e: &ast::Expr, imports: &std::collections::HashMap<String, Imported>) -> Option<String> {
    match e {
        ast::Expr::Name(n) => match imports.get(n.id.as_str()) {
            Some(Imported::ContainerMember(ContainerModule::Collections, member)) => Some(member.clone()),
            _ => None,
        },
        ast::Expr::Attribute(a) => match name_of(&a.value).and_then(|n| imports.get(n)) {
            Some(Imported::ContainerModule(ContainerModule::Collections)) => Some(a.attr.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// An annotation `deque[T]` (`generic[args]`): `None` when `generic` is not
/// a `collections` type, else the type (`None` inside after an error).
pub(crate) fn generic_annotation(
    generic: &ast::Expr,
    args: &ast::Expr,
    span: Span,
    imports: &std::collections::HashMap<String, Imported>,
    resolve: &mut dyn FnMut(&ast::Expr, &mut Vec<taipan_diagnostics::Diagnostic>) -> Option<Ty>,
    diags: &mut Vec<taipan_diagnostics::Diagnostic>,
) -> Option<Option<Ty>> {
    let name = collections_type(generic, imports)?;
    let args: Vec<&ast::Expr> = match args {
        ast::Expr::Tuple(t) => t.elts.iter().collect(),
        one => vec![one],
    };
    let error = |diags: &mut Vec<taipan_diagnostics::Diagnostic>, msg: String| {
        diags.push(taipan_diagnostics::Diagnostic::error(span, msg));
        None
    };
    Some(match (name.as_str(), args.as_slice()) {
        ("deque", [elem]) => resolve(elem, diags).map(Ty::deque),
        ("deque", _) => error(diags, format!("'deque' expects 1 type argument, got {}", args.len())),
        // Statically a dict: the flavor lives in the object (`dict_flavors.rs`).
        ("Counter", [key]) => resolve(key, diags).map(|k| Ty::dict(k, Ty::Int)),
        ("defaultdict" | "OrderedDict", [key, value]) => {
            let (k, v) = (resolve(key, diags), resolve(value, diags));
            Some(Ty::dict(k?, v?))
        }
        ("Counter" | "defaultdict" | "OrderedDict", _) => {
            let n = if name == "Counter" { "1 type argument" } else { "2 type arguments" };
            error(diags, format!("'{name}' expects {n}, got {}", args.len()))
        }
        (other, _) => error(diags, format!("collections.{other} annotations are not supported yet")),
    })
}

/// A `collections` type used as an annotation without type arguments:
/// reported (`None` when `e` is not one).
pub(crate) fn bare_annotation(
    e: &ast::Expr,
    imports: &std::collections::HashMap<String, Imported>,
    diags: &mut Vec<taipan_diagnostics::Diagnostic>,
) -> Option<()> {
    let name = collections_type(e, imports)?;
    let example = match name.as_str() {
        "deque" => "deque[int]",
        "Counter" => "Counter[str]",
        "defaultdict" => "defaultdict[str, int]",
        "OrderedDict" => "OrderedDict[str, int]",
        other => {
            diags.push(taipan_diagnostics::Diagnostic::error(span_of(e), format!("collections.{other} annotations are not supported yet")));
            return Some(());
        }
    };
    diags.push(taipan_diagnostics::Diagnostic::error(
        span_of(e),
        format!("'{name}' needs type arguments (as in {example})"),
    ));
    Some(())
}
