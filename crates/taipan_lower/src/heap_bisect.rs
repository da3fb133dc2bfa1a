//! `ObjOp::HeapBisect`: the `heapq` and `bisect` functions, one runtime call
//! each (`runtime/src/list_ops/heap.rs`, `bisect.rs`); `nsmallest`/`nlargest`
//! are a sorted copy cut to length, which is what CPython documents them to
//! equal.

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{HeapBisectOp, SeqOp, Ty};

use crate::{ir_type, FnLowerer};

impl FnLowerer<'_, '_> {
    /// `ObjOp::HeapBisect`; `values` are the evaluated operands.
    pub fn heap_bisect_op(&mut self, op: HeapBisectOp, values: &[Operand], ty: Ty) -> Operand {
        let ret = ir_type(ty);
        let v = values.to_vec();
        let flag = |b: bool| Operand::Const(ir::Const::Bool(b));
        match op {
            HeapBisectOp::HeapPush => self.void_runtime_call(RuntimeFn::ListHeapPush, v),
            HeapBisectOp::Heapify => self.void_runtime_call(RuntimeFn::ListHeapify, v),
            HeapBisectOp::HeapPop => self.runtime(RuntimeFn::ListHeapPop, v, ret),
            HeapBisectOp::HeapReplace => self.runtime(RuntimeFn::ListHeapReplace, v, ret),
            HeapBisectOp::HeapPushPop => self.runtime(RuntimeFn::ListHeapPushPop, v, ret),
            HeapBisectOp::NSmallest | HeapBisectOp::NLargest => {
                let reverse = flag(op == HeapBisectOp::NLargest);
                let sorted = self.seq_op(SeqOp::Sorted, &[v[1], reverse], ty);
                self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListTruncate, args: vec![sorted, v[0]] });
                sorted
            }
            HeapBisectOp::NSmallestKey(key) | HeapBisectOp::NLargestKey(key) => {
                let reverse = flag(matches!(op, HeapBisectOp::NLargestKey(_)));
                let sorted = self.seq_op(SeqOp::SortedKey(key), &[v[1], reverse, v[2]], ty);
                self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListTruncate, args: vec![sorted, v[0]] });
                sorted
            }
            HeapBisectOp::Bisect { right } => {
                self.runtime(RuntimeFn::ListBisect, vec![v[0], v[1], v[2], v[3], flag(right)], ret)
            }
            HeapBisectOp::Insort { right } => {
                self.void_runtime_call(RuntimeFn::ListInsort, vec![v[0], v[1], v[2], v[3], flag(right)])
            }
        }
    }

    /// A runtime call without a result (`None`).
    fn void_runtime_call(&mut self, func: RuntimeFn, args: Vec<Operand>) -> Operand {
        self.b.emit(None, Op::CallRuntime { func, args });
        Operand::Const(ir::Const::None)
    }
}
