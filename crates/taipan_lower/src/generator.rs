//! The consumers that run a generator expression's clauses around their own
//! work (see `taipan_types/src/generator.rs` for where the checker accepts
//! generators): `for` statements, `any` / `all`, `next`, `list.extend`,
//! `set.update`, and `sum` (which needs no list of the elements). Each
//! element is computed when the consumer needs it, and a consumer that stops
//! early (`break`, the first deciding element of `any`) computes no more.
//! Other consumers take the list of the elements (`ExprKind::Comprehension`
//! as a value).
//!
//! A way out of the innermost element releases what the levels around it
//! hold at that point: the iterables of nested `for` clauses and the
//! element's temps (`temps` from the consumer's mark on), and the clause
//! variables.

use taipan_ir as ir;
use taipan_ir::{ExcKind, FloatBinOp, IntBinOp, Op, Operand, RuntimeFn, UnaryOp};
use taipan_types::hir::{self, Comprehension, ObjOp, SeqOp, SetOp, Target, Ty};

use crate::comprehension::generator_of;
use crate::{ir_type, FnLowerer};

impl FnLowerer<'_, '_> {
    /// `op` fused with its generator operand, if it has one and is a
    /// consumer of this file; `None` otherwise.
    pub fn generator_obj_op(&mut self, op: ObjOp, args: &[hir::Expr], ty: Ty) -> Option<Operand> {
        if let (ObjOp::Seq(SeqOp::Next), Some(Ty::Iterator(_))) = (op, args.first().map(|g| g.ty)) {
            return self.next_of_generator(args, ty);
        }
        if let ObjOp::Seq(SeqOp::Zip) = op {
            if args.iter().any(|a| matches!(a.ty, Ty::Iterator(_))) {
                return self.zip_of_generators(args, ty);
            }
        }
        if let (ObjOp::Seq(SeqOp::ListIter), [list]) = (op, args) {
            return Some(self.list_iterator(list));
        }
        match (op, args) {
            (ObjOp::Seq(seq @ (SeqOp::Any | SeqOp::All)), [gen]) => {
                let g = generator_of(gen)?;
                Some(self.any_all_generated(g, seq == SeqOp::Any))
            }
            (ObjOp::Seq(seq @ (SeqOp::SumInt | SeqOp::SumFloat)), [gen, start]) => {
                let g = generator_of(gen)?;
                Some(self.sum_generated(g, start, seq == SeqOp::SumFloat))
            }
            (ObjOp::Seq(SeqOp::Next), [gen, default @ ..]) => {
                let g = generator_of(gen)?;
                Some(self.next_generated(g, default.first(), ty))
            }
            (ObjOp::Seq(seq @ (SeqOp::MinKey(key) | SeqOp::MaxKey(key))), [gen, env, default @ ..]) => {
                let g = generator_of(gen)?;
                Some(self.min_max_key_generated(g, key, env, default.first(), matches!(seq, SeqOp::MaxKey(_))))
            }
            (ObjOp::ListExtend, [list, gen]) => {
                let g = generator_of(gen)?;
                Some(self.add_generated(list, g, RuntimeFn::ListAppend))
            }
            (ObjOp::Set(SetOp::UpdateList), [set, gen]) => {
                let g = generator_of(gen)?;
                Some(self.add_generated(set, g, RuntimeFn::SetAdd))
            }
            _ => None,
        }
    }

    /// `for target in iter: body else: orelse` where `iter` is a generator
    /// expression or `enumerate()` of one (`g`).
    pub fn for_generated(
        &mut self,
        target: &Target,
        iter: &hir::Expr,
        g: &Comprehension,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        let exit = self.b.new_block();
        let broke = self.b.new_block();
        let mark = self.temp_mark();
        let mut live = Vec::new();
        self.walk_for(target, iter, &mut |this| {
            live = this.temps[mark..].to_vec();
            let next = this.b.new_block();
            this.loop_body(body, next, broke);
            this.b.jump(next);
            this.b.switch_to(next);
        });
        self.stmts(orelse);
        self.b.jump(exit);

        self.b.switch_to(broke);
        self.release_live(&live, g);
        self.b.jump(exit);
        self.b.switch_to(exit);
    }

    /// `any(...)` / `all(...)` of a generator: stops at the first element
    /// that decides.
    fn any_all_generated(&mut self, g: &Comprehension, is_any: bool) -> Operand {
        let result = self.b.temp(ir::Type::Bool);
        self.b.copy(result, Operand::Const(ir::Const::Bool(!is_any)));
        let exit = self.b.new_block();
        let decided = self.b.new_block();
        let mark = self.temp_mark();
        let mut live = Vec::new();
        self.walk_clauses(&g.clauses, &mut |this| {
            let element = this.expr(&g.element);
            let truth = this.truthy(element, g.element.ty);
            let decides = if is_any { truth } else { this.b.value(ir::Type::Bool, Op::Unary(UnaryOp::BoolNot, truth)) };
            live = this.temps[mark..].to_vec();
            let next = this.b.new_block();
            this.b.branch(decides, decided, next);
            this.b.switch_to(next);
        });
        self.release_clause_targets(&g.clauses);
        self.b.jump(exit);

        self.b.switch_to(decided);
        self.release_live(&live, g);
        self.b.copy(result, Operand::Const(ir::Const::Bool(is_any)));
        self.b.jump(exit);
        self.b.switch_to(exit);
        Operand::Local(result)
    }

    /// `next(generator, default)`: the first element (the generator stops
    /// there), else the default, else `StopIteration`. The checker made the
    /// default one without effects, so evaluating it only when needed is
    /// the same as evaluating it first, as CPython does.
    fn next_generated(&mut self, g: &Comprehension, default: Option<&hir::Expr>, ty: Ty) -> Operand {
        let ret = ir_type(ty);
        let line = self.b.line;
        let result = self.b.temp(ret);
        let exit = self.b.new_block();
        let found = self.b.new_block();
        let mark = self.temp_mark();
        let mut live = Vec::new();
        self.walk_clauses(&g.clauses, &mut |this| {
            let element = this.expr(&g.element);
            if ret.is_object() {
                this.b.emit(None, Op::IncRef(element));
            }
            this.b.copy(result, element);
            live = this.temps[mark..].to_vec();
            // The rest of the walk (the latches) is unreachable from here.
            this.b.jump(found);
        });
        self.release_clause_targets(&g.clauses);
        match default {
            Some(d) => {
                let d = self.expr(d);
                if ret.is_object() {
                    self.b.emit(None, Op::IncRef(d));
                }
                self.b.copy(result, d);
                self.b.jump(exit);
            }
            None => self.b.terminate(ir::Terminator::Raise { kind: ExcKind::StopIteration, message: None, line }),
        }

        self.b.switch_to(found);
        self.release_live(&live, g);
        self.b.jump(exit);
        self.b.switch_to(exit);
        if ret.is_object() {
            self.temps.push(result);
        }
        Operand::Local(result)
    }

    /// `sum(..., start)` of a generator: an `int` sum (`OverflowError` as
    /// `int` arithmetic), or a `float` one adding left to right as CPython
    /// 3.11 does, each `int` or `bool` element converted first. The checker
    /// made `start` an `int` or `float` that is evaluated without effects.
    fn sum_generated(&mut self, g: &Comprehension, start: &hir::Expr, float: bool) -> Operand {
        let ty = if float { ir::Type::Float } else { ir::Type::Int };
        let start = self.expr(start);
        let total = self.b.temp(ty);
        self.b.copy(total, start);
        let elem = g.element.ty;
        self.walk_clauses(&g.clauses, &mut |this| {
            let mut x = this.expr(&g.element);
            if elem == Ty::Bool {
                x = this.b.value(ir::Type::Int, Op::Unary(UnaryOp::BoolToInt, x));
            }
            let sum = if float {
                if elem != Ty::Float {
                    x = this.b.value(ir::Type::Float, Op::Unary(UnaryOp::IntToFloat, x));
                }
                Op::FloatBin(FloatBinOp::Add, Operand::Local(total), x)
            } else {
                Op::IntBin(IntBinOp::Add, Operand::Local(total), x)
            };
            let sum = this.b.value(ty, sum);
            this.b.copy(total, sum);
        });
        self.release_clause_targets(&g.clauses);
        Operand::Local(total)
    }

    /// `xs.extend(...)` / `s.update(...)` of a generator: each element is
    /// added (`add`: `ListAppend` or `SetAdd`) as soon as it is made, so
    /// later elements see the earlier ones in the container.
    fn add_generated(&mut self, container: &hir::Expr, g: &Comprehension, add: RuntimeFn) -> Operand {
        let c = self.expr(container);
        // The elements cannot rebind a local, but may call a function that
        // rebinds a global: keep the object the call was made on.
        let c = self.frozen(c);
        self.walk_clauses(&g.clauses, &mut |this| {
            let element = this.expr(&g.element);
            this.b.emit(None, Op::CallRuntime { func: add, args: vec![c, element] });
        });
        self.release_clause_targets(&g.clauses);
        Operand::Const(ir::Const::None)
    }

    /// On a way out of the innermost element: releases the temps `live`
    /// (null-safe) and every clause variable of `g`.
    fn release_live(&mut self, live: &[ir::Local], g: &Comprehension) {
        for t in live.iter().rev() {
            self.b.emit(None, Op::DecRef(Operand::Local(*t)));
        }
        self.release_all_clause_targets(&g.clauses);
    }
}
