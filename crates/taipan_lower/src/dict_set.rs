//! Dicts, sets and the extra list operations: displays, `ObjOp::Dict`,
//! `ObjOp::Set`, `ObjOp::Seq`, item assignment on dicts, membership and
//! comparisons. Each is one or a few runtime calls (`runtime/src/dict_ops.rs`,
//! `set_ops.rs`, `list_ops.rs`).

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn, UnaryOp};
use taipan_types::hir::{self, DictOp, SeqOp, SetAlgebra, SetOp, Ty};

use crate::containers::kind_operand;
use crate::stmt::int;
use crate::{ir_type, slot_kind, FnLowerer};

/// An omitted slice bound (`None`) as the runtime's `i64::MIN`.
fn slice_bound(v: Operand) -> Operand {
    match v {
        Operand::Const(ir::Const::None) => int(i64::MIN),
        other => other,
    }
}

/// The runtime's code for an ordering comparison: 0 `<`, 1 `<=`, 2 `>`, 3 `>=`.
fn order_code(op: hir::CmpOp) -> i64 {
    match op {
        hir::CmpOp::Lt => 0,
        hir::CmpOp::Le => 1,
        hir::CmpOp::Gt => 2,
        _ => 3,
    }
}

impl FnLowerer<'_, '_> {
    /// `{k: v, ...}`: keys and values evaluated alternately, then stored in
    /// order (a repeated key keeps its first position and its last value).
    pub fn dict_display(&mut self, items: &[(hir::Expr, hir::Expr)], ty: Ty) -> Operand {
        let Ty::Dict(k, v) = ty else { return Operand::Const(ir::Const::None) };
        let values: Vec<(Operand, Operand)> = items.iter().map(|(k, v)| (self.elem_expr(k), self.elem_expr(v))).collect();
        let dict = self.runtime(
            RuntimeFn::DictNew,
            vec![kind_operand(slot_kind(*k)), kind_operand(slot_kind(*v))],
            ir::Type::Obj,
        );
        for (k, v) in values {
            self.b.emit(None, Op::CallRuntime { func: RuntimeFn::DictSetItem, args: vec![dict, k, v] });
        }
        dict
    }

    /// `{a, b, ...}`. CPython builds a display of more than two constants
    /// by merging a frozenset constant into an empty set; the compiler makes
    /// that frozenset by adding the constants in order and then rebuilds it
    /// by adding them again in the first table's iteration order. The table
    /// layouts (so the iteration order) differ from adding the items one by
    /// one, and are reproduced step by step here.
    pub fn set_display(&mut self, items: &[hir::Expr], all_constant: bool, ty: Ty) -> Operand {
        let Ty::Set(e) = ty else { return Operand::Const(ir::Const::None) };
        let values: Vec<Operand> = items.iter().map(|i| self.elem_expr(i)).collect();
        let set = self.runtime(RuntimeFn::SetNew, vec![kind_operand(slot_kind(*e))], ir::Type::Obj);
        for v in values {
            self.b.emit(None, Op::CallRuntime { func: RuntimeFn::SetAdd, args: vec![set, v] });
        }
        if all_constant {
            let order = self.runtime(RuntimeFn::SetToList, vec![set], ir::Type::Obj);
            let frozen = self.runtime(RuntimeFn::SetFromList, vec![order], ir::Type::Obj);
            return self.runtime(RuntimeFn::SetCopy, vec![frozen], ir::Type::Obj);
        }
        set
    }

    /// A runtime call without a result (`None`).
    fn call_void(&mut self, func: RuntimeFn, args: Vec<Operand>) -> Operand {
        self.b.emit(None, Op::CallRuntime { func, args });
        Operand::Const(ir::Const::None)
    }

    /// `ObjOp::Dict`; `values` are the evaluated operands.
    pub fn dict_op(&mut self, op: DictOp, values: &[Operand], ty: Ty) -> Operand {
        let ret = ir_type(ty);
        let v = values.to_vec();
        match op {
            DictOp::GetItem => self.runtime(RuntimeFn::DictGetItem, v, ret),
            // `d.get(k)` of a dict of numbers: boxed, or null (`optional_scalar.rs`).
            DictOp::Get if v.len() == 2 => self.runtime(RuntimeFn::DictGetBoxed, v, ret),
            DictOp::Get => self.runtime(RuntimeFn::DictGet, v, ret),
            DictOp::SetDefault => self.runtime(RuntimeFn::DictSetDefault, v, ret),
            DictOp::Pop => self.runtime(RuntimeFn::DictPop, v, ret),
            DictOp::PopDefault => self.runtime(RuntimeFn::DictPopDefault, v, ret),
            DictOp::PopItem => self.runtime(RuntimeFn::DictPopItem, v, ret),
            DictOp::Update => self.call_void(RuntimeFn::DictUpdate, v),
            DictOp::Clear => self.call_void(RuntimeFn::DictClear, v),
            DictOp::Copy => self.runtime(RuntimeFn::DictCopy, v, ret),
            DictOp::Keys => self.runtime(RuntimeFn::DictKeys, v, ret),
            DictOp::Values => self.runtime(RuntimeFn::DictValues, v, ret),
            DictOp::Items => self.runtime(RuntimeFn::DictItems, v, ret),
            DictOp::DelItem => self.call_void(RuntimeFn::DictDelItem, v),
        }
    }

    /// `ObjOp::Set`.
    pub fn set_op(&mut self, op: SetOp, values: &[Operand], ty: Ty) -> Operand {
        let ret = ir_type(ty);
        let v = values.to_vec();
        match op {
            SetOp::Add => self.call_void(RuntimeFn::SetAdd, v),
            SetOp::Discard => self.call_void(RuntimeFn::SetDiscard, v),
            SetOp::Remove => self.call_void(RuntimeFn::SetRemove, v),
            SetOp::Pop => self.runtime(RuntimeFn::SetPop, v, ret),
            SetOp::Clear => self.call_void(RuntimeFn::SetClear, v),
            SetOp::Copy => self.runtime(RuntimeFn::SetCopy, v, ret),
            SetOp::FromList => self.runtime(RuntimeFn::SetFromList, v, ret),
            SetOp::FromDict => self.runtime(RuntimeFn::SetFromDict, v, ret),
            SetOp::ToList => self.runtime(RuntimeFn::SetToList, v, ret),
            SetOp::Algebra(a) => {
                let func = match a {
                    SetAlgebra::Union => RuntimeFn::SetOr,
                    SetAlgebra::Intersection => RuntimeFn::SetAnd,
                    SetAlgebra::Difference => RuntimeFn::SetSub,
                    SetAlgebra::SymmetricDifference => RuntimeFn::SetXor,
                };
                self.runtime(func, v, ret)
            }
            SetOp::InPlace(a) => {
                let func = match a {
                    SetAlgebra::Union => RuntimeFn::SetIor,
                    SetAlgebra::Intersection => RuntimeFn::SetIand,
                    SetAlgebra::Difference => RuntimeFn::SetIsub,
                    SetAlgebra::SymmetricDifference => RuntimeFn::SetIxor,
                };
                self.b.emit(None, Op::CallRuntime { func, args: v });
                // `s |= t` gives `s` itself (`set.update` gives None).
                if ty == Ty::None {
                    Operand::Const(ir::Const::None)
                } else {
                    values[0]
                }
            }
            SetOp::UpdateList => self.call_void(RuntimeFn::SetUpdateList, v),
            SetOp::UnionList => {
                let copy = self.runtime(RuntimeFn::SetCopy, vec![v[0]], ret);
                self.b.emit(None, Op::CallRuntime { func: RuntimeFn::SetUpdateList, args: vec![copy, v[1]] });
                copy
            }
            SetOp::IntersectionList => self.runtime(RuntimeFn::SetIntersectionList, v, ret),
            SetOp::DifferenceList => {
                let copy = self.runtime(RuntimeFn::SetCopy, vec![v[0]], ret);
                self.b.emit(None, Op::CallRuntime { func: RuntimeFn::SetDifferenceUpdateList, args: vec![copy, v[1]] });
                copy
            }
            SetOp::IsSubset => self.runtime(RuntimeFn::SetIsSubset, v, ret),
            SetOp::IsSuperset => self.runtime(RuntimeFn::SetIsSubset, vec![values[1], values[0]], ret),
            SetOp::IsDisjoint => self.runtime(RuntimeFn::SetIsDisjoint, v, ret),
        }
    }

    /// `ObjOp::Seq`.
    pub fn seq_op(&mut self, op: SeqOp, values: &[Operand], ty: Ty) -> Operand {
        let ret = ir_type(ty);
        let v = values.to_vec();
        match op {
            SeqOp::ListRemove => self.call_void(RuntimeFn::ListRemove, v),
            SeqOp::ListIndex => self.runtime(RuntimeFn::ListIndex, vec![v[0], v[1], int(0), int(i64::MAX)], ret),
            SeqOp::ListCount => self.runtime(RuntimeFn::ListCount, v, ret),
            SeqOp::ListClear => self.call_void(RuntimeFn::ListClear, v),
            SeqOp::ListReverse => self.call_void(RuntimeFn::ListReverse, v),
            SeqOp::ListDelItem => self.call_void(RuntimeFn::ListDelItem, v),
            SeqOp::ListDelSlice => {
                let args = vec![v[0], slice_bound(v[1]), slice_bound(v[2]), slice_bound(v[3])];
                self.call_void(RuntimeFn::ListDelSlice, args)
            }
            SeqOp::ListSetSlice => {
                let args = vec![v[0], slice_bound(v[1]), slice_bound(v[2]), slice_bound(v[3]), v[4]];
                self.call_void(RuntimeFn::ListSetSlice, args)
            }
            SeqOp::ListSort => {
                self.sort_list(v[0], v[1], None);
                Operand::Const(ir::Const::None)
            }
            SeqOp::ListSortKey(key) => {
                self.sort_list(v[0], v[1], Some((key, v[2])));
                Operand::Const(ir::Const::None)
            }
            SeqOp::Sorted | SeqOp::SortedKey(_) => {
                let key = match op {
                    SeqOp::SortedKey(k) => Some((k, v[2])),
                    _ => None,
                };
                let copy = self.runtime(RuntimeFn::ListCopy, vec![v[0]], ir::Type::Obj);
                self.sort_list(copy, v[1], key);
                copy
            }
            SeqOp::MinKey(key) | SeqOp::MaxKey(key) => {
                let func = if matches!(op, SeqOp::MaxKey(_)) { RuntimeFn::ListMaxKey } else { RuntimeFn::ListMinKey };
                let (addr, env, kind) = self.key_operands(key, v[1]);
                let args = vec![v[0], addr, env, kind];
                match v.get(2) {
                    Some(&default) => self.key_min_max_default(func, args, default, ret),
                    None => self.runtime(func, args, ret),
                }
            }
            SeqOp::SumInt => self.runtime(RuntimeFn::ListSumInt, v, ret),
            // Ints kept in a float list sum as ints (`num.rs`).
            SeqOp::SumFloat if self.cx.nums.containers => {
                let start = self.to_type(v[1], ir::Type::Num);
                self.runtime(RuntimeFn::NumListSum, vec![v[0], start], ir::Type::Num)
            }
            SeqOp::SumFloat => self.runtime(RuntimeFn::ListSumFloat, v, ret),
            SeqOp::Min => self.runtime(RuntimeFn::ListMin, v, ret),
            SeqOp::Max => self.runtime(RuntimeFn::ListMax, v, ret),
            SeqOp::ListToTuple => self.runtime(RuntimeFn::ListToTuple, v, ret),
            SeqOp::ExtendInPlace | SeqOp::RepeatInPlace => {
                let func =
                    if op == SeqOp::ExtendInPlace { RuntimeFn::ListExtend } else { RuntimeFn::ListRepeatInPlace };
                self.b.emit(None, Op::CallRuntime { func, args: v });
                // The list itself, as `list.__iadd__` returns it.
                values[0]
            }
            SeqOp::MinDefault | SeqOp::MaxDefault => self.min_max_default(v[0], v[1], ty, op == SeqOp::MaxDefault),
            SeqOp::Reversed => {
                let copy = self.runtime(RuntimeFn::ListCopy, vec![v[0]], ir::Type::Obj);
                self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListReverse, args: vec![copy] });
                copy
            }
            SeqOp::Zip => {
                let Ty::List(Ty::Tuple(fields)) = ty else { return Operand::Const(ir::Const::None) };
                let kinds: Vec<ir::SlotKind> = fields.iter().map(|f| slot_kind(*f)).collect();
                self.zip_lists(&v, &kinds)
            }
            // Lowered by `iter_obj_op` before their operands are evaluated.
            SeqOp::Collect | SeqOp::Enumerate | SeqOp::Any | SeqOp::All | SeqOp::Next | SeqOp::ListIter => {
                Operand::Const(ir::Const::None)
            }
        }
    }

    /// `xs.sort(key=key, reverse=r)`.
    fn sort_list(&mut self, list: Operand, reverse: Operand, key: Option<(hir::KeyFn, Operand)>) {
        let (addr, env, kind) = match key {
            Some((k, env)) => self.key_operands(k, env),
            // Null: no key function.
            None => (Operand::Const(ir::Const::Null), Operand::Const(ir::Const::Null), int(0)),
        };
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListSort, args: vec![list, reverse, addr, env, kind] });
    }

    /// A key function as the runtime takes it: its address, its env (the
    /// tuple of captured values, or null) and its result's slot kind.
    fn key_operands(&mut self, key: hir::KeyFn, env: Operand) -> (Operand, Operand, Operand) {
        let addr = self.b.value(ir::Type::Int, Op::FuncAddr(ir::FuncId(key.func.0)));
        let env = match env {
            Operand::Const(ir::Const::None) => Operand::Const(ir::Const::Null),
            captured => captured,
        };
        (addr, env, kind_operand(slot_kind(key.ty)))
    }

    /// `item in container` for a dict (its keys) or a set; `None` for others.
    pub fn hashed_contains(&mut self, container: Operand, container_ty: Ty, item: Operand) -> Option<Operand> {
        let func = match container_ty {
            Ty::Dict(..) => RuntimeFn::DictContains,
            Ty::Set(_) => RuntimeFn::SetContains,
            _ => return None,
        };
        Some(self.runtime(func, vec![container, item], ir::Type::Bool))
    }

    /// `a op b` for two dicts or two sets; `None` for other types.
    pub fn hashed_compare(&mut self, op: hir::CmpOp, a: Operand, a_ty: Ty, b: Operand) -> Option<Operand> {
        let bool_ty = ir::Type::Bool;
        let eq = match (a_ty, op) {
            (Ty::Dict(..), _) => RuntimeFn::DictEq,
            (Ty::Set(_), hir::CmpOp::Eq | hir::CmpOp::Ne) => RuntimeFn::SetEq,
            (Ty::Set(_), _) => {
                return Some(self.runtime(RuntimeFn::SetCompare, vec![a, b, int(order_code(op))], bool_ty));
            }
            _ => return None,
        };
        let equal = self.runtime(eq, vec![a, b], bool_ty);
        Some(if op == hir::CmpOp::Ne { self.b.value(bool_ty, Op::Unary(UnaryOp::BoolNot, equal)) } else { equal })
    }

    /// `d[k] = v` and `d[k] op= v` (the key is evaluated once; `CurrentItem`
    /// reads `d[k]`, raising `KeyError` when it is missing).
    pub fn dict_set_item(&mut self, dict: &hir::Expr, key: &hir::Expr, value: &hir::Expr, aug: bool) {
        if !aug {
            // Python evaluates the value first, then the dict and the key.
            let v = self.elem_expr(value);
            let d = self.expr(dict);
            let k = self.expr(key);
            self.b.emit(None, Op::CallRuntime { func: RuntimeFn::DictSetItem, args: vec![d, k, v] });
            return;
        }
        let d = self.expr(dict);
        let k = self.expr(key);
        let current = self.runtime(RuntimeFn::DictGetItem, vec![d, k], ir_type(value.ty));
        let saved = self.current_item.replace(current);
        let v = self.elem_expr(value);
        self.current_item = saved;
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::DictSetItem, args: vec![d, k, v] });
    }
}

impl FnLowerer<'_, '_> {
    /// The `SeqOp`s that loop over an iterable (their operand is lowered by
    /// the loop itself); `None` for other ops.
    pub fn iter_obj_op(&mut self, op: hir::ObjOp, args: &[hir::Expr], ty: Ty) -> Option<Operand> {
        let hir::ObjOp::Seq(seq) = op else { return None };
        match seq {
            SeqOp::Collect => {
                let Ty::List(elem) = ty else { return None };
                let list =
                    self.runtime(RuntimeFn::ListNew, vec![kind_operand(slot_kind(*elem)), int(0)], ir::Type::Obj);
                let open = self.begin_loop(&args[0], |this, x| {
                    this.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![list, x] });
                })?;
                self.end_loop(open);
                Some(list)
            }
            SeqOp::Enumerate => {
                let Ty::List(Ty::Tuple([_, elem])) = ty else { return None };
                let list =
                    self.runtime(RuntimeFn::ListNew, vec![kind_operand(ir::SlotKind::Obj), int(0)], ir::Type::Obj);
                let counter = self.b.temp(ir::Type::Int);
                let start = self.expr(&args[1]);
                self.b.copy(counter, start);
                let kind = slot_kind(*elem);
                let open = self.begin_loop(&args[0], |this, x| {
                    let pair = this.new_value(
                        ir::Type::Obj,
                        Op::TupleNew { items: vec![(Operand::Local(counter), ir::SlotKind::Int), (x, kind)] },
                    );
                    this.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![list, pair] });
                    // CPython's counter becomes a big int past 2**63 - 1; ours raises.
                    let next =
                        this.b.value(ir::Type::Int, Op::IntBin(ir::IntBinOp::Add, Operand::Local(counter), int(1)));
                    this.b.copy(counter, next);
                })?;
                self.end_loop(open);
                Some(list)
            }
            SeqOp::Any | SeqOp::All => {
                let elem = args[0].ty.iter_elem()?;
                let is_any = seq == SeqOp::Any;
                let result = self.b.temp(ir::Type::Bool);
                self.b.copy(result, Operand::Const(ir::Const::Bool(!is_any)));
                let decides = self.b.temp(ir::Type::Bool);
                let open = self.begin_loop(&args[0], |this, x| {
                    let t = this.truthy(x, elem);
                    let d = if is_any { t } else { this.b.value(ir::Type::Bool, Op::Unary(UnaryOp::BoolNot, t)) };
                    this.b.copy(decides, d);
                })?;
                let found = self.b.new_block();
                let next = self.b.new_block();
                let exit = self.b.new_block();
                self.b.branch(Operand::Local(decides), found, next);
                self.b.switch_to(found);
                self.b.copy(result, Operand::Const(ir::Const::Bool(is_any)));
                self.b.jump(exit);
                self.b.switch_to(next);
                self.end_loop(open);
                self.b.jump(exit);
                self.b.switch_to(exit);
                Some(Operand::Local(result))
            }
            _ => None,
        }
    }

    /// `zip(a, b, ...)` of lists: tuples of the elements at each index below
    /// the shortest length.
    pub fn zip_lists(&mut self, lists: &[Operand], kinds: &[ir::SlotKind]) -> Operand {
        let result = self.runtime(RuntimeFn::ListNew, vec![kind_operand(ir::SlotKind::Obj), int(0)], ir::Type::Obj);
        let index = self.b.temp(ir::Type::Int);
        self.b.copy(index, int(0));
        let i = Operand::Local(index);
        let head = self.b.new_block();
        let body = self.b.new_block();
        let done = self.b.new_block();
        self.b.jump(head);
        self.b.switch_to(head);
        // The lengths are read at each step, as CPython's zip does.
        let mut more = Operand::Const(ir::Const::Bool(true));
        for l in lists {
            let len = self.b.value(ir::Type::Int, Op::ContainerLen(*l));
            let below = self.b.value(ir::Type::Bool, Op::Cmp(ir::CmpOp::Lt, i, len));
            more = self.select(more, below, Operand::Const(ir::Const::Bool(false)));
        }
        self.b.branch(more, body, done);
        self.b.switch_to(body);
        let mark = self.temp_mark();
        let items: Vec<(Operand, ir::SlotKind)> = lists
            .iter()
            .zip(kinds)
            .map(|(l, k)| {
                let ty = match k {
                    ir::SlotKind::Int => ir::Type::Int,
                    ir::SlotKind::Float => ir::Type::Float,
                    ir::SlotKind::Num => ir::Type::Num,
                    ir::SlotKind::Bool => ir::Type::Bool,
                    ir::SlotKind::None => ir::Type::None,
                    ir::SlotKind::Obj => ir::Type::Obj,
                };
                let v = self.borrowed_value(ty, Op::ListGet { list: *l, index: i, kind: *k, checked: false });
                (v, *k)
            })
            .collect();
        let tuple = self.new_value(ir::Type::Obj, Op::TupleNew { items });
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![result, tuple] });
        self.release_temps(mark);
        let next = self.b.value(ir::Type::Int, Op::IntBin(ir::IntBinOp::AddUnchecked, i, int(1)));
        self.b.copy(index, next);
        self.b.jump(head);
        self.b.switch_to(done);
        result
    }

    /// `min(xs, [key=f,] default=d)` / `max(...)` of a list: `d` when `xs`
    /// is empty, else the runtime call `func(args)` (`args[0]` is `xs`).
    fn key_min_max_default(&mut self, func: RuntimeFn, args: Vec<Operand>, default: Operand, ret: ir::Type) -> Operand {
        let result = self.b.temp(ret);
        let len = self.b.value(ir::Type::Int, Op::ContainerLen(args[0]));
        let empty = self.b.value(ir::Type::Bool, Op::Cmp(ir::CmpOp::Eq, len, int(0)));
        let (empty_block, full_block, join) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
        self.b.branch(empty, empty_block, full_block);
        self.b.switch_to(empty_block);
        if ret.is_object() {
            self.b.emit(None, Op::IncRef(default));
        }
        self.b.copy(result, default);
        self.b.jump(join);
        self.b.switch_to(full_block);
        // A new reference, moved into the result.
        self.b.emit(Some(result), Op::CallRuntime { func, args });
        self.b.jump(join);
        self.b.switch_to(join);
        if ret.is_object() {
            self.temps.push(result);
        }
        Operand::Local(result)
    }

    /// `min(xs, default=d)` / `max(...)`: `d` for an empty list.
    pub fn min_max_default(&mut self, list: Operand, default: Operand, ty: Ty, is_max: bool) -> Operand {
        let func = if is_max { RuntimeFn::ListMax } else { RuntimeFn::ListMin };
        self.key_min_max_default(func, vec![list], default, ir_type(ty))
    }
}
