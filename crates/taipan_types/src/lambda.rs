//! `key=` functions: a `lambda` (or the name of a module function) passed to
//! `sorted`, `list.sort`, `min` and `max` becomes a module function with the
//! runtime's key callback signature, `(env, x) -> key`. `env` is the closure
//! state: a tuple of the enclosing scope's local variables the lambda reads
//! (taken when `sorted` & co. are called, which is the same as reading them
//! during the calls, since a lambda cannot assign them), or null when it
//! reads none.
//!
//! The callback is called by the runtime with `x` in an 8-byte slot and its
//! result read as one: lowering gives it the slot ABI
//! (`taipan_ir::Function::slot_abi`), so floats and bools cross as slot bits.
//! A key of type `None` is rejected (CPython could only compare it with
//! itself).

use std::collections::HashMap;

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::{Checker, LocalVar, Resolved};
use crate::flow::Flow;
use crate::narrowing::Var;
use crate::hir::{
    self, ArgSlot, AssignTarget, Expr, ExprKind, FuncId, KeyFn, LocalId, Place, Stmt, StmtKind, Target, Ty,
};

impl Checker<'_, '_> {
    /// The key function of `key=e` for elements of type `elem`, or `None`
    /// (reported).
    /// With it, the `env` value to pass (`None`, or a tuple of the captured
    /// variables).
    pub fn key_function(&mut self, e: &ast::Expr, elem: Ty) -> Option<(KeyFn, Expr)> {
        let is_builtin = |n: &str| matches!(self.resolve(n), Resolved::Builtin(_) | Resolved::UnsupportedBuiltin);
        let is_class = |n: &str| matches!(self.resolve(n), Resolved::Class(_) | Resolved::Builtin("str"));
        if let Some(lambda) = crate::key_builtins::as_lambda(e, is_builtin, is_class) {
            return self.key_function(lambda, elem);
        }
        if let ast::Expr::Call(call) = e {
            if let Some((crate::std_modules::StdModule::Operator, member)) = self.std_member(&call.func) {
                if crate::operator_module::GETTERS.contains(&member.as_str()) {
                    return match crate::key_builtins::getter_as_lambda(&member, call) {
                        Ok(lambda) => self.key_function(lambda, elem),
                        Err(msg) => {
                            self.error(span_of(e), msg);
                            None
                        }
                    };
                }
            }
        }
        let span = span_of(e);
        let (param, body) = match e {
            ast::Expr::Lambda(l) => {
                let a = &l.args;
                let simple = a.posonlyargs.is_empty()
                    && a.kwonlyargs.is_empty()
                    && a.vararg.is_none()
                    && a.kwarg.is_none()
                    && a.args.len() == 1
                    && a.args[0].default.is_none();
                if !simple {
                    self.error(span, "a key function must take exactly one argument");
                    return None;
                }
                (a.args[0].def.arg.to_string(), KeyBody::Lambda(&l.body))
            }
            ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::Function(f) => ("x".to_string(), KeyBody::Function(f, span)),
                Resolved::Builtin(_) | Resolved::UnsupportedBuiltin => {
                    self.error(
                        span,
                        "builtin functions as key= are not supported yet: use a lambda, as in key=lambda s: len(s)",
                    );
                    return None;
                }
                _ => return self.key_from_value(e, elem, span),
            },
            _ => return self.key_from_value(e, elem, span),
        };
        // The enclosing scope's locals the lambda reads: passed in `env`.
        let mut captures = Vec::new();
        if let KeyBody::Lambda(body) = body {
            for name in self.captured_locals(body, &param) {
                let value = self.read_name(&name, span);
                if value.ty == Ty::Unknown {
                    return None;
                }
                captures.push((name, value));
            }
        }
        self.compile_key_function(&param, body, elem, span, captures)
    }

    /// `key=f` for a function value `f` (`closures.rs`): a key function whose
    /// `env` is `f` itself and which calls it.
    fn key_from_value(&mut self, e: &ast::Expr, elem: Ty, span: Span) -> Option<(KeyFn, Expr)> {
        let value = self.value(e, None);
        match value.ty {
            Ty::Callable(sig) if sig.params.len() == 1 => {
                let captures = vec![("<key>".to_string(), value)];
                self.compile_key_function("<x>", KeyBody::Value(sig.params[0]), elem, span, captures)
            }
            Ty::Unknown => None,
            other => {
                self.error(span, format!("key= must be a lambda or a function of one argument, found {other}"));
                None
            }
        }
    }

    /// The names the lambda body reads that are locals of the enclosing
    /// scope (other than the lambda's own parameter), each once, in order.
    fn captured_locals(&self, body: &ast::Expr, param: &str) -> Vec<String> {
        let mut names = Vec::new();
        collect_names(Node::Expr(body), &mut names);
        // The only names a lambda body binds are the targets of its
        // comprehensions and generator expressions, whose reads are theirs.
        let bound: Vec<String> =
            names.iter().filter(|(_, store)| *store).map(|(n, _)| n.clone()).collect();
        let mut out: Vec<String> = Vec::new();
        for (n, _) in names {
            if n != param
                && !out.contains(&n)
                && !bound.contains(&n)
                && matches!(self.resolve(&n), Resolved::Local(_))
            {
                out.push(n);
            }
        }
        out
    }

    /// Checks the body in a scope of its own and registers the function.
    /// `captures` are the enclosing scope's values the body reads: the caller
    /// passes them as the `env` tuple, which the function unpacks first.
    fn compile_key_function(
        &mut self,
        param: &str,
        body: KeyBody<'_>,
        elem: Ty,
        span: Span,
        captures: Vec<(String, Expr)>,
    ) -> Option<(KeyFn, Expr)> {
        let env_id = LocalId(0);
        let x_id = LocalId(1);
        let env_ty = Ty::tuple(&captures.iter().map(|(_, v)| v.ty).collect::<Vec<_>>());
        let mut locals = vec![
            LocalVar { name: "<env>".to_string(), ty: Some(env_ty), needs_bound_flag: false },
            LocalVar { name: param.to_string(), ty: Some(elem), needs_bound_flag: false },
        ];
        let mut index = HashMap::from([(param.to_string(), x_id)]);
        for (i, (name, value)) in captures.iter().enumerate() {
            locals.push(LocalVar { name: name.clone(), ty: Some(value.ty), needs_bound_flag: false });
            index.insert(name.clone(), LocalId(2 + i as u32));
        }
        let all: Vec<LocalId> = (0..locals.len() as u32).map(LocalId).collect();
        let saved_locals = std::mem::replace(&mut self.locals, locals);
        let saved_index = std::mem::replace(&mut self.local_index, index);
        let saved_comprehension = std::mem::replace(&mut self.comprehension_locals, all);
        let saved_flow = std::mem::replace(&mut self.flow, Flow::entry());
        // The enclosing function's cells are not the key function's locals.
        let saved_cells = std::mem::take(&mut self.cells);
        // The enclosing scope's local narrowings name its own locals, not the
        // lambda's (whose captures hold the values as read, narrowed or not).
        // Narrowed module globals stay narrowed: the lambda runs during the
        // call, and nothing but module-body statements can rebind a frozen
        // global (a rebound one is forgotten, as at any call).
        let saved_narrowed = self.narrowed.clone();
        self.narrowed.retain(|var, _| matches!(var, Var::Global(_)));
        self.forget_shared_narrowings();
        let value = match body {
            KeyBody::Lambda(e) => self.value(e, None),
            KeyBody::Function(f, call_span) => self.key_call(f, x_id, elem, call_span),
            // The function value is the one capture (local 2).
            KeyBody::Value(param) => {
                let callee = Expr { kind: ExprKind::Local { id: LocalId(2), checked: false }, ty: self.locals[2].ty.unwrap_or(Ty::Unknown), span };
                let arg = Expr { kind: ExprKind::Local { id: x_id, checked: false }, ty: elem, span };
                let arg = self.coerce(arg, param);
                let ret = match callee.ty {
                    Ty::Callable(sig) => sig.ret,
                    _ => Ty::Unknown,
                };
                Expr { kind: ExprKind::CallValue { callee: Box::new(callee), args: vec![arg] }, ty: ret, span }
            }
        };
        self.flow = saved_flow;
        self.cells = saved_cells;
        self.narrowed = saved_narrowed;
        self.comprehension_locals = saved_comprehension;
        self.local_index = saved_index;
        let locals = std::mem::replace(&mut self.locals, saved_locals);
        if value.ty == Ty::Unknown {
            return None;
        }
        if value.ty == Ty::None {
            self.error(value.span, "key functions giving None are not supported".to_string());
            return None;
        }
        let function = hir::Function {
            name: "<lambda>".to_string(),
            span,
            params: vec![env_id, x_id],
            ret: value.ty,
            locals: locals
                .into_iter()
                .map(|l| hir::Local { name: l.name, ty: l.ty.unwrap_or(Ty::Unknown), needs_bound_flag: false })
                .collect(),
            body: Vec::new(),
            defaults: Vec::new(),
            doc: None,
            closure: hir::Closure::default(),
        };
        let mut function = function;
        if !captures.is_empty() {
            let items = (0..captures.len())
                .map(|i| Target::Name {
                    target: AssignTarget { place: Place::Local(LocalId(2 + i as u32)), convert: None },
                    ty: captures[i].1.ty,
                })
                .collect();
            let env = Expr { kind: ExprKind::Local { id: env_id, checked: false }, ty: env_ty, span };
            function.body.push(Stmt {
                kind: StmtKind::Unpack { target: Target::Tuple { items, ty: env_ty }, value: env },
                span,
            });
        }
        function.body.push(Stmt { kind: StmtKind::Return(Some(value.clone())), span });
        let func = self.define_lambda(span.start, function);
        let env = match captures.is_empty() {
            true => Self::const_expr(crate::hir::Const::None, span),
            false => Expr {
                kind: ExprKind::Tuple { items: captures.into_iter().map(|(_, v)| v).collect() },
                ty: env_ty,
                span,
            },
        };
        Some((KeyFn { func, ty: value.ty }, env))
    }

    /// `f(x)` for `key=f`: the function must take one parameter of the element type.
    fn key_call(&mut self, f: FuncId, x: LocalId, elem: Ty, span: Span) -> Expr {
        let sig = &self.env.sigs[f.index()];
        let ret = sig.ret;
        // (Keyword-only parameters after it keep their defaults.)
        match &sig.params[..sig.positional_count()] {
            [p] if p.ty == elem && sig.star.is_none() => {}
            _ => {
                let msg = format!("a key function must take one {elem} argument: '{}' does not", sig.name);
                self.error(span, msg);
                return Self::error_expr(span);
            }
        }
        let Some(keyword_defaults) = self.keyword_only_defaults(f, "as a key function", span) else {
            return Self::error_expr(span);
        };
        let mut args = vec![Expr { kind: ExprKind::Local { id: x, checked: false }, ty: elem, span }];
        let mut slots = vec![ArgSlot::Arg(0)];
        crate::keyword_defaults::pass_keyword_defaults(keyword_defaults, &mut args, &mut slots);
        let check_defined = self.env.markers.get(f.index()).copied().flatten();
        let kind = ExprKind::Call { func: f, args, slots, check_defined };
        Expr { kind, ty: ret, span }
    }
}

enum KeyBody<'a> {
    Lambda(&'a ast::Expr),
    Function(FuncId, Span),
    /// A call of the function value captured as the only `env` value, whose
    /// parameter has this type.
    Value(Ty),
}

/// Every name read anywhere in `node` (nested lambdas and comprehensions
/// included: a conservative over-approximation).
/// The names `node` mentions, each with whether it is stored to.
fn collect_names(node: Node<'_>, out: &mut Vec<(String, bool)>) {
    if let Node::Expr(ast::Expr::Name(n)) = node {
        out.push((n.id.to_string(), matches!(n.ctx, ast::ExprContext::Store)));
    }
    for_each_child(node, &mut |child| collect_names(child, out));
}
