//! Statements.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::annotation;
use crate::checker::{name_of, Assigned, Checker, Resolved, Scope};
use crate::flow::Flow;
use crate::fold;
use crate::hir::{self, Const, Stmt, StmtKind, Target, Ty};

impl Checker<'_, '_> {
    pub fn block(&mut self, stmts: &[ast::Stmt]) -> Vec<Stmt> {
        self.block_depth += 1;
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        self.block_depth -= 1;
        out
    }

    pub fn stmt(&mut self, stmt: &ast::Stmt, out: &mut Vec<Stmt>) {
        let span = span_of(stmt);
        self.walrus_hazards(stmt);
        let mut push = |kind| out.push(Stmt { kind, span });
        use ast::Stmt as S;
        match stmt {
            S::Expr(e) => {
                // Docstrings and other bare constants do nothing.
                if let ast::Expr::Constant(_) = &*e.value {
                    return;
                }
                if let ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) = &*e.value {
                    return self.yield_stmt(&e.value, span, out);
                }
                if let Some(exit) = self.sys_exit_stmt(&e.value, span) {
                    push(exit);
                    return;
                }
                let value = self.expr(&e.value, None);
                push(StmtKind::Expr(value));
            }
            S::Pass(_) => {}
            S::Assign(a) => self.assign(a, span, out),
            S::AnnAssign(a) => self.ann_assign(a, span, out),
            S::AugAssign(a) => self.aug_assign(a, span, out),
            S::If(i) => {
                let cond = self.condition(&i.test);
                let constant = cond.as_const().map(fold::truthy);
                let (when_true, when_false) = self.cond_narrowings(&i.test);
                let narrowed_before = self.narrowed.clone();
                let before = self.flow.clone();
                if constant == Some(false) {
                    self.flow = Flow::unreachable();
                }
                self.apply_narrowings(&when_true);
                let then_body = self.block(&i.body);
                let after_then = std::mem::replace(&mut self.flow, before);
                let narrowed_then = std::mem::replace(&mut self.narrowed, narrowed_before);
                if constant == Some(true) {
                    self.flow = Flow::unreachable();
                }
                self.apply_narrowings(&when_false);
                let else_body = self.block(&i.orelse);
                self.join_narrowings(narrowed_then, after_then.is_reachable(), self.flow.is_reachable());
                self.flow = self.flow.join(&after_then);
                push(StmtKind::If { cond, then_body, else_body });
            }
            S::While(w) => {
                self.forget_assigned_in(&w.body);
                let narrowed_head = self.narrowed.clone();
                let cond = self.condition(&w.test);
                self.apply_narrowings(&self.cond_narrowings(&w.test).0);
                let constant = cond.as_const().map(fold::truthy);
                let before = self.flow.clone();
                if constant == Some(false) {
                    self.flow = Flow::unreachable();
                }
                // What is bound at the loop head is what was bound before it:
                // the end of the body binds at least as much.
                let (body, breaks) = self.loop_body(&w.body);
                self.narrowed = narrowed_head;
                self.flow = if constant == Some(true) { Flow::unreachable() } else { before };
                let orelse = self.block(&w.orelse);
                self.flow = self.flow.join(&breaks);
                push(StmtKind::While { cond, body, orelse });
            }
            S::For(f) => self.for_stmt(f, span, out),
            S::Break(_) | S::Continue(_) => {
                let is_break = matches!(stmt, S::Break(_));
                let Some(breaks) = self.loop_breaks.last_mut() else {
                    let word = if is_break { "break" } else { "continue" };
                    self.error(span, format!("'{word}' outside loop"));
                    return;
                };
                if is_break {
                    *breaks = breaks.join(&self.flow);
                }
                self.flow = Flow::unreachable();
                push(if is_break { StmtKind::Break } else { StmtKind::Continue });
            }
            S::Return(r) => {
                let value = self.return_value(r.value.as_deref(), span);
                self.flow = Flow::unreachable();
                if let Some(value) = value {
                    push(StmtKind::Return(value));
                }
            }
            S::Assert(a) => {
                let cond = self.condition(&a.test);
                self.apply_narrowings(&self.cond_narrowings(&a.test).0);
                let msg = match a.msg.as_deref() {
                    None => None,
                    Some(ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. })) => {
                        Some(s.clone())
                    }
                    Some(m) => {
                        self.error(span_of(m), "assert messages other than string literals are not supported yet");
                        None
                    }
                };
                match cond.as_const().map(fold::truthy) {
                    Some(true) => {}
                    constant => {
                        if constant == Some(false) {
                            self.flow = Flow::unreachable();
                        }
                        push(StmtKind::Assert { cond, msg });
                    }
                }
            }
            S::FunctionDef(def) => self.def_stmt(def, span, out),
            S::Import(_) | S::ImportFrom(_) => {
                if !self.is_module_scope() {
                    self.error(span, "imports inside functions are not supported yet");
                } else if self.block_depth > 0 {
                    self.error(span, "conditional imports are not supported yet");
                }
            }
            // Module-level `global x` does nothing; in a function it was collected
            // by the scan, and assignments to such names are rejected.
            S::Global(_) => {}
            // A nested function's `nonlocal` names are its captures (`closures.rs`).
            S::Nonlocal(_) if matches!(self.scope, Scope::Function { closure: true, .. }) => {}
            S::Nonlocal(_) if self.is_module_scope() => self.error(span, "nonlocal declaration not allowed at module level"),
            S::Nonlocal(n) => self.error(span, format!("no binding for nonlocal '{}' found", n.names.first().map_or("", |n| n.as_str()))),
            S::ClassDef(c) => {
                self.class_stmt(c, span, out);
                self.init_class_vars(c, span, out);
                self.init_enum_members(c, span, out);
            }
            S::AsyncFunctionDef(_) => self.error(span, "async functions are not supported yet"),
            S::AsyncFor(_) => self.error(span, "async for loops are not supported yet"),
            S::AsyncWith(_) => self.error(span, "async with statements are not supported yet"),
            S::With(w) => self.with_stmt(w, span, out),
            S::Delete(d) => self.del_stmt(d, span, out),
            S::TypeAlias(_) => self.error(span, "type alias statements are not supported yet"),
            S::Match(_) => self.error(span, "match statements are not supported yet"),
            S::Raise(r) => self.raise_stmt(r, span, out),
            S::Try(t) => {
                let before = self.narrowed.clone();
                self.try_stmt(t, span, out);
                // Narrowing does not follow exceptional paths: what held
                // before the `try` holds after it for what it does not assign.
                self.narrowed = before;
                self.forget_assigned_in(std::slice::from_ref(stmt));
            }
            S::TryStar(_) => self.error(span, "try/except* statements are not supported"),
        }
    }

    /// Checks a loop body; returns it and the join of the states at its `break`s.
    pub(crate) fn loop_body(&mut self, body: &[ast::Stmt]) -> (Vec<Stmt>, Flow) {
        self.loop_breaks.push(Flow::unreachable());
        let body = self.block(body);
        let breaks = self.loop_breaks.pop().unwrap_or_else(Flow::unreachable);
        (body, breaks)
    }

    /// The target of an assignment, if it is a plain name.
    pub(crate) fn simple_target<'t>(&mut self, target: &'t ast::Expr) -> Option<&'t str> {
        match target {
            ast::Expr::Name(n) => Some(n.id.as_str()),
            ast::Expr::Tuple(_) | ast::Expr::List(_) => {
                self.error(span_of(target), "unpacking in this assignment is not supported yet");
                None
            }
            ast::Expr::Attribute(_) => {
                self.error(span_of(target), "attribute assignment is not supported yet");
                None
            }
            ast::Expr::Subscript(_) => {
                self.error(span_of(target), "subscript targets in this assignment are not supported yet");
                None
            }
            _ => {
                self.error(span_of(target), "cannot assign to this expression");
                None
            }
        }
    }

    /// The type the variable `name` already has (declared or inferred), if any.
    pub(crate) fn known_type(&self, name: &str) -> Option<Ty> {
        match self.resolve(name) {
            Resolved::Local(id) => self.locals[id.index()].ty,
            Resolved::Global(gi) => self.state.globals[gi].ty,
            _ => None,
        }
    }

    pub(crate) fn assign(&mut self, a: &ast::StmtAssign, span: Span, out: &mut Vec<Stmt>) {
        if let [ast::Expr::Attribute(target)] = a.targets.as_slice() {
            return self.set_attribute(target, &a.value, None, None, span, out);
        }
        if let [ast::Expr::Subscript(sub)] = a.targets.as_slice() {
            return self.set_item(sub, &a.value, None, span, out);
        }
        if let [target @ (ast::Expr::Tuple(_) | ast::Expr::List(_))] = a.targets.as_slice() {
            return self.unpack_assign(target, &a.value, span, out);
        }
        if a.targets.len() > 1 && !a.targets.iter().all(|t| matches!(t, ast::Expr::Name(_))) {
            return self.chained_assign(a, span, out);
        }
        let names: Vec<Option<&str>> = a.targets.iter().map(|t| self.simple_target(t)).collect();
        // A single target's type guides the value (`x: float` ... `x = a if c else 1`).
        let expected = match names.as_slice() {
            [Some(name)] => self.known_type(name),
            _ => None,
        };
        if let ([Some(name)], None) = (names.as_slice(), expected) {
            self.note_partial(name, &a.value);
        }
        let value = self.value(&a.value, expected);
        let mut targets = Vec::new();
        for (target, name) in a.targets.iter().zip(names) {
            if let Some(name) = name {
                if let Some(t) = self.assign_name(name, span_of(target), (&value).into()) {
                    targets.push(t);
                }
            }
        }
        self.push_assign(targets, value, span, out);
    }

    pub(crate) fn push_assign(&mut self, targets: Vec<hir::AssignTarget>, value: hir::Expr, span: Span, out: &mut Vec<Stmt>) {
        if targets.is_empty() {
            // Every target folded: nothing to store, and a constant has no effects.
            if value.as_const().is_none() {
                out.push(Stmt { kind: StmtKind::Expr(value), span });
            }
            return;
        }
        out.push(Stmt { kind: StmtKind::Assign { targets, value }, span });
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign, span: Span, out: &mut Vec<Stmt>) {
        if let (ast::Expr::Attribute(target), Some(value)) = (&*a.target, &a.value) {
            return self.set_attribute(target, value, None, Some(&a.annotation), span, out);
        }
        let Some(name) = self.simple_target(&a.target) else { return };
        let mut ann_diags = Vec::new();
        let ann = annotation::resolve(&a.annotation, &self.env.scan.imports, &mut ann_diags);
        self.diags.extend(ann_diags);
        let declared = ann.and_then(|a| a.ty);
        if let Some(ann) = ann {
            if ann.is_final && self.block_depth > 0 {
                self.error(span_of(&*a.annotation), "Final names must be assigned at the top level");
            }
        }
        let Some(value) = &a.value else { return };
        let expected = declared.or_else(|| self.known_type(name));
        let value = self.value(value, expected);
        let target = self.assign_name(name, span_of(&*a.target), (&value).into());
        // The declaration of a union does not narrow it (as mypy reads it:
        // `x: int | str = 3` is an `int | str`); later assignments do.
        if declared.is_some_and(|d| d.is_union()) {
            if let Some(var) = self.narrowable(name) {
                self.narrowed.remove(&var);
            }
        }
        self.push_assign(target.into_iter().collect(), value, span, out);
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign, span: Span, out: &mut Vec<Stmt>) {
        if let ast::Expr::Attribute(target) = &*a.target {
            return self.set_attribute(target, &a.value, Some(a.op), None, span, out);
        }
        if let ast::Expr::Subscript(sub) = &*a.target {
            return self.set_item(sub, &a.value, Some(a.op), span, out);
        }
        let Some(name) = self.simple_target(&a.target) else {
            self.value(&a.value, None);
            return;
        };
        let target_span = span_of(&*a.target);
        let current = self.read_name(name, target_span);
        // `xs += []`: an empty display takes the target's type.
        let expected = crate::container_expr::is_empty_display(&a.value).then_some(current.ty);
        let rhs = self.value(&a.value, expected);
        // `xs += ys`, `s |= t`: lists and sets are updated in place.
        let value = self.aug_value(a.op, current, rhs, span);
        if let Some(t) = self.assign_name(name, target_span, (&value).into()) {
            out.push(Stmt { kind: StmtKind::Assign { targets: vec![t], value }, span });
        }
    }

    fn for_stmt(&mut self, f: &ast::StmtFor, span: Span, out: &mut Vec<Stmt>) {
        // The target's own binding updates its narrowing (`narrow_on_assign`).
        self.forget_assigned_in(&f.body);
        let narrowed_head = self.narrowed.clone();
        self.for_stmt_inner(f, span, out);
        self.narrowed = narrowed_head;
    }

    fn for_stmt_inner(&mut self, f: &ast::StmtFor, span: Span, out: &mut Vec<Stmt>) {
        if !is_range_call(self, &f.iter) {
            return self.for_each_stmt(f, span, out);
        }
        let bounds = self.range_bounds(&f.iter);
        let name = self.simple_target(&f.target);
        let before = self.flow.clone();
        let target_span = span_of(&*f.target);
        let int_value = Assigned { ty: Ty::Int, span: target_span, constant: None };
        let target = name.and_then(|n| self.assign_name(n, target_span, int_value));
        let (body, breaks) = self.loop_body(&f.body);
        self.flow = before;
        let orelse = self.block(&f.orelse);
        self.flow = self.flow.join(&breaks);
        if let (Some(target), Some((start, stop, step))) = (target, bounds) {
            let (start, stop, step) = (Box::new(start), Box::new(stop), Box::new(step));
            out.push(Stmt { kind: StmtKind::ForRange { target, start, stop, step, body, orelse }, span });
        }
    }

    /// A `for` loop's target (bound to elements of type `elem`), body and
    /// `else` clause; the flow after them joins the loop's exits (the body
    /// may run no times, and a `break` skips the `else`).
    pub(crate) fn for_parts(&mut self, f: &ast::StmtFor, elem: Option<Ty>) -> (Target, Vec<Stmt>, Vec<Stmt>) {
        let before = self.flow.clone();
        let target = self.bind_target(&f.target, elem.unwrap_or(Ty::Unknown));
        let (body, breaks) = self.loop_body(&f.body);
        self.flow = before;
        let orelse = self.block(&f.orelse);
        self.flow = self.flow.join(&breaks);
        (target, body, orelse)
    }

    /// `for target in iterable` over a list, a tuple or a str.
    fn for_each_stmt(&mut self, f: &ast::StmtFor, span: Span, out: &mut Vec<Stmt>) {
        let iter = self.for_statement_iterable(&f.iter);
        if let Some(c) = self.self_iterator_class(&iter) {
            return self.for_self_iterator(c, iter, f, span, out);
        }
        let elem = match iter.ty {
            Ty::Unknown => None,
            Ty::Str | Ty::List(_) | Ty::TupleOf(_) | Ty::Tuple(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Deque(_) | Ty::Iterator(_) => match iter.ty.iter_elem() {
                Some(e) => Some(e),
                None => {
                    self.error(iter.span, format!("for loops over a {} (fields of different types) are not supported", iter.ty));
                    None
                }
            },
            other => {
                self.error(iter.span, format!("'{}' object is not iterable", other.python_name()));
                None
            }
        };
        let (target, body, orelse) = self.for_parts(f, elem);
        if elem.is_some() {
            out.push(Stmt { kind: StmtKind::ForEach { target, iter, body, orelse }, span });
        }
    }

    /// `range(...)` of a `for` loop: (start, stop, step) as `int`s.
    fn range_bounds(&mut self, iter: &ast::Expr) -> Option<(hir::Expr, hir::Expr, hir::Expr)> {
        let span = span_of(iter);
        let ast::Expr::Call(call) = iter else { return None };
        self.range_args(call, span)
    }

    /// The arguments of `range(...)`: (start, stop, step) as `int`s.
    pub fn range_args(&mut self, call: &ast::ExprCall, span: Span) -> Option<(hir::Expr, hir::Expr, hir::Expr)> {
        if !call.keywords.is_empty() {
            self.error(span, "range() takes no keyword arguments");
            return None;
        }
        let mut args: Vec<hir::Expr> = call.args.iter().map(|a| self.int_arg(a)).collect();
        let step = match args.len() {
            1 | 2 => Self::const_expr(Const::Int(1), span),
            3 => args.pop()?,
            0 => {
                self.error(span, "range expected at least 1 argument, got 0");
                return None;
            }
            n => {
                self.error(span, format!("range expected at most 3 arguments, got {n}"));
                return None;
            }
        };
        let stop = args.pop()?;
        let start = args.pop().unwrap_or_else(|| Self::const_expr(Const::Int(0), span));
        Some((start, stop, step))
    }

    fn return_value(&mut self, value: Option<&ast::Expr>, span: Span) -> Option<Option<hir::Expr>> {
        let Scope::Function { ret, ret_annotated, .. } = self.scope else {
            self.error(span, "'return' outside function");
            return None;
        };
        if self.generator_elem.is_some() {
            // `return` ends the iteration; `return value` would be the
            // StopIteration's value, which only `yield from` could read.
            if let Some(v) = value {
                self.error(span_of(v), "'return' with a value in a generator is not supported yet");
            }
            return Some(None);
        }
        let Some(value) = value else {
            if ret != Ty::None && ret != Ty::Unknown {
                self.error(span, format!("missing return value: the function returns {ret}"));
            }
            return Some(None);
        };
        if let Scope::Function { id, closure: false, .. } = self.scope {
            if crate::object_eq::takes_object(&self.env.sigs[id.index()]) {
                return Some(Some(self.tristate_return(value)));
            }
        }
        let value = self.expr(value, Some(ret));
        if !ret_annotated && value.ty != Ty::None && value.ty != Ty::Unknown {
            self.error(value.span, "a function that returns a value needs a return type annotation");
            return None;
        }
        // In a `None` function this is `return f()` with `f` returning None:
        // the value is still evaluated for its effects.
        Some(Some(self.coerce(value, ret)))
    }

    fn def_stmt(&mut self, def: &ast::StmtFunctionDef, span: Span, out: &mut Vec<Stmt>) {
        if !self.is_module_scope() {
            return self.nested_def(def, span, out);
        }
        if self.block_depth > 0 {
            self.error(span, "conditional function definitions are not supported yet");
            return;
        }
        let Some(&f) = self.env.scan.function_index.get(def.name.as_str()) else { return };
        if self.env.scan.functions[f].stmt_index != self.stmt_index {
            // A redefinition, already reported by the scan.
            return;
        }
        // Defaults are evaluated once, when the `def` runs: a constant is
        // passed by each call, anything else stored (`object_defaults.rs`).
        for p in 0..self.env.sigs[f].params.len() {
            let decl = &self.env.scan.functions[f];
            let Some(default) = crate::env::param_arg(decl, p).and_then(|a| a.default.as_deref()) else { continue };
            let param_ty = self.env.sigs[f].params[p].ty;
            let value = self.value(default, Some(param_ty));
            let value = self.coerce(value, param_ty);
            match crate::optional_scalar::default_constant(&value) {
                Some(c) => self.state.defaults[f][p] = Some(c),
                None if value.ty == Ty::Unknown => {}
                // Evaluated again by each call that omits it (the same member).
                None if self.enum_member_default(default) => {}
                None => self.store_object_default(f, p, value, out),
            }
        }
        let id = hir::FuncId(f as u32);
        self.flow.bind(self.env.function_slot(id));
        if let Some(marker) = self.env.markers[f] {
            out.push(Stmt { kind: StmtKind::MarkDefined(marker), span });
        }
    }
}

/// Whether `e` is a call of the builtin `range`.
pub(crate) fn is_range_call(checker: &Checker<'_, '_>, e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Call(call) => {
            name_of(&call.func).is_some_and(|n| matches!(checker.resolve(n), Resolved::Builtin("range")))
        }
        _ => false,
    }
}
