//! `range` objects (`Ty::Range`, layout `taipan_abi::range_object`): the
//! bounds are read inline (`FieldGet` of fields 0, 1, 2), everything else is
//! one runtime call (`runtime/src/range_ops.rs`). A loop over a range value
//! reads the three bounds once and runs the counted loop of
//! `for i in range(...)`.

use taipan_ir as ir;
use taipan_ir::{CmpOp, Op, Operand, RuntimeFn, SlotKind};
use taipan_types::hir::{self, ExprKind, ObjOp, RangeOp, Target, Ty};

use taipan_abi::range_object;

use crate::stmt::int;
use crate::FnLowerer;

/// The elements of a range value as the checker gives them to a loop:
/// `ObjOp::ListFromRange` of `[r]`; the range.
pub(crate) fn stored_range(iter: &hir::Expr) -> Option<&hir::Expr> {
    match &iter.kind {
        ExprKind::ObjOp { op: ObjOp::ListFromRange, args } if args.len() == 1 => args.first(),
        _ => None,
    }
}

/// An omitted slice bound (`None`) as the runtime's `i64::MIN`.
fn slice_bound(v: Operand) -> Operand {
    match v {
        Operand::Const(ir::Const::None) => int(i64::MIN),
        other => other,
    }
}

impl FnLowerer<'_, '_> {
    /// Reads field `index` (a bound) of the range object `r`.
    fn range_field(&mut self, r: Operand, index: u32) -> Operand {
        self.b.value(ir::Type::Int, Op::FieldGet { obj: r, index, kind: SlotKind::Int })
    }

    /// `(start, stop, step)` of the range object `r`, read now (a range never
    /// changes, so they stay its bounds).
    pub(crate) fn range_bounds_of(&mut self, r: Operand) -> (Operand, Operand, Operand) {
        (
            self.range_field(r, range_object::START_FIELD),
            self.range_field(r, range_object::STOP_FIELD),
            self.range_field(r, range_object::STEP_FIELD),
        )
    }

    /// An `ObjOp::Range` (see `RangeOp` for the operands).
    pub(crate) fn range_op(&mut self, op: RangeOp, args: &[hir::Expr]) -> Operand {
        let values: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
        let arg = |i: usize| values.get(i).copied().unwrap_or(int(0));
        match op {
            RangeOp::New => self.runtime(RuntimeFn::RangeNew, values, ir::Type::Obj),
            RangeOp::Start => self.range_field(arg(0), range_object::START_FIELD),
            RangeOp::Stop => self.range_field(arg(0), range_object::STOP_FIELD),
            RangeOp::Step => self.range_field(arg(0), range_object::STEP_FIELD),
            RangeOp::Len => self.runtime(RuntimeFn::RangeLength, values, ir::Type::Int),
            RangeOp::GetItem => self.runtime(RuntimeFn::RangeGetItem, values, ir::Type::Int),
            RangeOp::Slice => {
                let bounds = values[1..].iter().map(|v| slice_bound(*v));
                let call_args = std::iter::once(arg(0)).chain(bounds).collect();
                self.runtime(RuntimeFn::RangeSlice, call_args, ir::Type::Obj)
            }
            // `[x, r]`: the item was evaluated first, as in `x in r`.
            RangeOp::Contains => self.runtime(RuntimeFn::RangeContains, vec![arg(1), arg(0)], ir::Type::Bool),
            RangeOp::Index => self.runtime(RuntimeFn::RangeIndex, values, ir::Type::Int),
            RangeOp::Count => self.runtime(RuntimeFn::RangeCount, values, ir::Type::Int),
            RangeOp::Eq => self.runtime(RuntimeFn::RangeEq, values, ir::Type::Bool),
        }
    }

    /// Whether the range object `r` has values (never an overflow, unlike `len`).
    pub(crate) fn range_truth(&mut self, r: Operand) -> Operand {
        let (start, stop, step) = self.range_bounds_of(r);
        let count = self.b.value(ir::Type::Int, Op::CallRuntime { func: RuntimeFn::RangeLen, args: vec![start, stop, step] });
        self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, count, int(0)))
    }

    /// `for name in r` for a range held by a variable: the counted loop of
    /// `for name in range(r.start, r.stop, r.step)`, the bounds read once
    /// before it. `false` (nothing emitted) for other loops; a range that is
    /// not a plain variable is walked by `loops.rs`.
    pub(crate) fn for_stored_range(
        &mut self,
        s: &hir::Stmt,
        target: &Target,
        iter: &hir::Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) -> bool {
        let Some(r) = stored_range(iter) else { return false };
        let Target::Name { target, .. } = target else { return false };
        // Reading the variable three times reads one object: nothing runs in between.
        let plain_read =
            matches!(r.kind, ExprKind::Local { checked: false, .. } | ExprKind::Global { checked: false, .. });
        if !plain_read {
            return false;
        }
        let bound = |op: RangeOp| hir::Expr {
            kind: ExprKind::ObjOp { op: ObjOp::Range(op), args: vec![r.clone()] },
            ty: Ty::Int,
            span: r.span,
        };
        let (start, stop, step) = (bound(RangeOp::Start), bound(RangeOp::Stop), bound(RangeOp::Step));
        self.for_range(s, target, &start, &stop, &step, body, orelse);
        true
    }
}
