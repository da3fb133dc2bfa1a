//! List, set and dict comprehensions: a new container, then one loop per
//! `for` clause (`loops.rs`), a branch per `if`, and an append / add / store
//! of the element innermost. Temps made inside a loop are released in the
//! same iteration, so the comprehension runs in constant extra memory.
//!
//! The clauses are walked by [`FnLowerer::walk_clauses`], which the fused
//! consumers of generator expressions (`generator.rs`) share: a `for` clause
//! whose iterable is itself a generator expression runs that generator's
//! clauses in place, binding the target to each of its elements, so nothing
//! is built in between and each element is computed only when it is needed.

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{
    self, Comprehension, ComprehensionClause, ComprehensionKind, ExprKind, ObjOp, SeqOp, Target, Ty,
};

use crate::containers::kind_operand;
use crate::stmt::int;
use crate::{slot_kind, FnLowerer};

/// The generator expression `e` is, if it is one.
pub(crate) fn generator_of(e: &hir::Expr) -> Option<&Comprehension> {
    match &e.kind {
        ExprKind::Comprehension(c) if c.kind == ComprehensionKind::Generator => Some(c),
        _ => None,
    }
}

/// The generator a `for` over `iter` runs in place: `iter` itself, or the
/// argument of `enumerate(generator, start)` (with the start).
pub(crate) fn generated_source(iter: &hir::Expr) -> Option<(&Comprehension, Option<&hir::Expr>)> {
    match &iter.kind {
        ExprKind::ObjOp { op: ObjOp::Seq(SeqOp::Enumerate), args } if args.len() == 2 => {
            Some((generator_of(&args[0])?, Some(&args[1])))
        }
        _ => Some((generator_of(iter)?, None)),
    }
}

impl FnLowerer<'_, '_> {
    pub fn comprehension(&mut self, c: &Comprehension, ty: Ty) -> Operand {
        let result = match ty {
            // A generator expression as a value: the list of its elements.
            Ty::List(e) => self.runtime(RuntimeFn::ListNew, vec![kind_operand(slot_kind(*e)), int(0)], ir::Type::Obj),
            Ty::Set(e) => self.runtime(RuntimeFn::SetNew, vec![kind_operand(slot_kind(*e))], ir::Type::Obj),
            Ty::Dict(k, v) => self.runtime(
                RuntimeFn::DictNew,
                vec![kind_operand(slot_kind(*k)), kind_operand(slot_kind(*v))],
                ir::Type::Obj,
            ),
            _ => return Operand::Const(ir::Const::None),
        };
        self.walk_clauses(&c.clauses, &mut |this| {
            let element = this.elem_expr(&c.element);
            match c.kind {
                ComprehensionKind::List | ComprehensionKind::Generator => {
                    this.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![result, element] })
                }
                ComprehensionKind::Set => {
                    this.b.emit(None, Op::CallRuntime { func: RuntimeFn::SetAdd, args: vec![result, element] })
                }
                ComprehensionKind::Dict => {
                    let value = c.value.as_ref().map_or(Operand::Const(ir::Const::None), |v| this.elem_expr(v));
                    this.b.emit(
                        None,
                        Op::CallRuntime { func: RuntimeFn::DictSetItem, args: vec![result, element, value] },
                    );
                }
            }
        });
        // The comprehension's variables are gone once it ends: drop what they hold.
        self.release_clause_targets(&c.clauses);
        result
    }

    /// Lowers `clauses` (outermost first) around `innermost`, which runs once
    /// per combination of their values, with the targets bound. A `for`
    /// clause over a generator expression runs the generator's own clauses
    /// instead of a loop over a built list (see the module doc).
    pub(crate) fn walk_clauses(&mut self, clauses: &[ComprehensionClause], innermost: &mut dyn FnMut(&mut Self)) {
        let mark = self.temp_mark();
        match clauses.split_first() {
            None => innermost(self),
            Some((ComprehensionClause::If(cond), rest)) => {
                let test = self.condition(cond);
                let then_block = self.b.new_block();
                let skip = self.b.new_block();
                self.b.branch(test, then_block, skip);
                self.b.switch_to(then_block);
                self.walk_clauses(rest, innermost);
                self.b.jump(skip);
                self.b.switch_to(skip);
            }
            Some((ComprehensionClause::For { target, iter }, rest)) => {
                self.walk_for(target, iter, &mut |this| this.walk_clauses(rest, &mut *innermost));
            }
        }
        // The iterable of a nested `for` is evaluated once per outer
        // iteration: release it (and the element's temps) before the next.
        self.release_temps(mark);
    }

    /// `for target in iter`, running `body` once per element with the target
    /// bound. A generator expression, or `enumerate()` of one, runs its
    /// clauses here; other iterables get a loop (`loops.rs`).
    pub(crate) fn walk_for(&mut self, target: &Target, iter: &hir::Expr, body: &mut dyn FnMut(&mut Self)) {
        let Some((g, start)) = generated_source(iter) else {
            let Some(open) = self.begin_loop(iter, |this, elem| this.bind_target(target, elem)) else { return };
            body(self);
            self.end_loop(open);
            return;
        };
        // `enumerate(generator, start)`: the count paired with each element.
        let counter = start.map(|start| {
            let start = self.expr(start);
            let counter = self.b.temp(ir::Type::Int);
            self.b.copy(counter, start);
            counter
        });
        self.walk_clauses(&g.clauses, &mut |this| {
            let m = this.temp_mark();
            let mut element = this.expr(&g.element);
            if let Some(c) = counter {
                let count = Operand::Local(c);
                let items = vec![(count, ir::SlotKind::Int), (element, slot_kind(g.element.ty))];
                element = this.new_value(ir::Type::Obj, Op::TupleNew { items });
                // CPython's count becomes a big int past 2**63 - 1; ours raises.
                let next = this.b.value(ir::Type::Int, Op::IntBin(ir::IntBinOp::Add, count, int(1)));
                this.b.copy(c, next);
            }
            this.bind_target(target, element);
            this.release_temps(m);
            body(this);
        });
        self.release_clause_targets(&g.clauses);
    }

    /// Drops the references the targets of `clauses` hold (their own
    /// variables, not those of generators they iterate: see
    /// [`FnLowerer::release_all_clause_targets`]).
    pub(crate) fn release_clause_targets(&mut self, clauses: &[ComprehensionClause]) {
        for clause in clauses {
            if let ComprehensionClause::For { target, .. } = clause {
                self.release_target(target);
            }
        }
    }

    /// Drops the references the targets of `clauses` and of every generator
    /// they iterate hold: on a way out of the innermost element (a `break`,
    /// `any()` deciding), where no level released its own.
    pub(crate) fn release_all_clause_targets(&mut self, clauses: &[ComprehensionClause]) {
        for clause in clauses {
            if let ComprehensionClause::For { target, iter } = clause {
                self.release_target(target);
                if let Some(g) = generator_of(iter) {
                    self.release_all_clause_targets(&g.clauses);
                }
            }
        }
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
