//! `raise`, `try`/`except`/`else`/`finally`, and exception objects.
//!
//! A `try` costs nothing on entry: the blocks of its body name a *dispatch*
//! block as their `on_error` target, so a raising op there branches to it
//! instead of propagating. The dispatch block releases the body's temporaries
//! (every object temp made in the body owns a reference or is null, as the IR's
//! reference rules require), then tests the pending exception against each
//! clause's classes (`tp_exc_matches`) in order; a clause that matches takes the
//! exception as an object (`tp_exc_fetch`, which clears the pending state) into
//! a hidden local, which a bare `raise` raises again. When no clause matches,
//! `Reraise` passes the still-pending exception on to the enclosing target.
//!
//! `finally` is lowered once per way out, as CPython does: inline after the
//! normal end, before each `return`/`break`/`continue` that leaves it (the
//! [`Cleanup`] stack), and once on an exceptional path that saves the
//! pending exception in a local, runs the body and raises it again.

use std::rc::Rc;

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn, Terminator};
use taipan_types::hir::{self, ExcClass, ExcKind, Ty};

use crate::{slot_kind, FnLowerer};

/// Something a `return`, `break` or `continue` must do before it leaves the
/// statement that pushed it.
#[derive(Clone)]
pub(crate) enum Cleanup {
    /// Run a `finally` body, with errors going to `on_error` (the target
    /// outside the `try`).
    Finally { body: Rc<[hir::Stmt]>, loop_depth: usize, on_error: Option<ir::BlockId> },
    /// Leave an `except` clause: release the exception it caught.
    Handler { exc: ir::Local, loop_depth: usize },
}

impl Cleanup {
    fn loop_depth(&self) -> usize {
        match self {
            Cleanup::Finally { loop_depth, .. } | Cleanup::Handler { loop_depth, .. } => *loop_depth,
        }
    }
}

impl FnLowerer<'_, '_> {
    /// `raise exc from cause`, or a bare `raise` (the innermost caught exception).
    pub fn raise_stmt(&mut self, exc: Option<&hir::Expr>, cause: Option<&hir::Expr>) {
        let line = self.b.line;
        let exc = match exc {
            Some(e) => self.expr(e),
            None => match self.innermost_caught() {
                Some(local) => Operand::Local(local),
                // The checker rejects a bare `raise` outside an except clause.
                None => return,
            },
        };
        // The cause only shows in a traceback's earlier sections; CPython still
        // evaluates it.
        if let Some(cause) = cause {
            self.expr(cause);
        }
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::RaiseObject, args: vec![exc] });
        self.b.terminate(Terminator::Reraise { line });
    }

    /// The hidden local holding the exception of the innermost enclosing
    /// `except` clause.
    fn innermost_caught(&self) -> Option<ir::Local> {
        self.cleanups.iter().rev().find_map(|c| match c {
            Cleanup::Handler { exc, .. } => Some(*exc),
            Cleanup::Finally { .. } => None,
        })
    }

    /// `Class(args...)`: the args tuple, then the exception object.
    pub fn exception_new(&mut self, class: ExcClass, args: &[hir::Expr]) -> Operand {
        let items: Vec<(Operand, ir::SlotKind)> = args.iter().map(|a| (self.expr(a), slot_kind(a.ty))).collect();
        let tuple = self.new_value(ir::Type::Obj, Op::TupleNew { items });
        let kind = Operand::Const(ir::Const::Int(class.runtime_id()));
        self.new_value(ir::Type::Obj, Op::CallRuntime { func: RuntimeFn::ExcNew, args: vec![kind, tuple] })
    }

    pub fn try_stmt(
        &mut self,
        body: &[hir::Stmt],
        handlers: &[hir::ExceptHandler],
        orelse: &[hir::Stmt],
        finalbody: &[hir::Stmt],
    ) {
        let line = self.b.line;
        let outer = self.b.on_error;
        let first_temp = self.b.locals.len();
        // Errors in the clauses and in `else` go to the exceptional `finally`
        // path, if there is one; errors in the body go to the clauses first.
        let finally_exc = (!finalbody.is_empty()).then(|| self.b.new_block_in(outer));
        let region_error = finally_exc.or(outer);
        let dispatch = (!handlers.is_empty()).then(|| self.b.new_block_in(region_error));
        let join = self.b.new_block_in(region_error);
        let finally_body: Option<Rc<[hir::Stmt]>> = (!finalbody.is_empty()).then(|| finalbody.into());
        if let Some(body) = &finally_body {
            let loop_depth = self.loops.len();
            self.cleanups.push(Cleanup::Finally { body: body.clone(), loop_depth, on_error: outer });
        }

        self.b.on_error = dispatch.or(region_error);
        let body_block = self.b.new_block();
        self.b.jump(body_block);
        self.b.switch_to(body_block);
        self.stmts(body);
        let body_temps_end = self.b.locals.len();
        self.b.on_error = region_error;
        if self.b.is_open() {
            let else_block = self.b.new_block();
            self.b.jump(else_block);
            self.b.switch_to(else_block);
            self.stmts(orelse);
            self.b.jump(join);
        }

        if let Some(dispatch) = dispatch {
            self.b.switch_to(dispatch);
            self.b.line = line;
            self.release_temps_made_since(first_temp, body_temps_end);
            for handler in handlers {
                self.except_clause(handler, join);
                if !self.b.is_open() {
                    break;
                }
            }
            // No clause matched: the exception goes on.
            self.b.terminate(Terminator::Reraise { line });
        }

        self.b.switch_to(join);
        if let Some(body) = finally_body {
            self.cleanups.pop();
            self.b.on_error = outer;
            let normal = self.b.new_block();
            self.b.jump(normal);
            self.b.switch_to(normal);
            self.stmts(&body);
            let after = self.b.is_open().then(|| {
                let after = self.b.new_block();
                self.b.jump(after);
                after
            });

            // The exceptional path: keep the exception while the body runs
            // (it may raise and catch others), then raise it again.
            if let Some(finally_exc) = finally_exc {
                let temps_end = self.b.locals.len();
                self.b.switch_to(finally_exc);
                self.b.line = line;
                self.release_temps_made_since(first_temp, temps_end);
                let saved = self.b.temp(ir::Type::Obj);
                // A `break`/`continue` in the body leaves the loop with the
                // exception still saved: drop it before saving the next one.
                self.b.emit(None, Op::DecRef(Operand::Local(saved)));
                self.b.emit(Some(saved), Op::CallRuntime { func: RuntimeFn::ExcFetch, args: vec![] });
                self.stmts(&body);
                self.b.line = line;
                self.b.emit(None, Op::CallRuntime { func: RuntimeFn::RaiseObject, args: vec![Operand::Local(saved)] });
                self.b.emit(None, Op::DecRef(Operand::Local(saved)));
                self.b.terminate(Terminator::Reraise { line });
            }
            match after {
                Some(after) => self.b.switch_to(after),
                None => self.b.close(),
            }
        }
        self.b.on_error = outer;
    }

    /// One `except` clause, tested in the dispatch block: on a match its body
    /// runs and goes to `join`; otherwise lowering continues in the block that
    /// tests the next clause.
    fn except_clause(&mut self, handler: &hir::ExceptHandler, join: ir::BlockId) {
        let line = self.line_of(handler.span);
        self.b.line = line;
        let body_block = self.b.new_block();
        if handler.kinds.is_empty() {
            self.b.jump(body_block);
        } else {
            let next = self.b.new_block();
            let mut tests = handler.kinds.iter();
            // `except (A, B)`: A, else B, ...
            while let Some(kind) = tests.next() {
                let kind = Operand::Const(ir::Const::Int(kind.runtime_id()));
                let matches = self.b.value(ir::Type::Bool, Op::CallRuntime { func: RuntimeFn::ExcMatches, args: vec![kind] });
                let otherwise = if tests.len() == 0 { next } else { self.b.new_block() };
                self.b.branch(matches, body_block, otherwise);
                self.b.switch_to(otherwise);
            }
        }
        let after_tests = self.b.current();

        self.b.switch_to(body_block);
        let exc = self.b.temp(ir::Type::Obj);
        self.b.emit(Some(exc), Op::CallRuntime { func: RuntimeFn::ExcFetch, args: vec![] });
        if let Some(target) = &handler.name {
            let ty = match target.place {
                hir::Place::Local(id) | hir::Place::Cell(id) => self.hir_locals[id.index()].ty,
                hir::Place::Global(_) => Ty::Exception(ExcClass::Builtin(ExcKind::BaseException)),
            };
            self.store(target, Operand::Local(exc), ty);
        }
        let loop_depth = self.loops.len();
        self.cleanups.push(Cleanup::Handler { exc, loop_depth });
        self.stmts(&handler.body);
        self.cleanups.pop();
        if self.b.is_open() {
            self.b.emit(None, Op::DecRef(Operand::Local(exc)));
            if let Some(target) = &handler.name {
                self.unbind_handler_name(target);
            }
            self.b.jump(join);
        }
        match after_tests {
            Some(block) => self.b.switch_to(block),
            None => self.b.close(),
        }
    }

    /// The end of `except ... as name`: CPython deletes `name`. A local is
    /// released and marked unbound; a module global keeps its value (the
    /// checker treats it as possibly unbound from here on).
    fn unbind_handler_name(&mut self, target: &hir::AssignTarget) {
        if let hir::Place::Local(id) = target.place {
            let local = ir::Local(id.0);
            self.b.emit(None, Op::DecRef(Operand::Local(local)));
            if let Some(flag) = self.bound_flags[id.index()] {
                self.b.copy(flag, Operand::Const(ir::Const::Bool(false)));
            }
        }
    }

    /// Releases the object temporaries made between two points of lowering
    /// (`DecRef` nulls them, and one that was never set is null already).
    fn release_temps_made_since(&mut self, first: usize, end: usize) {
        let n_user = self.hir_locals.len();
        for index in first.max(n_user)..end {
            if self.b.locals[index].ty.is_object() {
                self.b.emit(None, Op::DecRef(Operand::Local(ir::Local(index as u32))));
            }
        }
    }

    /// Runs the cleanups a `break`/`continue` leaves (those inside the
    /// innermost loop), innermost first.
    pub fn leave_loop_body(&mut self) {
        let depth = self.loops.len();
        self.run_cleanups(|c| c.loop_depth() >= depth);
    }

    /// `return value` through the enclosing cleanups: the value is computed
    /// first and kept in a temporary of its own while `finally` bodies run
    /// (they may rebind the variable it came from).
    pub fn return_through_cleanups(&mut self, value: Option<Operand>) -> Option<Operand> {
        if self.cleanups.is_empty() {
            return value;
        }
        let kept = value.map(|v| {
            let t = self.b.temp(self.ret);
            if self.ret.is_object() {
                self.b.emit(None, Op::IncRef(v));
            }
            self.b.copy(t, v);
            Operand::Local(t)
        });
        self.run_cleanups(|_| true);
        kept
    }

    /// Runs, innermost first, the cleanups for which `leaves` is true (a
    /// suffix of the stack). A `finally` body is lowered with the stack as it
    /// was outside it, so a `return` inside it does not run it again.
    fn run_cleanups(&mut self, leaves: impl Fn(&Cleanup) -> bool) {
        let saved = self.cleanups.clone();
        let saved_on_error = self.b.on_error;
        while let Some(cleanup) = self.cleanups.last().cloned() {
            if !leaves(&cleanup) || !self.b.is_open() {
                break;
            }
            self.cleanups.pop();
            match cleanup {
                Cleanup::Handler { exc, .. } => self.b.emit(None, Op::DecRef(Operand::Local(exc))),
                Cleanup::Finally { body, on_error, .. } => {
                    let line = self.b.line;
                    self.b.on_error = on_error;
                    let block = self.b.new_block();
                    self.b.jump(block);
                    self.b.switch_to(block);
                    let mark = self.temp_mark();
                    self.stmts(&body);
                    self.release_temps(mark);
                    self.b.line = line;
                }
            }
        }
        self.cleanups = saved;
        self.b.on_error = saved_on_error;
    }
}
