//! `collections.defaultdict`, `collections.Counter` and
//! `collections.OrderedDict`. Statically they are dicts (`defaultdict[K, V]`
//! and `OrderedDict[K, V]` are `dict[K, V]`, `Counter[K]` is
//! `dict[K, int]`), so everything a dict supports works on them; the object
//! carries its flavor, which the runtime's `d[k]`, repr, `==`, `update`,
//! `del`, `copy` and loops honour (`taipan_abi::DictFlavor`). The Counter
//! methods are accepted on any `dict[K, int]`, the OrderedDict ones
//! (`move_to_end`, `popitem(last)`) on any dict; on a dict of another
//! flavor they raise CPython's `AttributeError` / `TypeError` at run time.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{name_of, Checker, Resolved};
use crate::container_expr::obj_op;
use crate::hir::{BinOp, DefaultFactory, DictBinary, DictFlavorOp, Expr, ObjOp, Ty};

impl Checker<'_, '_> {
    /// `defaultdict(factory)`, typed by the annotation it is assigned to.
    pub(crate) fn defaultdict_call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        if self.positional(call, "defaultdict").is_none() {
            return self.reject_call(call, span, String::new());
        }
        let [factory] = call.args.as_slice() else {
            let msg = "defaultdict() is supported with exactly one argument, the factory (as in defaultdict(list))";
            return self.reject_call(call, span, msg.to_string());
        };
        let name = name_of(factory).map(|n| (n, self.resolve(n)));
        let factory_kind = match name {
            Some((_, Resolved::Builtin("int"))) => DefaultFactory::Int,
            Some((_, Resolved::Builtin("float"))) => DefaultFactory::Float,
            Some((_, Resolved::Builtin("str"))) => DefaultFactory::Str,
            Some((_, Resolved::Builtin("bool"))) => DefaultFactory::Bool,
            Some((_, Resolved::Builtin("list"))) => DefaultFactory::List,
            Some((_, Resolved::Builtin("set"))) => DefaultFactory::Set,
            Some((_, Resolved::Builtin("dict"))) => DefaultFactory::Dict,
            _ => {
                let msg = "defaultdict() factories other than int, float, str, bool, list, set and dict are not supported yet";
                return self.unsupported(span, msg);
            }
        };
        let Some(ty @ Ty::Dict(key, value)) = expected else {
            // (The factory is a builtin's name: not checked as a value.)
            let msg = "defaultdict() needs a type annotation here (as in 'd: defaultdict[str, int] = defaultdict(int)')";
            return self.unsupported(span, msg);
        };
        let fits = match factory_kind {
            DefaultFactory::Int => *value == Ty::Int,
            DefaultFactory::Float => *value == Ty::Float,
            DefaultFactory::Str => *value == Ty::Str,
            DefaultFactory::Bool => *value == Ty::Bool,
            DefaultFactory::List => matches!(value, Ty::List(_)),
            DefaultFactory::Set => matches!(value, Ty::Set(_)),
            DefaultFactory::Dict => matches!(value, Ty::Dict(..)),
        };
        if !fits {
            let made = name.map_or("", |(n, _)| n);
            self.error(span_of(factory), format!("defaultdict({made}) makes {made} values, not {value}"));
            return Self::error_expr(span);
        }
        if !crate::dict_set::is_hashable(*key) {
            return self.unsupported(span, &format!("unhashable type: '{}'", key.python_name()));
        }
        obj_op(ObjOp::DictFlavor(DictFlavorOp::NewDefault(factory_kind)), vec![], ty, span)
    }

    /// `Counter()`, `Counter(iterable)`, `Counter(mapping)`.
    pub(crate) fn counter_call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        if self.positional(call, "Counter").is_none() || self.arity(call, span, "Counter", 0, 1).is_none() {
            return self.reject_call(call, span, String::new());
        }
        let expected_key = match expected {
            Some(Ty::Dict(k, Ty::Int)) => Some(*k),
            _ => None,
        };
        let Some(arg) = call.args.first() else {
            let Some(key) = expected_key else {
                let msg = "Counter() needs a type annotation here (as in 'c: Counter[str] = Counter()')";
                return self.reject_call(call, span, msg.to_string());
            };
            return obj_op(ObjOp::DictFlavor(DictFlavorOp::NewCounter), vec![], Ty::dict(key, Ty::Int), span);
        };
        let Some(items) = self.consumed_arg(arg, "Counter()") else { return Self::error_expr(span) };
        if let Ty::Dict(key, value) = items.ty {
            if *value != Ty::Int {
                return self.unsupported(items.span, &format!("Counter() of a {} is not supported (counts are ints)", items.ty));
            }
            let ty = items.ty;
            let _ = key;
            return obj_op(ObjOp::DictFlavor(DictFlavorOp::CounterFromDict), vec![items], ty, span);
        }
        let key = items.ty.iter_elem().unwrap_or(Ty::Unknown);
        if key == Ty::Unknown {
            return Self::error_expr(span);
        }
        if let Some(want) = expected_key.filter(|w| *w != key) {
            self.error(items.span, format!("Counter() of {key} elements cannot be a Counter[{want}]"));
            return Self::error_expr(span);
        }
        if !crate::dict_set::is_hashable(key) {
            return self.unsupported(items.span, &format!("unhashable type: '{}'", key.python_name()));
        }
        let list = self.as_list(items);
        obj_op(ObjOp::DictFlavor(DictFlavorOp::NewCounter), vec![list], Ty::dict(key, Ty::Int), span)
    }

    /// `OrderedDict()`, `OrderedDict(pairs)`, `OrderedDict(mapping)`: what
    /// `dict(...)` of the same arguments holds, in an OrderedDict.
    pub(crate) fn ordered_dict_call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        if !call.keywords.is_empty() {
            let msg = "OrderedDict() with keyword arguments is not supported yet";
            return self.reject_call(call, span, msg.to_string());
        }
        if self.arity(call, span, "OrderedDict", 0, 1).is_none() {
            return self.reject_call(call, span, String::new());
        }
        if call.args.is_empty() {
            let Some(ty @ Ty::Dict(key, _)) = expected else {
                let msg = "OrderedDict() needs a type annotation here (as in 'od: OrderedDict[str, int] = OrderedDict()')";
                return self.unsupported(span, msg);
            };
            if !crate::dict_set::is_hashable(*key) {
                return self.unsupported(span, &format!("unhashable type: '{}'", key.python_name()));
            }
            return obj_op(ObjOp::DictFlavor(DictFlavorOp::NewOrdered), vec![], ty, span);
        }
        let items = self.dict_call(call, span, expected);
        if !matches!(items.ty, Ty::Dict(..)) {
            return items;
        }
        let ty = items.ty;
        obj_op(ObjOp::DictFlavor(DictFlavorOp::NewOrdered), vec![items], ty, span)
    }

    /// The dict methods a defaultdict, Counter or OrderedDict changes or
    /// adds; `None` for the others (plain dict methods, checked by
    /// `dict_method`).
    pub(crate) fn dict_flavor_method(
        &mut self,
        dict: &Expr,
        key: Ty,
        value: Ty,
        name: &str,
        call: &ast::ExprCall,
        span: Span,
    ) -> Option<Expr> {
        let popitem_last = name == "popitem" && !(call.args.is_empty() && call.keywords.is_empty());
        if name == "move_to_end" || popitem_last {
            return Some(self.ordered_dict_method(dict, key, value, name, call, span));
        }
        let counter_method =
            matches!(name, "most_common" | "elements" | "total" | "subtract") || (name == "update" && value == Ty::Int);
        if name != "copy" && !counter_method {
            return None;
        }
        Some(self.dict_flavor_method_call(dict, key, value, name, call, span))
    }

    fn dict_flavor_method_call(&mut self, dict: &Expr, key: Ty, value: Ty, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if name != "copy" && name != "update" && value != Ty::Int {
            let msg = format!("'dict' object has no attribute '{name}' (a {} cannot be a Counter)", dict.ty);
            return self.reject_call(call, span, msg);
        }
        let qualified = format!("Counter.{name}");
        let op = |op: DictFlavorOp, args: Vec<Expr>, ty: Ty| obj_op(ObjOp::DictFlavor(op), args, ty, span);
        match name {
            "copy" | "total" => {
                let what = if name == "copy" { "dict.copy" } else { "Counter.total" };
                if self.method_args(call, span, what, &[], 0).is_none() {
                    return Self::error_expr(span);
                }
                if name == "copy" {
                    op(DictFlavorOp::Copy, vec![dict.clone()], dict.ty)
                } else {
                    op(DictFlavorOp::Total, vec![dict.clone()], Ty::Int)
                }
            }
            "elements" => {
                let msg = "Counter.elements() is supported only where it is iterated (a for loop, list(), sorted(), ...)";
                self.reject_call(call, span, msg.to_string())
            }
            "most_common" => {
                let pairs = Ty::list(Ty::tuple(&[key, Ty::Int]));
                if let [ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. })] = call.args.as_slice() {
                    return op(DictFlavorOp::MostCommon, vec![dict.clone()], pairs);
                }
                let Some(mut args) = self.method_args(call, span, &qualified, &[Some(Ty::Int)], 0) else {
                    return Self::error_expr(span);
                };
                args.insert(0, dict.clone());
                op(DictFlavorOp::MostCommon, args, pairs)
            }
            // `update`/`subtract` of an iterable of keys, or of a mapping.
            _ => {
                let subtract = name == "subtract";
                if self.positional(call, &qualified).is_none() || self.arity(call, span, &qualified, 1, 1).is_none() {
                    return self.reject_call(call, span, String::new());
                }
                let Some(items) = self.consumed_arg(&call.args[0], &format!("{qualified}()")) else {
                    return Self::error_expr(span);
                };
                if items.ty == dict.ty {
                    // `dict.update` (which adds counts on a Counter), `Counter.subtract`.
                    return if subtract {
                        op(DictFlavorOp::SubtractMapping, vec![dict.clone(), items], Ty::None)
                    } else {
                        obj_op(ObjOp::Dict(crate::hir::DictOp::Update), vec![dict.clone(), items], Ty::None, span)
                    };
                }
                let found = items.ty.iter_elem().unwrap_or(Ty::Unknown);
                if found != key || matches!(items.ty, Ty::Dict(..)) {
                    let msg = format!("{qualified}() of a Counter[{key}] takes {key} elements or a {}, not a {}", dict.ty, items.ty);
                    self.error(items.span, msg);
                    return Self::error_expr(span);
                }
                let list = self.as_list(items);
                op(DictFlavorOp::AddElements { subtract }, vec![dict.clone(), list], Ty::None)
            }
        }
    }

    /// `od.move_to_end(key, last=True)` and `od.popitem(last=True)` given
    /// an argument (without one, `popitem` is `dict.popitem`).
    fn ordered_dict_method(&mut self, dict: &Expr, key: Ty, value: Ty, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let qualified = format!("OrderedDict.{name}");
        let Some(keywords) = self.keywords(call, &qualified, &["last"]) else {
            return self.reject_call(call, span, String::new());
        };
        let (min, max) = if name == "move_to_end" { (1, 2) } else { (0, 1) };
        let n = call.args.len() + keywords.len();
        if call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return self.reject_call(call, span, "star arguments are not supported yet".to_string());
        }
        if n < min || n > max {
            let msg = format!("{qualified}() takes from {min} to {max} arguments ({n} given)");
            return self.reject_call(call, span, msg);
        }
        let mut args = vec![dict.clone()];
        if name == "move_to_end" {
            let Some(k) = call.args.first() else {
                return self.reject_call(call, span, format!("{qualified}() missing required argument 'key'"));
            };
            let Some(k) = self.key_arg(k, &qualified, key) else { return Self::error_expr(span) };
            args.push(k);
        }
        let last_positional = call.args.get(min);
        let last = match (last_positional, keywords.first().map(|(_, e)| *e)) {
            (Some(e), None) | (None, Some(e)) => {
                // Any value, by its truth, as CPython takes it.
                let flag = self.condition(e);
                let flag = match flag.ty {
                    Ty::Bool | Ty::Unknown => flag,
                    _ => crate::checker::convert(crate::hir::Conversion::Truth, flag, Ty::Bool),
                };
                crate::expr::to_int(flag)
            }
            (Some(_), Some(_)) => {
                let msg = format!("argument for {qualified}() given by name ('last') and position ({})", min + 1);
                return self.reject_call(call, span, msg);
            }
            (None, None) => Self::const_expr(crate::hir::Const::Int(1), span),
        };
        args.push(last);
        if name == "move_to_end" {
            return obj_op(ObjOp::DictFlavor(DictFlavorOp::MoveToEnd), args, Ty::None, span);
        }
        let positional = last_positional.is_some();
        obj_op(ObjOp::DictFlavor(DictFlavorOp::PopItemLast { positional }), args, Ty::tuple(&[key, value]), span)
    }

    /// The key argument of `move_to_end`, which must be a `K`.
    fn key_arg(&mut self, arg: &ast::Expr, qualified: &str, key: Ty) -> Option<Expr> {
        let k = self.value(arg, Some(key));
        let k = match key {
            Ty::Int => crate::expr::to_int(k),
            Ty::Float if matches!(k.ty, Ty::Int | Ty::Bool) => crate::expr::to_float(k),
            _ => k,
        };
        if k.ty == Ty::Unknown {
            return None;
        }
        if k.ty != key && !crate::class_expr::fits_as_is(&self.env.classes, k.ty, key) {
            self.error(k.span, format!("argument 1 of {qualified}() has type {}, expected {key}", k.ty));
            return None;
        }
        Some(k)
    }

    /// `c.elements()` as the iterable of a loop or a consuming builtin;
    /// `None` when `call` is not one.
    pub(crate) fn counter_elements_iterable(&mut self, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        let ast::Expr::Attribute(a) = &*call.func else { return None };
        if a.attr.as_str() != "elements" {
            return None;
        }
        let receiver = self.value(&a.value, None);
        // Not a possible Counter: checked again as an ordinary call.
        let Ty::Dict(key, Ty::Int) = receiver.ty else { return None };
        if !call.args.is_empty() || !call.keywords.is_empty() {
            return Some(self.reject_call(call, span, "Counter.elements() takes no arguments".to_string()));
        }
        Some(obj_op(ObjOp::DictFlavor(DictFlavorOp::Elements), vec![receiver], Ty::list(*key), span))
    }

    /// `a op b` of two dicts: Counter arithmetic, or `|` merging (see
    /// `DictFlavorOp::Binary`).
    pub(crate) fn dict_binary(&mut self, op: BinOp, lhs: Expr, rhs: Expr, span: Span) -> Expr {
        let binary = match op {
            BinOp::Add => Some(DictBinary::Add),
            BinOp::Sub => Some(DictBinary::Sub),
            BinOp::BitOr => Some(DictBinary::Or),
            BinOp::BitAnd => Some(DictBinary::And),
            _ => None,
        };
        let counts = matches!(lhs.ty, Ty::Dict(_, Ty::Int));
        match binary {
            Some(b) if lhs.ty == rhs.ty && (counts || b == DictBinary::Or) => {
                let ty = lhs.ty;
                obj_op(ObjOp::DictFlavor(DictFlavorOp::Binary(b)), vec![lhs, rhs], ty, span)
            }
            _ => {
                let msg = format!("unsupported operand types for {}: {} and {}", op.symbol(), lhs.ty, rhs.ty);
                self.unsupported(span, &msg)
            }
        }
    }
}
