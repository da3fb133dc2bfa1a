//! `min(generator, key=f)` / `max(...)`, with or without `default=`, run
//! element by element as CPython's `min_max` does: each element is
//! computed, then its key, then the key is compared with the best one so
//! far, before the next element is computed. A strict improvement replaces
//! the best element, so the first extreme wins.

use taipan_ir as ir;
use taipan_ir::{Op, Operand};
use taipan_types::hir::{self, CmpOp, Comprehension};

use crate::{ir_type, FnLowerer};

impl FnLowerer<'_, '_> {
    /// `min`/`max` of generator `g` with key function `key` (its `env`
    /// operand as the op has it); `default` or `ValueError` when `g` makes
    /// no element. The checker made `default` free of effects.
    pub(crate) fn min_max_key_generated(
        &mut self,
        g: &Comprehension,
        key: hir::KeyFn,
        env: &hir::Expr,
        default: Option<&hir::Expr>,
        is_max: bool,
    ) -> Operand {
        let line = self.b.line;
        let elem_ty = g.element.ty;
        let (elem_ir, key_ir) = (ir_type(elem_ty), ir_type(key.ty));
        let env = match self.expr(env) {
            Operand::Const(ir::Const::None) => Operand::Const(ir::Const::Null),
            captured => captured,
        };
        let best = self.b.temp(elem_ir);
        let best_key = self.b.temp(key_ir);
        let have = self.b.temp(ir::Type::Bool);
        self.b.copy(have, Operand::Const(ir::Const::Bool(false)));
        for (local, ty) in [(best, elem_ir), (best_key, key_ir)] {
            if ty.is_object() {
                self.b.copy(local, Operand::Const(ir::Const::Null));
            }
        }
        self.walk_clauses(&g.clauses, &mut |this| {
            let x = this.expr(&g.element);
            // (The key function's parameter may be a num: `num.rs`.)
            let arg = this.to_type(x, this.param_type(key.func, 1).unwrap_or(ir::Type::Float));
            let k = this.new_value(key_ir, Op::Call { func: ir::FuncId(key.func.0), args: vec![env, arg] });
            let compare = this.b.new_block();
            let take = this.b.new_block();
            let next = this.b.new_block();
            this.b.branch(Operand::Local(have), compare, take);
            this.b.switch_to(compare);
            let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
            let better = this.compare(op, k, key.ty, Operand::Local(best_key), key.ty);
            this.b.branch(better, take, next);
            this.b.switch_to(take);
            this.replace_held(best, x, elem_ir);
            this.replace_held(best_key, k, key_ir);
            this.b.copy(have, Operand::Const(ir::Const::Bool(true)));
            this.b.jump(next);
            this.b.switch_to(next);
        });
        self.release_clause_targets(&g.clauses);
        if key_ir.is_object() {
            self.b.emit(None, Op::DecRef(Operand::Local(best_key)));
        }
        let empty = self.b.new_block();
        let done = self.b.new_block();
        self.b.branch(Operand::Local(have), done, empty);
        self.b.switch_to(empty);
        match default {
            Some(d) => {
                let d = self.expr(d);
                self.replace_held(best, d, elem_ir);
                self.b.jump(done);
            }
            None => {
                // The runtime's `tp_list_min` says the same for an empty list.
                let name = if is_max { "max" } else { "min" };
                let message = Some(self.str_const(&format!("{name}() arg is an empty sequence")));
                self.b.terminate(ir::Terminator::Raise { kind: ir::ExcKind::ValueError, message, line });
            }
        }
        self.b.switch_to(done);
        if elem_ir.is_object() {
            self.temps.push(best);
        }
        Operand::Local(best)
    }

    /// `held = value` where `held` owns a reference (or is null): takes one
    /// to `value` and drops the old one.
    fn replace_held(&mut self, held: ir::Local, value: Operand, ty: ir::Type) {
        if ty.is_object() {
            self.b.emit(None, Op::IncRef(value));
            self.b.emit(None, Op::DecRef(Operand::Local(held)));
        }
        self.b.copy(held, value);
    }
}
