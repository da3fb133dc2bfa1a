//! List, set and dict comprehensions: a new container, then one loop per
//! `for` clause (`loops.rs`), a branch per `if`, and an append / add / store
//! of the element innermost. Temps made inside a loop are released in the
//! same iteration, so the comprehension runs in constant extra memory.

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{self, Comprehension, ComprehensionClause, ComprehensionKind, Target, Ty};

use crate::containers::kind_operand;
use crate::stmt::int;
use crate::{slot_kind, FnLowerer};

impl FnLowerer<'_, '_> {
    pub fn comprehension(&mut self, c: &Comprehension, ty: Ty) -> Operand {
        let result = match ty {
            Ty::List(e) => self.runtime(RuntimeFn::ListNew, vec![kind_operand(slot_kind(*e)), int(0)], ir::Type::Obj),
            Ty::Set(e) => self.runtime(RuntimeFn::SetNew, vec![kind_operand(slot_kind(*e))], ir::Type::Obj),
            Ty::Dict(k, v) => self.runtime(
                RuntimeFn::DictNew,
                vec![kind_operand(slot_kind(*k)), kind_operand(slot_kind(*v))],
                ir::Type::Obj,
            ),
            _ => return Operand::Const(ir::Const::None),
        };
        self.comprehension_clauses(c, 0, result);
        // The comprehension's variables are gone once it ends: drop what they hold.
        for clause in &c.clauses {
            if let ComprehensionClause::For { target, .. } = clause {
                self.release_target(target);
            }
        }
        result
    }

    fn comprehension_clauses(&mut self, c: &Comprehension, i: usize, result: Operand) {
        let mark = self.temp_mark();
        match c.clauses.get(i) {
            None => {
                let element = self.expr(&c.element);
                match c.kind {
                    ComprehensionKind::List => {
                        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![result, element] })
                    }
                    ComprehensionKind::Set => {
                        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::SetAdd, args: vec![result, element] })
                    }
                    ComprehensionKind::Dict => {
                        let value = c.value.as_ref().map_or(Operand::Const(ir::Const::None), |v| self.expr(v));
                        self.b.emit(
                            None,
                            Op::CallRuntime { func: RuntimeFn::DictSetItem, args: vec![result, element, value] },
                        );
                    }
                }
            }
            Some(ComprehensionClause::If(cond)) => {
                let test = self.condition(cond);
                let then_block = self.b.new_block();
                let skip = self.b.new_block();
                self.b.branch(test, then_block, skip);
                self.b.switch_to(then_block);
                self.comprehension_clauses(c, i + 1, result);
                self.b.jump(skip);
                self.b.switch_to(skip);
            }
            Some(ComprehensionClause::For { target, iter }) => {
                let Some(open) = self.begin_loop(iter, |this, elem| this.bind_target(target, elem)) else { return };
                self.comprehension_clauses(c, i + 1, result);
                self.end_loop(open);
            }
        }
        // The iterable of a nested `for` is evaluated once per outer
        // iteration: release it (and the element's temps) before the next.
        self.release_temps(mark);
    }

    /// Drops the references the names of a comprehension target hold.
    fn release_target(&mut self, target: &Target) {
        match target {
            Target::Name { target, .. } => {
                if let hir::Place::Local(id) = target.place {
                    let local = ir::Local(id.0);
                    if self.b.locals[local.index()].ty.is_object() {
                        self.b.emit(None, Op::DecRef(Operand::Local(local)));
                    }
                }
            }
            Target::Tuple { items, .. } | Target::Seq { items, .. } => {
                items.iter().for_each(|t| self.release_target(t))
            }
            Target::Discard => {}
        }
    }
}
