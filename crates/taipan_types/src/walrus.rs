//! The walrus operator `(name := value)`.
//!
//! The name binds in the enclosing function (or the module), also from inside
//! a comprehension, as in Python. The value is stored, and is the value of
//! the expression.
//!
//! Lowering hands a variable's current value around as the variable itself
//! (an operand reading it), so an operand read *before* a walrus stores into
//! the same name would see the new value, or a released object. Each
//! statement's expressions are therefore walked in evaluation order first
//! ([`Checker::walrus_hazards`]): a walrus whose name the statement already
//! read (or assigned with another walrus) before it is rejected. So are the
//! forms Python itself rejects. A walrus that may not run (an operand of
//! `and`/`or` after the first, a branch of `x if c else y`, a comprehension)
//! does not make its name definitely bound.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::{Checker, Resolved};
use crate::hir::{Expr, ExprKind, Ty};
use crate::narrowing::Var;

/// What one event of evaluation does with a name.
enum Event<'a> {
    Read(&'a str),
    /// A walrus stores into the name (after its value is evaluated).
    Store { name: &'a str, span: Span, conditional: bool },
}

/// The walks of a statement's expressions: the events in evaluation order,
/// and the errors found on the way.
struct Walk<'a> {
    events: Vec<Event<'a>>,
    errors: Vec<(Span, String)>,
}

impl<'a> Walk<'a> {
    /// Walks `e` in evaluation order. `conditional`: `e` may not be evaluated.
    fn expr(&mut self, e: &'a ast::Expr, conditional: bool) {
        use ast::Expr as E;
        match e {
            E::Name(n) => self.events.push(Event::Read(n.id.as_str())),
            E::NamedExpr(n) => {
                let before = self.events.len();
                self.expr(&n.value, conditional);
                // A computed value is a new temporary: the reads inside it
                // are over before the store (`(n := n + 1)`). A name, or an
                // operand `and`/`or`/`if` may give back, is the value itself.
                if !matches!(&*n.value, E::Name(_) | E::BoolOp(_) | E::IfExp(_) | E::NamedExpr(_)) {
                    let mut i = before;
                    while i < self.events.len() {
                        if matches!(self.events[i], Event::Read(_)) {
                            self.events.remove(i);
                        } else {
                            i += 1;
                        }
                    }
                }
                match &*n.target {
                    ast::Expr::Name(t) => {
                        self.events.push(Event::Store { name: t.id.as_str(), span: span_of(e), conditional })
                    }
                    other => self.errors.push((span_of(other), "cannot use assignment expressions with this target".into())),
                }
            }
            E::BoolOp(b) => {
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v, conditional || i > 0);
                }
            }
            E::IfExp(i) => {
                self.expr(&i.test, conditional);
                self.expr(&i.body, true);
                self.expr(&i.orelse, true);
            }
            E::ListComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            E::SetComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            E::GeneratorExp(c) => self.comprehension(&c.generators, &[&c.elt]),
            E::DictComp(c) => self.comprehension(&c.generators, &[&c.key, &c.value]),
            E::Lambda(l) => {
                // The body runs later: count its reads here (conservative),
                // and reject a walrus in it (it would bind in the lambda).
                let mut inner = Walk { events: Vec::new(), errors: Vec::new() };
                inner.expr(&l.body, true);
                for event in inner.events {
                    match event {
                        Event::Read(name) => self.events.push(Event::Read(name)),
                        Event::Store { span, .. } => {
                            self.errors.push((span, "assignment expressions in a lambda are not supported yet".into()))
                        }
                    }
                }
                self.errors.extend(inner.errors);
            }
            _ => for_each_child(Node::Expr(e), &mut |child| {
                if let Node::Expr(child) = child {
                    self.expr(child, conditional);
                }
            }),
        }
    }

    /// A comprehension: per clause its iterable, then its conditions; then
    /// the element. Everything but the first iterable may run any number of
    /// times, or none.
    fn comprehension(&mut self, generators: &'a [ast::Comprehension], elements: &[&'a ast::Expr]) {
        for (i, g) in generators.iter().enumerate() {
            let before = self.events.len();
            self.expr(&g.iter, i > 0);
            let iteration_vars = crate::scan::target_names(&g.target);
            for event in &self.events[before..] {
                if let Event::Store { span, .. } = event {
                    let msg = "assignment expression cannot be used in a comprehension iterable expression";
                    self.errors.push((*span, msg.into()));
                }
            }
            for cond in &g.ifs {
                self.expr(cond, true);
            }
            self.check_not_iteration_vars(before, &iteration_vars);
        }
        let before = self.events.len();
        for e in elements {
            self.expr(e, true);
        }
        let all_vars: Vec<&str> = generators.iter().flat_map(|g| crate::scan::target_names(&g.target)).collect();
        self.check_not_iteration_vars(before, &all_vars);
    }

    /// Python rejects a walrus that rebinds a comprehension's own variable.
    fn check_not_iteration_vars(&mut self, since: usize, vars: &[&str]) {
        for event in &self.events[since..] {
            if let Event::Store { name, span, .. } = event {
                if vars.contains(name) {
                    let msg = format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                    self.errors.push((*span, msg));
                }
            }
        }
    }
}

impl Checker<'_, '_> {
    /// Checks the walrus operators among `stmt`'s own expressions (not those
    /// of nested statements): see the module doc. Records which of them may
    /// not run, for [`Checker::named_expr`].
    pub(crate) fn walrus_hazards(&mut self, stmt: &ast::Stmt) {
        let mut walk = Walk { events: Vec::new(), errors: Vec::new() };
        let aug_target = match stmt {
            ast::Stmt::AugAssign(a) => Some(&*a.target),
            _ => None,
        };
        for_each_child(Node::Stmt(stmt), &mut |child| {
            let Node::Expr(e) = child else { return };
            // Annotations are not evaluated.
            if let ast::Stmt::AnnAssign(a) = stmt {
                if std::ptr::eq(e, &*a.annotation) {
                    return;
                }
            }
            // `x += ...` reads `x` first.
            if let (Some(target), ast::Expr::Name(n)) = (aug_target, e) {
                if std::ptr::eq(e, target) {
                    walk.events.push(Event::Read(n.id.as_str()));
                    return;
                }
            }
            walk.expr(e, false);
        });
        let mut seen: Vec<&str> = Vec::new();
        for event in &walk.events {
            match event {
                Event::Read(name) => seen.push(name),
                Event::Store { name, span, conditional } => {
                    if seen.contains(name) {
                        let msg = format!(
                            "'{name}' is read earlier in this statement than the assignment expression that binds it: \
                             not supported yet (assign it in a statement of its own)"
                        );
                        walk.errors.push((*span, msg));
                    }
                    seen.push(name);
                    if *conditional {
                        self.conditional_walrus.push(*span);
                    }
                }
            }
        }
        for (span, msg) in walk.errors {
            self.error(span, msg);
        }
    }

    /// `(name := value)`.
    pub(crate) fn named_expr(&mut self, n: &ast::ExprNamedExpr, span: Span, expected: Option<Ty>) -> Expr {
        let ast::Expr::Name(target) = &*n.target else {
            // Reported by `walrus_hazards`.
            return Self::error_expr(span);
        };
        let name = target.id.as_str();
        let target_span = span_of(&*n.target);
        // The target's declared or inferred type guides the value.
        let known = match self.resolve(name) {
            Resolved::Local(id) if self.comprehension_locals.contains(&id) => {
                // `walrus_hazards` reported it (Python rejects it), unless it
                // is a hidden local no source name should reach.
                if !self.diags.iter().any(|d| d.span == span) {
                    let msg = format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                    self.error(target_span, msg);
                }
                return Self::error_expr(span);
            }
            Resolved::Local(id) => self.locals[id.index()].ty,
            Resolved::Global(gi) => self.state.globals[gi].ty,
            _ => None,
        };
        let value = self.value(&n.value, known.or(expected));
        if value.ty == Ty::Unknown {
            return value;
        }
        let var = self.walrus_var(name);
        let was_bound = var.is_some_and(|(_, slot)| self.flow.is_bound(slot));
        let Some(assign) = self.assign_name(name, target_span, (&value).into()) else { return value };
        if self.conditional_walrus.contains(&span) {
            // It may not run: the name is bound here only if it was before,
            // and narrowing from the store does not hold.
            if let Some((var, slot)) = var {
                if !was_bound {
                    self.flow.unbind(slot);
                }
                self.narrowed.remove(&var);
            }
        }
        let ty = value.ty;
        Expr { kind: ExprKind::AssignExpr { target: assign, value: Box::new(value) }, ty, span }
    }

    /// The variable a walrus stores into, and its definite-assignment slot.
    fn walrus_var(&self, name: &str) -> Option<(Var, usize)> {
        match self.resolve(name) {
            Resolved::Local(id) => Some((Var::Local(id), id.index())),
            Resolved::Global(gi) if self.is_module_scope() => Some((Var::Global(gi), self.env.global_slot(gi))),
            _ => None,
        }
    }
}
