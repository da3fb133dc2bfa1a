//! Lists and tuples: displays, `ObjOp`s on sequences, item assignment, and
//! comparisons and truthiness of objects. Which op or runtime function
//! implements each operation is decided here (and in `strings.rs` for str
//! conversions and formatting).

use taipan_ir as ir;
use taipan_ir::{CmpOp, ExcKind, IntBinOp, Op, Operand, RuntimeFn, SlotKind, Terminator, UnaryOp};
use taipan_types::hir::{self, ObjOp, Ty};

use crate::stmt::int;
use crate::{ir_type, slot_kind, FnLowerer};

/// CPython's message for `range()` with a zero step.
pub(crate) const RANGE_STEP_ZERO: &str = "range() arg 3 must not be zero";

/// An optional number or str (optional instances compare by identity or
/// `__eq__`, decided by the checker).
fn is_value_optional(ty: Ty) -> bool {
    matches!(ty, Ty::Optional(inner) if !matches!(inner, Ty::Instance(_))) || ty.is_union()
}

/// A `SlotKind` as the `I64` argument runtime functions take.
pub(crate) fn kind_operand(kind: SlotKind) -> Operand {
    int(kind as i64)
}

/// An omitted slice bound (`None`) as the runtime's `i64::MIN`.
fn slice_bound(v: Operand) -> Operand {
    match v {
        Operand::Const(ir::Const::None) => int(i64::MIN),
        other => other,
    }
}

/// The runtime's code for an ordering comparison: 0 `<`, 1 `<=`, 2 `>`, 3 `>=`.
fn order_code(op: CmpOp) -> i64 {
    match op {
        CmpOp::Lt => 0,
        CmpOp::Le => 1,
        CmpOp::Gt => 2,
        _ => 3,
    }
}

impl FnLowerer<'_, '_> {
    /// `[a, b, ...]`: a new list of the element kind, then each item appended.
    pub fn list_display(&mut self, items: &[hir::Expr], ty: Ty) -> Operand {
        let Ty::List(elem) = ty else { return Operand::Const(ir::Const::None) };
        let values: Vec<Operand> = items.iter().map(|i| self.elem_expr(i)).collect();
        let list = self.runtime(
            RuntimeFn::ListNew,
            vec![kind_operand(slot_kind(*elem)), int(items.len() as i64)],
            ir::Type::Obj,
        );
        for v in values {
            self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![list, v] });
        }
        list
    }

    /// `(a, b, ...)`.
    pub fn tuple_display(&mut self, items: &[hir::Expr]) -> Operand {
        let values: Vec<(Operand, SlotKind)> = items.iter().map(|i| (self.elem_expr(i), slot_kind(i.ty))).collect();
        self.new_value(ir::Type::Obj, Op::TupleNew { items: values })
    }

    /// An operation on sequences (str conversions are in `strings.rs`).
    pub fn obj_op(&mut self, op: ObjOp, args: &[hir::Expr], ty: Ty) -> Operand {
        if let Some(v) = self.str_obj_op(op, args, ty) {
            return v;
        }
        if let Some(v) = self.generator_obj_op(op, args, ty) {
            return v;
        }
        if let Some(v) = self.iter_obj_op(op, args, ty) {
            return v;
        }
        match op {
            ObjOp::Abstract(a) => return self.abstract_op(a, args, ty),
            ObjOp::StrOp(s) => return self.str_op(s, args, ty),
            ObjOp::Divmod => return self.divmod(args),
            ObjOp::ExcNew(kind) => return self.exception_new(kind, args),
            ObjOp::ExcInit => return self.exception_init(args),
            ObjOp::Range(o) => return self.range_op(o, args),
            _ => {}
        }
        let values: Vec<Operand> = args.iter().map(|a| self.elem_expr(a)).collect();
        let arg_ty = |i: usize| args.get(i).map_or(Ty::Unknown, |a| a.ty);
        // A float read from a container that may hold nums is one (`num.rs`).
        let ret = if self.cx.nums.containers && ty == Ty::Float { ir::Type::Num } else { ir_type(ty) };
        match op {
            ObjOp::Len => match arg_ty(0) {
                Ty::Str => self.b.value(ir::Type::Int, Op::StrLen(values[0])),
                _ => self.b.value(ir::Type::Int, Op::ContainerLen(values[0])),
            },
            ObjOp::Concat => {
                let func = match arg_ty(0) {
                    Ty::Str => RuntimeFn::StrConcat,
                    Ty::List(_) => RuntimeFn::ListConcat,
                    _ => RuntimeFn::TupleConcat,
                };
                self.runtime(func, values, ret)
            }
            ObjOp::Repeat | ObjOp::RepeatCountFirst => {
                let (seq, seq_ty, n) = if op == ObjOp::Repeat {
                    (values[0], arg_ty(0), values[1])
                } else {
                    (values[1], arg_ty(1), values[0])
                };
                let func = match seq_ty {
                    Ty::Str => RuntimeFn::StrRepeat,
                    Ty::List(_) => RuntimeFn::ListRepeat,
                    _ => RuntimeFn::TupleRepeat,
                };
                self.runtime(func, vec![seq, n], ret)
            }
            ObjOp::Index => match arg_ty(0) {
                Ty::Str => self.runtime(RuntimeFn::StrGetItem, values, ret),
                Ty::List(_) => {
                    let checked = !self.index_proven(&args[0], &args[1]);
                    self.borrowed_value(ret, Op::ListGet { list: values[0], index: values[1], kind: slot_kind(ty), checked })
                }
                _ => self.runtime(RuntimeFn::TupleGetItem, values, ret),
            },
            ObjOp::TupleField(i) => {
                self.borrowed_value(ret, Op::TupleGet { tuple: values[0], index: i, kind: slot_kind(ty) })
            }
            ObjOp::Slice => {
                let func = match arg_ty(0) {
                    Ty::Str => RuntimeFn::StrSlice,
                    Ty::List(_) => RuntimeFn::ListGetSlice,
                    _ => RuntimeFn::TupleGetSlice,
                };
                let mut call_args = vec![values[0]];
                call_args.extend(values[1..].iter().map(|v| slice_bound(*v)));
                self.runtime(func, call_args, ret)
            }
            ObjOp::Contains => self.contains(values[1], arg_ty(1), values[0], arg_ty(0)),
            ObjOp::ListAppend => self.runtime_void(RuntimeFn::ListAppend, values),
            ObjOp::ListPop => {
                let index = values.get(1).copied().unwrap_or(int(-1));
                self.runtime(RuntimeFn::ListPop, vec![values[0], index], ret)
            }
            ObjOp::ListExtend => self.runtime_void(RuntimeFn::ListExtend, values),
            ObjOp::ListInsert => self.runtime_void(RuntimeFn::ListInsert, values),
            ObjOp::ListCopy => self.runtime(RuntimeFn::ListCopy, values, ret),
            ObjOp::TupleToList => {
                let elem = ty_elem(ty);
                self.runtime(RuntimeFn::TupleToList, vec![values[0], kind_operand(slot_kind(elem))], ret)
            }
            // The elements of a range object (`range_value.rs`).
            ObjOp::ListFromRange if values.len() == 1 => {
                let (start, stop, step) = self.range_bounds_of(values[0]);
                self.list_from_range(start, stop, step)
            }
            ObjOp::ListFromRange => self.list_from_range(values[0], values[1], values[2]),
            ObjOp::ParseInt => {
                let base = values.get(1).copied().unwrap_or(int(10));
                self.runtime(RuntimeFn::StrToInt, vec![values[0], base], ret)
            }
            ObjOp::PowMod => self.runtime(RuntimeFn::IntPowMod, values, ret),
            ObjOp::ParseFloat => self.runtime(RuntimeFn::StrToFloat, values, ret),
            ObjOp::ExcArgs => self.runtime(RuntimeFn::ExcArgs, values, ret),
            ObjOp::ExcIsInstance => self.runtime(RuntimeFn::ExcIsInstance, values, ret),
            ObjOp::TypeName => self.runtime(RuntimeFn::TypeName, values, ret),
            ObjOp::TypeCode => self.runtime(RuntimeFn::TypeCode, values, ret),
            // `BaseException.__str__`: the runtime's text, whatever the class's `__str__`.
            ObjOp::ExcBaseStr => self.runtime(RuntimeFn::StrSlot, vec![kind_operand(ir::SlotKind::Obj), values[0]], ret),
            ObjOp::Dict(d) => self.dict_op(d, &values, ty),
            ObjOp::Set(o) => self.set_op(o, &values, ty),
            ObjOp::Seq(o) => self.seq_op(o, &values, ty),
            ObjOp::HeapBisect(o) => self.heap_bisect_op(o, &values, ty),
            ObjOp::Deque(o) => self.deque_op(o, &values, ty),
            ObjOp::DictFlavor(o) => self.dict_flavor_op(o, &values, ty),
            // Handled by `str_obj_op`.
            ObjOp::Str | ObjOp::Repr | ObjOp::Ascii | ObjOp::Format => Operand::Const(ir::Const::None),
            // Handled above.
            ObjOp::StrOp(_) | ObjOp::Divmod | ObjOp::ExcNew(_) | ObjOp::ExcInit | ObjOp::Abstract(_) | ObjOp::Range(_) => {
                Operand::Const(ir::Const::None)
            }
        }
    }

    /// A runtime call without a result (`None`).
    fn runtime_void(&mut self, func: RuntimeFn, args: Vec<Operand>) -> Operand {
        self.b.emit(None, Op::CallRuntime { func, args });
        Operand::Const(ir::Const::None)
    }

    /// `item in container`, as a `bool`.
    pub fn contains(&mut self, container: Operand, container_ty: Ty, item: Operand, item_ty: Ty) -> Operand {
        if let Some(found) = self.hashed_contains(container, container_ty, item) {
            return found;
        }
        match container_ty {
            Ty::Str => self.runtime(RuntimeFn::StrContains, vec![container, item], ir::Type::Bool),
            // A deque's layout starts as a list's (`deque_object`).
            Ty::List(_) | Ty::Deque(_) => self.runtime(RuntimeFn::ListContains, vec![container, item], ir::Type::Bool),
            _ => self.runtime(
                RuntimeFn::TupleContains,
                vec![container, kind_operand(slot_kind(item_ty)), item],
                ir::Type::Bool,
            ),
        }
    }

    /// `a op b` for two objects of type `ty` (the checker allows str, list and
    /// tuple), and `in` / `not in`.
    pub fn compare_objects(&mut self, op: hir::CmpOp, a: Operand, a_ty: Ty, b: Operand, b_ty: Ty) -> Operand {
        let bool_ty = ir::Type::Bool;
        let negate = |this: &mut Self, v: Operand| this.b.value(bool_ty, Op::Unary(UnaryOp::BoolNot, v));
        match op {
            hir::CmpOp::In => return self.contains(b, b_ty, a, a_ty),
            hir::CmpOp::NotIn => {
                let c = self.contains(b, b_ty, a, a_ty);
                return negate(self, c);
            }
            // Two optional numbers or strs (the checker made both operands
            // the optional type): the runtime's equality of values, which
            // sees null as None and through boxes.
            // An abstract collection (`Sequence[T]`...) and a collection: the
            // runtime's `==`, by the objects' tags and elements.
            hir::CmpOp::Eq | hir::CmpOp::Ne
                if is_value_optional(a_ty)
                    || is_value_optional(b_ty)
                    || matches!(a_ty, Ty::Abstract(..))
                    || matches!(b_ty, Ty::Abstract(..)) =>
            {
                let kind = kind_operand(ir::SlotKind::Obj);
                let eq = self.runtime(RuntimeFn::EqSlot, vec![kind, a, b], bool_ty);
                return if op == hir::CmpOp::Eq { eq } else { negate(self, eq) };
            }
            // Two instances whose `__eq__` may return `NotImplemented` (the
            // checker leaves only those here): the runtime's `==`, which
            // calls the methods as CPython does and falls back to identity.
            hir::CmpOp::Eq | hir::CmpOp::Ne if matches!(a_ty, Ty::Instance(_)) && matches!(b_ty, Ty::Instance(_)) => {
                let func = if op == hir::CmpOp::Eq { RuntimeFn::InstanceEq } else { RuntimeFn::InstanceNe };
                let eq = self.runtime(func, vec![a, b], ir::Type::Int);
                return self.b.value(bool_ty, Op::Unary(UnaryOp::IntToBool, eq));
            }
            // Two instances whose ordering methods the run-time classes pick
            // (the checker leaves only those here): CPython's
            // `do_richcompare` in the runtime, `TypeError` when all decline.
            hir::CmpOp::Lt | hir::CmpOp::Le | hir::CmpOp::Gt | hir::CmpOp::Ge
                if matches!(a_ty, Ty::Instance(_)) && matches!(b_ty, Ty::Instance(_)) =>
            {
                let code = int(order_code(crate::expr::cmp_op(op)));
                let answer = self.runtime(RuntimeFn::CompareSlot, vec![kind_operand(ir::SlotKind::Obj), a, b, code], ir::Type::Int);
                return self.b.value(bool_ty, Op::Unary(UnaryOp::IntToBool, answer));
            }
            _ if matches!(a_ty, Ty::Dict(..) | Ty::Set(_)) => {
                if let Some(answer) = self.hashed_compare(op, a, a_ty, b) {
                    return answer;
                }
            }
            hir::CmpOp::Eq | hir::CmpOp::Ne => {
                let func = match a_ty {
                    Ty::Str => RuntimeFn::StrEq,
                    Ty::List(_) | Ty::Deque(_) => RuntimeFn::ListEq,
                    _ => RuntimeFn::TupleEq,
                };
                let eq = self.runtime(func, vec![a, b], bool_ty);
                return if op == hir::CmpOp::Eq { eq } else { negate(self, eq) };
            }
            _ => {}
        }
        let cmp = crate::expr::cmp_op(op);
        match a_ty {
            Ty::Str => {
                let order = self.runtime(RuntimeFn::StrCompare, vec![a, b], ir::Type::Int);
                self.b.value(bool_ty, Op::Cmp(cmp, order, int(0)))
            }
            _ => {
                let func =
                    if matches!(a_ty, Ty::List(_) | Ty::Deque(_)) { RuntimeFn::ListCompare } else { RuntimeFn::TupleCompare };
                let answer = self.runtime(func, vec![a, b, int(order_code(cmp))], ir::Type::Int);
                self.b.value(bool_ty, Op::Cmp(CmpOp::Ne, answer, int(0)))
            }
        }
    }

    /// Truthiness of an object: a non-empty str or container.
    /// Whether an instance of static class `c` may have a `__bool__`/`__len__`.
    fn custom_truth(&self, ty: Ty) -> bool {
        match ty.without_none() {
            Ty::Instance(c) => self.cx.classes.get(c.index as usize).is_some_and(|k| k.runtime.custom_truth),
            _ => false,
        }
    }

    pub fn object_truthy(&mut self, value: Operand, ty: Ty) -> Operand {
        let len = match ty {
            Ty::Str => return self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::StrToBool, value)),
            Ty::Range => return self.range_truth(value),
            // The checker calls `__bool__`/`__len__` of a class it knows
            // directly; the truth lowering meets (`any`/`all` of instances)
            // asks the runtime, which calls them back (null: false).
            Ty::Instance(_) | Ty::Optional(Ty::Instance(_)) if self.custom_truth(ty) => {
                let truth = self.b.value(ir::Type::Int, Op::CallRuntime { func: RuntimeFn::InstanceTruth, args: vec![value] });
                return self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::IntToBool, truth));
            }
            // A union: by its run-time type (`tp_truth_obj`, null false).
            Ty::Union(_) => {
                let truth = self.runtime(RuntimeFn::TruthObj, vec![value], ir::Type::Int);
                return self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::IntToBool, truth));
            }
            // By the object's tag (`iterable_ops.rs`).
            Ty::Abstract(..) => self.runtime(RuntimeFn::AbstractTruth, vec![value], ir::Type::Int),
            // Every other instance is true, and so is every generator object.
            Ty::Instance(_) | Ty::Iterator(_) => return Operand::Const(ir::Const::Bool(true)),
            Ty::Optional(inner) => {
                let null = self.b.value(ir::Type::Bool, Op::IsNull(value));
                let some = self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::BoolNot, null));
                if let Ty::Instance(_) | Ty::Iterator(_) = *inner {
                    return some;
                }
                // A str or container: also its own truth, tested only when not None.
                let result = self.b.temp(ir::Type::Bool);
                self.b.copy(result, Operand::Const(ir::Const::Bool(false)));
                let (test, join) = (self.b.new_block(), self.b.new_block());
                self.b.branch(some, test, join);
                self.b.switch_to(test);
                let truth = if inner.is_number() {
                    let number = self.unbox_number(value, *inner);
                    self.truthy(number, *inner)
                } else {
                    self.truthy(value, *inner)
                };
                self.b.copy(result, truth);
                self.b.jump(join);
                self.b.switch_to(join);
                return Operand::Local(result);
            }
            _ => self.b.value(ir::Type::Int, Op::ContainerLen(value)),
        };
        self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, len, int(0)))
    }

    /// `container[index] = value` (and `op=`, reading `CurrentItem`). Python
    /// evaluates a plain assignment's value first, then the container and index.
    pub fn set_item(&mut self, container: &hir::Expr, index: &hir::Expr, value: &hir::Expr, aug: bool) {
        if let Ty::Dict(..) = container.ty {
            return self.dict_set_item(container, index, value, aug);
        }
        if let Ty::Deque(elem) = container.ty {
            return self.deque_set_item(container, index, value, *elem, aug);
        }
        let Ty::List(elem) = container.ty else { return };
        let kind = slot_kind(*elem);
        let checked = !self.index_proven(container, index);
        if !aug {
            let v = self.elem_expr(value);
            let list = self.expr(container);
            let i = self.expr(index);
            self.b.emit(None, Op::ListSet { list, index: i, value: v, kind, checked });
            return;
        }
        let list = self.expr(container);
        let i = self.expr(index);
        let current =
            self.borrowed_value(ir_type(*elem), Op::ListGet { list, index: i, kind, checked });
        let saved = self.current_item.replace(current);
        let v = self.elem_expr(value);
        self.current_item = saved;
        self.b.emit(None, Op::ListSet { list, index: i, value: v, kind, checked });
    }

    /// Raises CPython's `ValueError` unless `step` (an `Int`) is non-zero.
    pub fn check_range_step(&mut self, step: Operand) {
        if let Operand::Const(ir::Const::Int(n)) = step {
            if n != 0 {
                return;
            }
        }
        let line = self.b.line;
        let is_zero = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Eq, step, int(0)));
        let zero_block = self.b.new_block();
        let ok_block = self.b.new_block();
        self.b.branch(is_zero, zero_block, ok_block);
        self.b.switch_to(zero_block);
        let message = self.str_const(RANGE_STEP_ZERO);
        self.b.terminate(Terminator::Raise { kind: ExcKind::ValueError, message: Some(message), line });
        self.b.switch_to(ok_block);
    }

    /// `list(range(start, stop, step))`.
    fn list_from_range(&mut self, start: Operand, stop: Operand, step: Operand) -> Operand {
        let line = self.b.line;
        let list = self.runtime(RuntimeFn::ListNew, vec![kind_operand(SlotKind::Int), int(0)], ir::Type::Obj);
        let is_zero = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Eq, step, int(0)));
        let zero_block = self.b.new_block();
        let start_block = self.b.new_block();
        self.b.branch(is_zero, zero_block, start_block);
        self.b.switch_to(zero_block);
        let message = self.str_const(RANGE_STEP_ZERO);
        self.b.terminate(Terminator::Raise { kind: ExcKind::ValueError, message: Some(message), line });
        self.b.switch_to(start_block);
        let positive = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Gt, step, int(0)));
        let counter = self.b.temp(ir::Type::Int);
        self.b.copy(counter, start);
        let counter_op = Operand::Local(counter);
        let head = self.b.new_block();
        let body = self.b.new_block();
        let exit = self.b.new_block();
        self.b.jump(head);
        self.b.switch_to(head);
        let below = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Lt, counter_op, stop));
        let above = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Gt, counter_op, stop));
        let more = self.select(positive, below, above);
        self.b.branch(more, body, exit);
        self.b.switch_to(body);
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![list, counter_op] });
        // A sum that wraps has passed the end of the range (as in `for_range`).
        let next = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::AddUnchecked, counter_op, step));
        let no_wrap_up = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Gt, next, counter_op));
        let no_wrap_down = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Lt, next, counter_op));
        let no_wrap = self.select(positive, no_wrap_up, no_wrap_down);
        self.b.copy(counter, next);
        self.b.branch(no_wrap, head, exit);
        self.b.switch_to(exit);
        list
    }
}

/// The element type of a `list[T]`.
fn ty_elem(ty: Ty) -> Ty {
    match ty {
        Ty::List(e) => *e,
        _ => Ty::Unknown,
    }
}
