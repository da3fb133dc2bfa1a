//! `ObjOp::Deque` and `d[i] = v` on a deque: one runtime call each
//! (`runtime/src/deque_ops.rs`). Length, truthiness, `in`, `==`, orderings
//! and iteration read a deque as a list (`taipan_abi::deque_object`), so
//! they are lowered where lists' are.

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{self, DequeOp, Ty};

use crate::containers::kind_operand;
use crate::{ir_type, slot_kind, FnLowerer};

impl FnLowerer<'_, '_> {
    /// `ObjOp::Deque`; `values` are the evaluated operands.
    pub fn deque_op(&mut self, op: DequeOp, values: &[Operand], ty: Ty) -> Operand {
        let ret = ir_type(ty);
        let flag = |b: bool| Operand::Const(ir::Const::Bool(b));
        let none = Operand::Const(ir::Const::None);
        let void = |this: &mut Self, func: RuntimeFn, args: Vec<Operand>| {
            this.b.emit(None, Op::CallRuntime { func, args });
            Operand::Const(ir::Const::None)
        };
        match op {
            DequeOp::New => {
                let Ty::Deque(elem) = ty else { return none };
                let maxlen = match values[1] {
                    // No bound: the runtime's None.
                    Operand::Const(ir::Const::None) => Operand::Const(ir::Const::Int(i64::MIN)),
                    m => m,
                };
                let d = self.runtime(RuntimeFn::DequeNew, vec![kind_operand(slot_kind(*elem)), maxlen], ret);
                if values[0] != none {
                    void(self, RuntimeFn::DequeExtend, vec![d, values[0], flag(false)]);
                }
                d
            }
            DequeOp::Append { left } => void(self, RuntimeFn::DequeAppend, vec![values[0], values[1], flag(left)]),
            DequeOp::Extend { left } => void(self, RuntimeFn::DequeExtend, vec![values[0], values[1], flag(left)]),
            DequeOp::Pop { left } => self.runtime(RuntimeFn::DequePop, vec![values[0], flag(left)], ret),
            DequeOp::Clear => void(self, RuntimeFn::DequeClear, values.to_vec()),
            DequeOp::Reverse => void(self, RuntimeFn::DequeReverse, values.to_vec()),
            DequeOp::Rotate => void(self, RuntimeFn::DequeRotate, values.to_vec()),
            DequeOp::GetItem => self.runtime(RuntimeFn::DequeGetItem, values.to_vec(), ret),
            // The deque reads as a list.
            DequeOp::Count => self.runtime(RuntimeFn::ListCount, values.to_vec(), ret),
            DequeOp::Maxlen => self.runtime(RuntimeFn::DequeMaxlen, values.to_vec(), ret),
            DequeOp::Remove => void(self, RuntimeFn::DequeRemove, values.to_vec()),
            DequeOp::Index => self.runtime(RuntimeFn::DequeIndex, values.to_vec(), ret),
            DequeOp::Insert => void(self, RuntimeFn::DequeInsert, values.to_vec()),
            DequeOp::Copy => self.runtime(RuntimeFn::DequeCopy, values.to_vec(), ret),
        }
    }

    /// `d[i] = v` (and `d[i] op= v`): the value first, then the deque and the
    /// index, as for lists; an augmented assignment reads the element, then
    /// evaluates the value, then stores (normalising a negative index again,
    /// as CPython's two subscript operations do).
    pub fn deque_set_item(&mut self, d: &hir::Expr, index: &hir::Expr, value: &hir::Expr, elem: Ty, aug: bool) {
        if !aug {
            let v = self.expr(value);
            let dq = self.expr(d);
            let i = self.expr(index);
            self.b.emit(None, Op::CallRuntime { func: RuntimeFn::DequeSetItem, args: vec![dq, i, v] });
            return;
        }
        let dq = self.expr(d);
        let i = self.expr(index);
        let current = self.runtime(RuntimeFn::DequeGetItem, vec![dq, i], ir_type(elem));
        let saved = self.current_item.replace(current);
        let v = self.expr(value);
        self.current_item = saved;
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::DequeSetItem, args: vec![dq, i, v] });
    }
}
