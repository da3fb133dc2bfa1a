//! `ObjOp::DictFlavor`: making a `defaultdict`, `Counter` or `OrderedDict`
//! (a dict whose header carries its `taipan_abi::DictFlavor`) and their
//! methods, one runtime call each (`runtime/src/dict_ops/flavor.rs`,
//! `ordered.rs`).

use taipan_abi::DictFlavor;
use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{DefaultFactory, DictFlavorOp, Ty};

use crate::containers::kind_operand;
use crate::stmt::int;
use crate::{ir_type, slot_kind, FnLowerer};

impl FnLowerer<'_, '_> {
    /// `ObjOp::DictFlavor`; `values` are the evaluated operands.
    pub fn dict_flavor_op(&mut self, op: DictFlavorOp, values: &[Operand], ty: Ty) -> Operand {
        let ret = ir_type(ty);
        let v = values.to_vec();
        let void = |this: &mut Self, func: RuntimeFn, args: Vec<Operand>| {
            this.b.emit(None, Op::CallRuntime { func, args });
            Operand::Const(ir::Const::None)
        };
        match op {
            DictFlavorOp::NewDefault(factory) => {
                let Ty::Dict(key, value) = ty else { return Operand::Const(ir::Const::None) };
                let (flavor, inner) = match factory {
                    DefaultFactory::Int => (DictFlavor::DefaultInt, (None, None)),
                    DefaultFactory::Float => (DictFlavor::DefaultFloat, (None, None)),
                    DefaultFactory::Str => (DictFlavor::DefaultStr, (None, None)),
                    DefaultFactory::Bool => (DictFlavor::DefaultBool, (None, None)),
                    DefaultFactory::List => (DictFlavor::DefaultList, (value.iter_elem(), None)),
                    DefaultFactory::Set => (DictFlavor::DefaultSet, (value.iter_elem(), None)),
                    DefaultFactory::Dict => match value {
                        Ty::Dict(k, v) => (DictFlavor::DefaultDict, (Some(**k), Some(**v))),
                        _ => (DictFlavor::DefaultDict, (None, None)),
                    },
                };
                let kind = |t: Option<Ty>| kind_operand(t.map_or(ir::SlotKind::None, slot_kind));
                let args = vec![
                    kind_operand(slot_kind(*key)),
                    kind_operand(slot_kind(*value)),
                    int(flavor as i64),
                    kind(inner.0),
                    kind(inner.1),
                ];
                self.runtime(RuntimeFn::DictNewFlavored, args, ret)
            }
            DictFlavorOp::NewCounter | DictFlavorOp::CounterFromDict => {
                let Ty::Dict(key, _) = ty else { return Operand::Const(ir::Const::None) };
                let args = vec![
                    kind_operand(slot_kind(*key)),
                    kind_operand(ir::SlotKind::Int),
                    int(DictFlavor::Counter as i64),
                    kind_operand(ir::SlotKind::None),
                    kind_operand(ir::SlotKind::None),
                ];
                let counter = self.runtime(RuntimeFn::DictNewFlavored, args, ret);
                match (op, v.first()) {
                    (DictFlavorOp::NewCounter, Some(&items)) => {
                        void(self, RuntimeFn::CounterAddElements, vec![counter, items, int(1)]);
                    }
                    // `update` of a Counter adds the counts (here: copies them).
                    (_, Some(&mapping)) => {
                        void(self, RuntimeFn::DictUpdate, vec![counter, mapping]);
                    }
                    _ => {}
                }
                counter
            }
            DictFlavorOp::NewOrdered => {
                let Ty::Dict(key, value) = ty else { return Operand::Const(ir::Const::None) };
                let args = vec![
                    kind_operand(slot_kind(*key)),
                    kind_operand(slot_kind(*value)),
                    int(DictFlavor::Ordered as i64),
                    kind_operand(ir::SlotKind::None),
                    kind_operand(ir::SlotKind::None),
                ];
                let ordered = self.runtime(RuntimeFn::DictNewFlavored, args, ret);
                if let Some(&items) = v.first() {
                    void(self, RuntimeFn::DictUpdate, vec![ordered, items]);
                }
                ordered
            }
            DictFlavorOp::MoveToEnd => void(self, RuntimeFn::OrderedMoveToEnd, v),
            DictFlavorOp::PopItemLast { positional } => {
                self.runtime(RuntimeFn::OrderedPopItem, vec![v[0], v[1], int(i64::from(positional))], ret)
            }
            DictFlavorOp::Copy => self.runtime(RuntimeFn::DictCopyFlavored, v, ret),
            DictFlavorOp::AddElements { subtract } => {
                void(self, RuntimeFn::CounterAddElements, vec![v[0], v[1], int(if subtract { -1 } else { 1 })])
            }
            DictFlavorOp::SubtractMapping => void(self, RuntimeFn::CounterSubtract, v),
            DictFlavorOp::MostCommon => {
                // No `n` (or `None`): all of them.
                let n = v.get(1).copied().unwrap_or(int(i64::MIN));
                self.runtime(RuntimeFn::CounterMostCommon, vec![v[0], n], ret)
            }
            DictFlavorOp::Elements => self.runtime(RuntimeFn::CounterElements, v, ret),
            DictFlavorOp::Total => self.runtime(RuntimeFn::CounterTotal, v, ret),
            DictFlavorOp::Binary(b) => self.runtime(RuntimeFn::DictBinary, vec![v[0], v[1], int(b as i64)], ret),
        }
    }
}
