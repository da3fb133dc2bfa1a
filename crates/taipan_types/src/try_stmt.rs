//! `raise` and `try`/`except`/`else`/`finally`.
//!
//! Definite assignment through a `try`: the body may stop at any statement, so
//! every `except` clause and the exceptional path into `finally` start from
//! the state before the `try`; the state after the statement joins the normal
//! ends of the body (through `else`) and of each clause. An `except ... as e`
//! clause unbinds `e` at its end, as CPython deletes it.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{Assigned, Checker, Resolved};
use crate::exceptions::common_base;
use crate::flow::Flow;
use crate::narrowing::Var;
use crate::hir::{self, ExcClass, Place, Stmt, StmtKind, Ty};

impl Checker<'_, '_> {
    pub fn raise_stmt(&mut self, r: &ast::StmtRaise, span: Span, out: &mut Vec<Stmt>) {
        let exc = match r.exc.as_deref() {
            Some(e) => Some(self.exception_value(e)),
            None => {
                if self.except_depth == 0 {
                    self.error(span, "a bare 'raise' outside an except clause is not supported");
                    return;
                }
                None
            }
        };
        let cause = match r.cause.as_deref() {
            None | Some(ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. })) => None,
            Some(c) => Some(self.exception_value(c)),
        };
        self.flow = Flow::unreachable();
        out.push(Stmt { kind: StmtKind::Raise { exc, cause }, span });
    }

    pub fn try_stmt(&mut self, t: &ast::StmtTry, span: Span, out: &mut Vec<Stmt>) {
        let before = self.flow.clone();
        let narrowed_before = self.narrowed.clone();
        let body = self.block(&t.body);
        let orelse = self.block(&t.orelse);
        let mut normal_end = self.flow.clone();

        let mut handlers = Vec::new();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hspan = span_of(h);
            if h.type_.is_none() && i + 1 != t.handlers.len() {
                self.error(hspan, "default 'except:' must be last");
            }
            self.flow = before.clone();
            // A handler may start anywhere in the body: a variable the body
            // assigns may hold any of its values there.
            self.narrowed = narrowed_before.clone();
            self.forget_assigned_in(&t.body);
            let kinds = match h.type_.as_deref() {
                None => Vec::new(),
                Some(ty) => self.handler_kinds(ty),
            };
            let name = h.name.as_ref().and_then(|n| self.bind_handler_name(n.as_str(), &kinds, hspan));
            self.except_depth += 1;
            let body = self.block(&h.body);
            self.except_depth -= 1;
            if let Some(target) = &name {
                if let Some(slot) = self.flow_slot(target.place) {
                    self.flow.unbind(slot);
                }
                // A module global cannot be unbound at run time: reading it
                // where it may be deleted is rejected instead.
                if let Some(gi) = self.global_index_of(target.place) {
                    self.except_deleted.push(gi);
                }
            }
            normal_end = normal_end.join(&self.flow);
            handlers.push(hir::ExceptHandler { kinds, name, body, span: hspan });
        }

        let finalbody = if t.finalbody.is_empty() {
            self.flow = normal_end;
            Vec::new()
        } else {
            // The finally body runs after the normal paths and after an
            // exception anywhere, so only what was bound before the `try`
            // (and on every normal path) is certainly bound in it.
            self.flow = before.join(&normal_end);
            // Narrowing does not follow the paths into `finally`: what held
            // before the `try` holds for what the other clauses do not assign.
            self.narrowed = narrowed_before.clone();
            self.forget_assigned_in(&t.body);
            self.forget_assigned_in(&t.orelse);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.forget_assigned_in(&h.body);
                if let Some(var) = h.name.as_ref().and_then(|n| self.narrowable(n.as_str())) {
                    self.narrowed.remove(&var);
                }
            }
            let finalbody = self.block(&t.finalbody);
            if !normal_end.is_reachable() {
                self.flow = Flow::unreachable();
            }
            finalbody
        };
        out.push(Stmt { kind: StmtKind::Try { body, handlers, orelse, finalbody }, span });
    }

    /// The classes of `except X` / `except (X, Y)`.
    fn handler_kinds(&mut self, ty: &ast::Expr) -> Vec<ExcClass> {
        let items: Vec<&ast::Expr> = match ty {
            ast::Expr::Tuple(t) => t.elts.iter().collect(),
            other => vec![other],
        };
        let mut kinds = Vec::new();
        for item in items {
            match self.exception_class(item) {
                Some(kind) => kinds.push(kind),
                None => self.error(
                    span_of(item),
                    "except clauses must name exception classes (or a tuple of them)",
                ),
            }
        }
        kinds
    }

    /// Binds `except ... as name`. The variable's type is the common base of
    /// the classes caught; a variable already holding exceptions keeps its type
    /// (all exceptions share one representation), and in the clause it is
    /// narrowed to the clause's class (`e.args`, `e` passed on). Where a clause
    /// binds a class unrelated to the variable's type (`except ValueError as
    /// e` ... `except KeyError as e`), the variable's type would not hold for
    /// what it contains, so outside the narrowing it reads as the common base
    /// of every class bound to it.
    fn bind_handler_name(&mut self, name: &str, kinds: &[ExcClass], span: Span) -> Option<hir::AssignTarget> {
        let caught = common_base(kinds);
        let mut ty = Ty::Exception(caught);
        let resolved = self.resolve(name);
        let known = match resolved {
            Resolved::Local(id) => self.locals[id.index()].ty,
            Resolved::Global(gi) => self.state.globals[gi].ty,
            _ => None,
        };
        let Some(Ty::Exception(known_class)) = known else {
            return self.assign_name(name, span, Assigned { ty, span, constant: None });
        };
        ty = Ty::Exception(known_class);
        let target = self.assign_name(name, span, Assigned { ty, span, constant: None });
        let narrowed = Ty::Exception(caught);
        match resolved {
            Resolved::Local(id) => {
                if !caught.is_subclass_of(known_class) {
                    let before = self.exc_mixed_locals.get(&id).copied().unwrap_or(known_class);
                    self.exc_mixed_locals.insert(id, common_base(&[before, caught]));
                }
                self.narrowed.insert(Var::Local(id), narrowed);
            }
            Resolved::Global(gi) if self.is_module_scope() => {
                if !caught.is_subclass_of(known_class) {
                    let before = self.state.exc_mixed_globals.get(&gi).copied().unwrap_or(known_class);
                    self.state.exc_mixed_globals.insert(gi, common_base(&[before, caught]));
                }
                self.narrowed.insert(Var::Global(gi), narrowed);
            }
            _ => {}
        }
        target
    }

    /// The definite-assignment slot of an assignment's place.
    fn flow_slot(&self, place: Place) -> Option<usize> {
        match place {
            Place::Local(id) | Place::Cell(id) => Some(id.index()),
            Place::Global(_) => Some(self.env.global_slot(self.global_index_of(place)?)),
        }
    }

    /// The module global (index into `scan.globals`) a place stores to.
    fn global_index_of(&self, place: Place) -> Option<usize> {
        let Place::Global(id) = place else { return None };
        let name = &self.state.hir_globals.get(id.index())?.name;
        self.env.scan.global_index.get(name).copied()
    }
}
