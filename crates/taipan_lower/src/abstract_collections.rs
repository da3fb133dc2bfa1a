//! Operations on values of the abstract collection types (`Iterable[T]`,
//! `Collection[T]`, `Sequence[T]`; `taipan_types/src/abstract_collections.rs`):
//! one runtime call each, which dispatches on the object's tag
//! (`runtime/src/iterable_ops.rs`).
//!
//! `iter(x)` gives a generator object (`Ty::Iterator`), so every loop and
//! consumer over it is the generator one (`loops.rs`, `Source::Iterator`):
//! each iteration of an `Iterable` holding a list starts from its first
//! element, as CPython's `for` over a list does, and one holding a generator
//! continues where it stopped.

use taipan_ir as ir;
use taipan_ir::{Operand, RuntimeFn};
use taipan_types::hir::{self, AbstractOp, Ty};

use crate::containers::kind_operand;
use crate::{ir_type, slot_kind, FnLowerer};

/// An omitted slice bound (`None`) as the runtime's `i64::MIN`.
fn slice_bound(v: Operand) -> Operand {
    match v {
        Operand::Const(ir::Const::None) => Operand::Const(ir::Const::Int(i64::MIN)),
        other => other,
    }
}

impl FnLowerer<'_, '_> {
    /// `op` on the operands `args` (the abstract value first, except for
    /// `Contains`: `[item, x]`), giving a value of type `ty`.
    pub fn abstract_op(&mut self, op: AbstractOp, args: &[hir::Expr], ty: Ty) -> Operand {
        let values: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
        let ret = ir_type(ty);
        match op {
            AbstractOp::Iter => {
                let Ty::Iterator(elem) = ty else { return Operand::Const(ir::Const::Null) };
                let class = self.cx.list_iterators.class_id(slot_kind(*elem));
                self.runtime(RuntimeFn::IterableIter, vec![Operand::Const(ir::Const::Int(class.into())), values[0]], ret)
            }
            AbstractOp::Len => self.runtime(RuntimeFn::AbstractLen, values, ret),
            AbstractOp::Contains => {
                let kind = kind_operand(slot_kind(args[0].ty));
                let found = self.runtime(RuntimeFn::AbstractContains, vec![values[1], kind, values[0]], ir::Type::Int);
                self.b.value(ir::Type::Bool, ir::Op::Cmp(ir::CmpOp::Ne, found, Operand::Const(ir::Const::Int(0))))
            }
            AbstractOp::GetItem => self.runtime(RuntimeFn::SequenceGetItem, values, ret),
            AbstractOp::Index | AbstractOp::Count => {
                let func = if op == AbstractOp::Index { RuntimeFn::SequenceIndex } else { RuntimeFn::SequenceCount };
                let kind = kind_operand(slot_kind(args[1].ty));
                self.runtime(func, vec![values[0], kind, values[1]], ret)
            }
            AbstractOp::Slice => {
                let mut call_args = vec![values[0]];
                call_args.extend(values[1..].iter().map(|v| slice_bound(*v)));
                self.runtime(RuntimeFn::SequenceSlice, call_args, ret)
            }
        }
    }
}
