//! Bounds-check elimination for `for i in range(...)` loops that index lists
//! with the loop variable (`c[j] += a * b[j]`).
//!
//! Every `xs[i]` normally normalises a negative index and compares it with
//! the list's length. In a range loop whose body cannot change the length of
//! any list, one test before the loop — `start >= 0` and `stop <= len(xs)`
//! for each list `xs` indexed by the loop variable — proves every `xs[i]` in
//! range. The lowering then emits the loop twice: a copy without those
//! checks, entered when the test holds, and the ordinary loop otherwise
//! (`stmt.rs`, `for_range`). Both copies run the same Python code, so the
//! program behaves the same either way; only the checks that cannot fail
//! are gone.
//!
//! What "cannot change the length of any list" means is decided
//! conservatively on the HIR ([`BodyStability`]): the body may compute with
//! scalars, read and store list elements, read fields and tuples, allocate
//! lists, tuples and instances, and call user functions that themselves pass
//! the same test (a fixpoint over the module's functions). Anything else —
//! a list method, printing, a `try`, a dict — keeps the ordinary loop.

use taipan_types::hir::{self, ExprKind, LocalId, ObjOp, Place, StmtKind, Ty};

/// For each function of a module: whether running it can change the length
/// of a list (or run code that could).
pub(crate) struct BodyStability {
    stable: Vec<bool>,
}

impl BodyStability {
    /// Starts from "every function is stable" and removes the ones whose body
    /// is not, until nothing changes (recursion stays stable when nothing else
    /// in the cycle changes a length).
    pub fn of_module(module: &hir::Module) -> Self {
        let mut this = BodyStability { stable: vec![true; module.functions.len()] };
        loop {
            let mut changed = false;
            for (i, f) in module.functions.iter().enumerate() {
                if this.stable[i] && !this.stmts(&f.body) {
                    this.stable[i] = false;
                    changed = true;
                }
            }
            if !changed {
                return this;
            }
        }
    }

    fn calls_stable(&self, func: hir::FuncId) -> bool {
        self.stable.get(func.index()).copied().unwrap_or(false)
    }

    pub fn stmts(&self, stmts: &[hir::Stmt]) -> bool {
        stmts.iter().all(|s| self.stmt(s))
    }

    fn stmt(&self, s: &hir::Stmt) -> bool {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { value, .. } => self.expr(value),
            StmtKind::If { cond, then_body, else_body } => {
                self.condition(cond) && self.stmts(then_body) && self.stmts(else_body)
            }
            StmtKind::While { cond, body, orelse } => self.condition(cond) && self.stmts(body) && self.stmts(orelse),
            StmtKind::ForRange { start, stop, step, body, orelse, .. } => {
                self.expr(start) && self.expr(stop) && self.expr(step) && self.stmts(body) && self.stmts(orelse)
            }
            StmtKind::ForEach { iter, body, orelse, .. } => {
                matches!(iter.ty, Ty::List(_) | Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Str)
                    && self.expr(iter)
                    && self.stmts(body)
                    && self.stmts(orelse)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::MarkDefined(_) => true,
            StmtKind::Return(value) => value.as_ref().is_none_or(|v| self.expr(v)),
            StmtKind::Assert { cond, .. } => self.condition(cond),
            StmtKind::SetItem { container, index, value, .. } => {
                matches!(container.ty, Ty::List(_)) && self.expr(container) && self.expr(index) && self.expr(value)
            }
            StmtKind::SetField { obj, value, .. } => self.expr(obj) && self.expr(value),
            StmtKind::Unpack { value, .. } => {
                matches!(value.ty, Ty::Tuple(_)) && self.expr(value)
            }
            // A suspended generator lets other code change any list.
            StmtKind::Raise { .. } | StmtKind::Try { .. } | StmtKind::DelLocal(_) | StmtKind::Yield(_) => false,
        }
    }

    /// A truth test that runs no user code (`__bool__`/`__len__`).
    fn condition(&self, cond: &hir::Expr) -> bool {
        is_scalar(cond.ty) && self.expr(cond)
    }

    fn expr(&self, e: &hir::Expr) -> bool {
        let all = |xs: &[hir::Expr]| xs.iter().all(|x| self.expr(x));
        match &e.kind {
            ExprKind::Const(_)
            | ExprKind::Local { .. }
            | ExprKind::Global { .. }
            | ExprKind::CurrentItem
            | ExprKind::LetValue(_) => true,
            ExprKind::Convert { arg, .. } => is_scalar(arg.ty) && is_scalar(e.ty) && self.expr(arg),
            ExprKind::Unary { arg, .. } => is_scalar(e.ty) && is_scalar(arg.ty) && self.expr(arg),
            ExprKind::Binary { lhs, rhs, .. } => {
                is_scalar(e.ty) && is_scalar(lhs.ty) && is_scalar(rhs.ty) && self.expr(lhs) && self.expr(rhs)
            }
            // Comparing containers or instances may call comparison methods.
            ExprKind::Compare { operands, .. } => operands.iter().all(|o| is_scalar(o.ty)) && all(operands),
            ExprKind::BoolOp { values, .. } => is_scalar(e.ty) && all(values),
            ExprKind::IfExp { cond, then_value, else_value } => {
                self.condition(cond) && self.expr(then_value) && self.expr(else_value)
            }
            ExprKind::Call { func, args, .. } => self.calls_stable(*func) && all(args),
            ExprKind::MethodCall { call, overrides } => {
                overrides.iter().all(|o| self.calls_stable(o.func)) && self.expr(call)
            }
            ExprKind::New { init, args, .. } => init.is_none_or(|f| self.calls_stable(f)) && all(args),
            // Of an instance, `min`/`max` would call its comparison methods
            // and `hash` its `__hash__`: only builtins of scalars run no user code.
            ExprKind::Builtin { args, .. } => is_scalar(e.ty) && args.iter().all(|a| is_scalar(a.ty)) && all(args),
            ExprKind::ObjOp { op, args } => {
                let reads = match op {
                    ObjOp::Index => matches!(args.first().map(|a| a.ty), Some(Ty::List(_) | Ty::TupleOf(_))),
                    ObjOp::TupleField(_) => true,
                    ObjOp::Len => {
                        matches!(args.first().map(|a| a.ty), Some(Ty::List(_) | Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Str))
                    }
                    _ => false,
                };
                reads && all(args)
            }
            ExprKind::List { items } | ExprKind::Tuple { items } => all(items),
            ExprKind::FieldGet { obj, .. } => self.expr(obj),
            ExprKind::IsNone { arg, .. } => self.expr(arg),
            ExprKind::IsSame { lhs, rhs, .. } => self.expr(lhs) && self.expr(rhs),
            ExprKind::IsInstance { arg, .. } => self.expr(arg),
            ExprKind::Let { values, body } => all(values) && self.expr(body),
            _ => false,
        }
    }
}

fn is_scalar(ty: Ty) -> bool {
    matches!(ty, Ty::Int | Ty::Float | Ty::Bool | Ty::None)
}

/// The lists a range loop over `index` may read and write without checks:
/// locals of list type indexed as `xs[index]` in `body`, never assigned in
/// it and always bound. Empty when the body assigns `index` itself.
pub(crate) fn lists_indexed_by(body: &[hir::Stmt], index: LocalId, locals: &[hir::Local]) -> Vec<LocalId> {
    let mut walk = Walk { index, indexed: Vec::new(), assigned: Vec::new() };
    for s in body {
        walk.stmt(s);
    }
    if walk.assigned.contains(&index) {
        return Vec::new();
    }
    let mut lists = walk.indexed;
    lists.sort_unstable_by_key(|l| l.0);
    lists.dedup();
    lists.retain(|l| {
        !walk.assigned.contains(l) && locals.get(l.index()).is_some_and(|local| !local.needs_bound_flag)
    });
    lists
}

/// Collects, in a loop body, the lists indexed by the loop variable and the
/// locals assigned.
struct Walk {
    index: LocalId,
    indexed: Vec<LocalId>,
    assigned: Vec<LocalId>,
}

impl Walk {
    fn assign(&mut self, target: &hir::AssignTarget) {
        if let Place::Local(id) = target.place {
            self.assigned.push(id);
        }
    }

    fn target(&mut self, target: &hir::Target) {
        match target {
            hir::Target::Name { target, .. } => self.assign(target),
            hir::Target::Tuple { items, .. } | hir::Target::Seq { items, .. } => {
                items.iter().for_each(|t| self.target(t))
            }
            hir::Target::Discard => {}
        }
    }

    /// `xs[index]` with `xs` a list local: records `xs`.
    fn indexing(&mut self, container: &hir::Expr, index: &hir::Expr) {
        if let (
            ExprKind::Local { id: list, checked: false },
            Ty::List(_),
            ExprKind::Local { id: i, checked: false },
        ) = (&container.kind, container.ty, &index.kind)
        {
            if *i == self.index {
                self.indexed.push(*list);
            }
        }
    }

    fn stmts(&mut self, stmts: &[hir::Stmt]) {
        stmts.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &hir::Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.assign(t));
                self.expr(value);
            }
            StmtKind::If { cond, then_body, else_body } => {
                self.expr(cond);
                self.stmts(then_body);
                self.stmts(else_body);
            }
            StmtKind::While { cond, body, orelse } => {
                self.expr(cond);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::ForRange { target, start, stop, step, body, orelse } => {
                self.assign(target);
                [start, stop, step].iter().for_each(|e| self.expr(e));
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::ForEach { target, iter, body, orelse } => {
                self.target(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Return(Some(e)) | StmtKind::Assert { cond: e, .. } => self.expr(e),
            StmtKind::SetItem { container, index, value, .. } => {
                self.indexing(container, index);
                self.expr(container);
                self.expr(index);
                self.expr(value);
            }
            StmtKind::SetField { obj, value, .. } => {
                self.expr(obj);
                self.expr(value);
            }
            StmtKind::Unpack { target, value } => {
                self.target(target);
                self.expr(value);
            }
            // Not in a stable body; nothing to collect.
            StmtKind::Return(None)
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::MarkDefined(_)
            | StmtKind::Raise { .. }
            | StmtKind::Yield(_)
            | StmtKind::Try { .. } => {}
            StmtKind::DelLocal(id) => self.assigned.push(*id),
        }
    }

    fn expr(&mut self, e: &hir::Expr) {
        match &e.kind {
            ExprKind::ObjOp { op: ObjOp::Index, args } if args.len() == 2 => {
                self.indexing(&args[0], &args[1]);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::ObjOp { args, .. }
            | ExprKind::Call { args, .. }
            | ExprKind::New { args, .. }
            | ExprKind::Builtin { args, .. }
            | ExprKind::List { items: args }
            | ExprKind::Tuple { items: args }
            | ExprKind::Compare { operands: args, .. }
            | ExprKind::BoolOp { values: args, .. } => args.iter().for_each(|a| self.expr(a)),
            ExprKind::Convert { arg, .. }
            | ExprKind::Unary { arg, .. }
            | ExprKind::FieldGet { obj: arg, .. }
            | ExprKind::IsNone { arg, .. }
            | ExprKind::IsInstance { arg, .. }
            | ExprKind::MethodCall { call: arg, .. } => self.expr(arg),
            ExprKind::Binary { lhs, rhs, .. } | ExprKind::IsSame { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            ExprKind::IfExp { cond, then_value, else_value } => {
                self.expr(cond);
                self.expr(then_value);
                self.expr(else_value);
            }
            ExprKind::Let { values, body } => {
                values.iter().for_each(|v| self.expr(v));
                self.expr(body);
            }
            ExprKind::AssignExpr { target, value } => {
                self.assign(target);
                self.expr(value);
            }
            // Leaves, and kinds a stable body does not contain.
            _ => {}
        }
    }
}
