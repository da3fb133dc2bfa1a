//! Bound methods as values: `push = heap.append`, `f = shape.area`,
//! `callbacks: list[Callable[[int], None]] = [self.on_a, self.on_b]`,
//! `sorted(xs, key=self.score)`.
//!
//! `obj.m` read without a call is a function value (`Ty::Callable`): a
//! closure whose one capture is the receiver, evaluated once, where the
//! attribute is read (CPython binds the object then: `f = xs.append;
//! xs = []; f(1)` appends to the old list). Its code is the method call
//! `<receiver>.m(<argument 0>, ...)`, checked as any method call on a value
//! of the receiver's static type, so a user method is dispatched virtually
//! (`f = shape.area` on a `Shape` holding a `Circle` calls `Circle.area`)
//! and a method of `list`/`dict`/`set`/`str`/`deque` is the operation a
//! direct call would be.
//!
//! Its parameter types come from the `Callable` the context expects
//! (`key=`, an annotated variable, a parameter), else from the method's
//! parameters (`bound_method_params.rs`). A method with optional
//! parameters (`xs.pop`, `d.get`, `s.split`, a user method with defaults)
//! takes, without a context, as many arguments as the calls of the variable
//! it is assigned to pass (`pop = xs.pop` then `pop(0)`: one), found by a
//! scan of the module before checking (`call_arities`); without calls, or
//! with calls of different lengths, only its required ones.

use std::collections::HashMap;

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::{Checker, LocalVar, Scope};
use crate::hir::{self, Capture, Expr, ExprKind, FuncId, LocalId, Stmt, StmtKind, Ty};

/// Keys of bound methods' code in `ModuleState::lambdas` are their span's
/// start plus this, apart from the lambdas' keys (span starts: a `key=`
/// function made of the same attribute has the same start) and from the
/// module function wrappers' (`u32::MAX - f`).
const KEY_BASE: u32 = 1 << 30;

/// The name of the captured receiver inside the code; no Python name can
/// spell it.
const RECEIVER: &str = "<receiver>";

impl Checker<'_, '_> {
    /// Whether `obj.attr` (not called) is a bound method taipan makes a value
    /// of: a method (not a property) of a user class, or any attribute of a
    /// `list`/`dict`/`set`/`str` (whose attributes are all methods) or a
    /// method of a `deque`.
    pub(crate) fn is_bound_method(&self, obj: Ty, attr: &str) -> bool {
        match obj {
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Str => true,
            Ty::Deque(_) => attr != "maxlen",
            Ty::Instance(_) | Ty::Exception(hir::ExcClass::User(_)) => self.user_method_params(obj, attr).is_some(),
            _ => false,
        }
    }

    /// `obj.attr` as a function value, where a value of type `expected` goes.
    pub(crate) fn bound_method(&mut self, obj: Expr, a: &ast::ExprAttribute, expected: Option<Ty>, span: Span) -> Expr {
        let attr = a.attr.as_str();
        let qualified = format!("{}.{attr}", type_name(self, obj.ty));
        let Some((all_params, required)) = self.method_params(obj.ty, attr) else {
            let msg = format!("{qualified} as a value is not supported yet (call it)");
            return self.unsupported(span, &msg);
        };
        let (params, want_ret) = match expected {
            Some(Ty::Callable(sig)) => {
                let n = sig.params.len();
                if n < required || n > all_params.len() {
                    let msg = format!(
                        "expected {}, found the method {qualified}, which takes {}",
                        Ty::Callable(sig),
                        takes(required, all_params.len())
                    );
                    self.error(span, msg);
                    return Self::error_expr(span);
                }
                (sig.params.to_vec(), Some(sig.ret))
            }
            _ => {
                let start = u32::from(a.range.start());
                let n = match self.state.bound_method_arities.get(&start).map(Vec::as_slice) {
                    Some(&[n]) if n >= required && n <= all_params.len() => n,
                    Some(arities) if arities.len() > 1 && all_params.len() > required => {
                        let mut arities = arities.to_vec();
                        arities.sort_unstable();
                        let counts: Vec<String> = arities.iter().map(usize::to_string).collect();
                        let msg = format!(
                            "the method {qualified} takes {}, and the calls of the variable it is assigned to pass {}: \
                             a function value takes one number of arguments in taipan (not supported; call the method directly)",
                            takes(required, all_params.len()),
                            counts.join(" and ")
                        );
                        return self.unsupported(span, &msg);
                    }
                    _ => required,
                };
                (all_params[..n].to_vec(), None)
            }
        };
        let Some((func, ty)) = self.bound_method_code(obj.ty, attr, &qualified, &params, want_ret, span) else {
            return Self::error_expr(span);
        };
        Expr { kind: ExprKind::MakeClosure { func, captures: vec![Capture::Value(obj)] }, ty, span }
    }

    /// The parameter types of method `attr` of a value of type `obj`, and
    /// how many of them are required.
    fn method_params(&self, obj: Ty, attr: &str) -> Option<(Vec<Ty>, usize)> {
        match obj {
            Ty::Instance(_) | Ty::Exception(hir::ExcClass::User(_)) => self.user_method_params(obj, attr),
            _ => crate::bound_method_params::builtin_method_params(obj, attr),
        }
    }

    /// The parameters of user method `attr` of the class of `obj` (without
    /// `self`), or `None` if it has no such method or it is a property or
    /// takes `*args`.
    fn user_method_params(&self, obj: Ty, attr: &str) -> Option<(Vec<Ty>, usize)> {
        let c = match obj {
            Ty::Instance(id) => self.env.classes.by_id(id).map(|(c, _)| c)?,
            Ty::Exception(hir::ExcClass::User(user)) => user.decl as usize,
            _ => return None,
        };
        let (method, _) = self.env.classes.method_ref(c, attr)?;
        let skip = match method.kind {
            crate::class_env::MethodKind::Property => return None,
            crate::class_env::MethodKind::Instance => 1,
            crate::class_env::MethodKind::Static | crate::class_env::MethodKind::Class => 0,
        };
        let sig = &self.env.sigs[method.func.index()];
        if sig.star.is_some() || sig.params.len() < skip {
            return None;
        }
        // The code passes arguments by position: a required keyword-only
        // parameter cannot be filled, a defaulted one keeps its default.
        let keyword_only = &sig.params[sig.positional_count().max(skip)..];
        if keyword_only.iter().any(|p| !p.has_default) {
            return None;
        }
        let params = &sig.params[skip..sig.positional_count().max(skip)];
        Some((params.iter().map(|p| p.ty).collect(), params.iter().filter(|p| !p.has_default).count()))
    }

    /// The code `(closure, args...) -> <receiver>.attr(args...)`, checked in a
    /// scope of its own; with the type of the function value. `want_ret` is
    /// the result type the context expects (`None`: the call's own).
    fn bound_method_code(
        &mut self,
        receiver: Ty,
        attr: &str,
        qualified: &str,
        params: &[Ty],
        want_ret: Option<Ty>,
        span: Span,
    ) -> Option<(FuncId, Ty)> {
        let range = taipan_syntax::TextRange::new(span.start.into(), span.end.into());
        let name = |id: &str| ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx: ast::ExprContext::Load });
        let arg_names: Vec<String> = (0..params.len()).map(|i| format!("<argument {i}>")).collect();
        let method = ast::Expr::Attribute(ast::ExprAttribute {
            range,
            value: Box::new(name(RECEIVER)),
            attr: ast::Identifier::new(attr),
            ctx: ast::ExprContext::Load,
        });
        let body = ast::Expr::Call(ast::ExprCall {
            range,
            func: Box::new(method),
            args: arg_names.iter().map(|n| name(n)).collect(),
            keywords: Vec::new(),
        });

        // Locals: the closure, the parameters, the receiver (the capture).
        let n = params.len();
        let receiver_id = LocalId(n as u32 + 1);
        let mut locals = vec![LocalVar { name: "<closure>".to_string(), ty: Some(Ty::Unknown), needs_bound_flag: false }];
        for (p, ty) in arg_names.iter().zip(params) {
            locals.push(LocalVar { name: p.clone(), ty: Some(*ty), needs_bound_flag: false });
        }
        locals.push(LocalVar { name: RECEIVER.to_string(), ty: Some(receiver), needs_bound_flag: false });
        let index: HashMap<String, LocalId> =
            locals.iter().enumerate().skip(1).map(|(i, l)| (l.name.clone(), LocalId(i as u32))).collect();
        let enclosing = match self.scope {
            Scope::Function { id, .. } => id,
            Scope::Module => FuncId(u32::MAX),
        };
        let ret_hint = want_ret.unwrap_or(Ty::Unknown);
        let scope = Scope::Function { id: enclosing, ret: ret_hint, ret_annotated: want_ret.is_some(), closure: true };
        let mut inner = Checker::new(self.env, &mut *self.state, scope);
        inner.locals = locals;
        inner.local_index = index;
        for i in 0..=n + 1 {
            inner.flow.bind(i);
        }
        let value = inner.value(&body, None);
        let value_ty = value.ty;
        let (ret, stmts) = match want_ret {
            Some(Ty::None) => (Ty::None, vec![Stmt { kind: StmtKind::Expr(value), span }, Stmt { kind: StmtKind::Return(None), span }]),
            Some(ret) => {
                let value = inner.coerce(value, ret);
                (ret, vec![Stmt { kind: StmtKind::Return(Some(value)), span }])
            }
            None if value_ty == Ty::None => {
                (Ty::None, vec![Stmt { kind: StmtKind::Expr(value), span }, Stmt { kind: StmtKind::Return(None), span }])
            }
            None => (value_ty, vec![Stmt { kind: StmtKind::Return(Some(value)), span }]),
        };
        let diags = std::mem::take(&mut inner.diags);
        let inner_locals = std::mem::take(&mut inner.locals);
        drop(inner);
        let failed = !diags.is_empty() || value_ty == Ty::Unknown;
        self.diags.extend(diags);
        if failed {
            return None;
        }
        let ty = Ty::callable(params, ret);
        let mut locals: Vec<hir::Local> = inner_locals
            .into_iter()
            .map(|l| hir::Local { name: l.name, ty: l.ty.unwrap_or(Ty::Unknown), needs_bound_flag: l.needs_bound_flag })
            .collect();
        locals[0].ty = ty;
        let function = hir::Function {
            name: format!("{}{qualified}>", hir::BOUND_METHOD_CODE_PREFIX),
            span,
            params: (0..=n as u32).map(LocalId).collect(),
            ret,
            locals,
            body: stmts,
            defaults: vec![None; n + 1],
            doc: None,
            closure: hir::Closure { captures: Some(vec![receiver_id]), cells: Vec::new() },
        };
        let key = KEY_BASE.wrapping_add(span.start);
        Some((self.define_lambda(key, function), ty))
    }
}

/// The Python name of a receiver's type, for messages.
fn type_name(checker: &Checker<'_, '_>, ty: Ty) -> String {
    match ty {
        Ty::Instance(id) => checker.env.classes.by_id(id).map(|(_, info)| info.id.name.to_string()).unwrap_or_default(),
        Ty::Exception(class) => class.name().to_string(),
        other => other.python_name().to_string(),
    }
}

fn takes(required: usize, all: usize) -> String {
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    if required == all {
        format!("{all} {}", plural(all))
    } else {
        format!("{required} to {all} {}", plural(all))
    }
}

/// For each `NAME = obj.attr` assignment in the module (by the attribute's
/// start), the numbers of arguments that the calls `NAME(...)` pass, each
/// once: the calls in the same function (a top-level `def` or a method,
/// nested functions included), or, for an assignment in the module body,
/// anywhere in the module. A syntactic over-approximation: calls of a
/// same-named variable of another scope count too.
pub(crate) fn call_arities(suite: &[ast::Stmt]) -> HashMap<u32, Vec<usize>> {
    let mut module = CallScope::default();
    let mut functions: Vec<CallScope> = Vec::new();
    for s in suite {
        split_scopes(s, &mut module, &mut functions);
    }
    let mut everywhere = module.calls.clone();
    for f in &functions {
        for (name, arities) in &f.calls {
            let all = everywhere.entry(name.clone()).or_default();
            for n in arities {
                if !all.contains(n) {
                    all.push(*n);
                }
            }
        }
    }
    let mut out = HashMap::new();
    let scopes = std::iter::once((&module, &everywhere)).chain(functions.iter().map(|f| (f, &f.calls)));
    for (scope, calls) in scopes {
        for (start, name) in &scope.assigned {
            if let Some(arities) = calls.get(name) {
                out.insert(*start, arities.clone());
            }
        }
    }
    out
}

/// The bound-method assignments and the calls of names of one scope.
#[derive(Default)]
struct CallScope {
    assigned: Vec<(u32, String)>,
    calls: HashMap<String, Vec<usize>>,
}

/// Collects a module-level statement into the module's scope, or, for a
/// `def` (also a method in a class body), into a scope of its own.
fn split_scopes(s: &ast::Stmt, module: &mut CallScope, functions: &mut Vec<CallScope>) {
    match s {
        ast::Stmt::FunctionDef(_) => {
            let mut scope = CallScope::default();
            collect(Node::Stmt(s), &mut scope);
            functions.push(scope);
        }
        ast::Stmt::ClassDef(c) => {
            for s in &c.body {
                split_scopes(s, module, functions);
            }
        }
        _ => collect(Node::Stmt(s), module),
    }
}

fn collect(node: Node<'_>, scope: &mut CallScope) {
    match node {
        Node::Stmt(ast::Stmt::Assign(a)) => {
            if let ([ast::Expr::Name(target)], ast::Expr::Attribute(attr)) = (a.targets.as_slice(), &*a.value) {
                scope.assigned.push((u32::from(attr.range.start()), target.id.to_string()));
            }
        }
        Node::Expr(ast::Expr::Call(c)) => {
            if let ast::Expr::Name(f) = &*c.func {
                if c.keywords.is_empty() && !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
                    let arities = scope.calls.entry(f.id.to_string()).or_default();
                    if !arities.contains(&c.args.len()) {
                        arities.push(c.args.len());
                    }
                }
            }
        }
        _ => {}
    }
    for_each_child(node, &mut |child| collect(child, scope));
}
