//! Function values: nested `def`s, `lambda`s where a `Callable` is expected,
//! module functions used as values, and calls of function values.
//!
//! A function value (`Ty::Callable`) is a closure object: the code of a
//! function compiled with a closure parameter first (`hir::Closure::captures`),
//! and the values it captured (`hir::ExprKind::MakeClosure`). Which captured
//! variables are copied and which are shared through cells is decided by
//! `closure_scan.rs`; this file checks the bodies and builds the HIR.
//!
//! A nested function's body is checked by a checker of its own, which sees
//! the enclosing function's variables only as the captures it was given.
//! What stays unsupported is rejected by name: capturing a variable that may
//! not be assigned yet where the closure is made, capturing comprehension
//! variables or variables of generator functions, keyword arguments in calls
//! of function values, and printing or comparing function values (CPython
//! prints their address and compares by identity).

use std::collections::HashMap;

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{Checker, LocalVar, Resolved, Scope};
use crate::closure_scan::{self, ClosurePlan};
use crate::hir::{
    self, ArgSlot, AssignTarget, Capture, Expr, ExprKind, FuncId, GlobalId, LocalId, Place, Stmt, StmtKind, Ty,
};

/// The key in `ModuleState::lambdas` of the value wrapper of module function
/// `f` (span starts key the others).
fn wrapper_key(f: FuncId) -> u32 {
    u32::MAX - f.0
}

/// The body of a function value's code.
#[derive(Clone, Copy)]
pub(crate) enum CodeBody<'b> {
    Def(&'b ast::StmtFunctionDef),
    Lambda(&'b ast::Expr),
    /// A stored generator expression (`stored_generator.rs`), its first
    /// iterable made of the parameters.
    Generator(&'b ast::ExprGeneratorExp),
}

/// Where the keys of stored generator expressions in `ModuleState::lambdas`
/// start (a lambda's key is the start of its span).
const GENERATOR_KEYS: u32 = 1 << 30;

/// What the code of a function value is made of.
pub(crate) struct Code<'b> {
    pub name: String,
    pub span: Span,
    pub params: Vec<(String, Ty)>,
    pub ret: Ty,
    pub ret_annotated: bool,
    pub body: CodeBody<'b>,
    /// The names it reads from the scopes around it.
    pub free: Vec<String>,
    /// A nested `def` whose name, inside its body, is the function itself.
    pub self_name: Option<String>,
    /// For a generator function: the type of its elements.
    pub generator_elem: Option<Ty>,
    pub ty: Ty,
}

impl<'b> Code<'b> {
    /// The code of a generator function written in Python as library code
    /// (`itertools_iterators.rs`, `itertools_groupby.rs`): `def`, taking
    /// `params`, giving `elem`s, reading nothing around it.
    pub(crate) fn library_generator(name: &str, span: Span, params: Vec<(String, Ty)>, def: &'b ast::StmtFunctionDef, elem: Ty) -> Code<'b> {
        let param_types: Vec<Ty> = params.iter().map(|p| p.1).collect();
        let ret = Ty::iterator(elem);
        Code {
            name: name.to_string(),
            span,
            params,
            ret,
            ret_annotated: true,
            body: CodeBody::Def(def),
            free: Vec::new(),
            self_name: None,
            generator_elem: Some(elem),
            ty: Ty::callable(&param_types, ret),
        }
    }
}

/// One captured variable.
struct Captured {
    name: String,
    ty: Ty,
    capture: Capture,
    cell: bool,
}

impl Checker<'_, '_> {
    /// At the start of a function body: its cells, and the statements that
    /// copy parameters that are cells into their cells.
    pub(crate) fn enter_cells(
        &mut self,
        cells: &[LocalId],
        param_cells: &[(LocalId, LocalId)],
        plan: &ClosurePlan,
        span: Span,
        body: &mut Vec<Stmt>,
    ) {
        self.cells = cells.iter().copied().collect();
        self.closure_plan = plan.clone();
        for &(param, cell) in param_cells {
            let Some(ty) = self.locals[param.index()].ty else { continue };
            let value = Expr { kind: ExprKind::Local { id: param, checked: false }, ty, span };
            let target = AssignTarget { place: Place::Cell(cell), convert: None };
            body.push(Stmt { kind: StmtKind::Assign { targets: vec![target], value }, span });
            self.flow.bind(cell.index());
        }
    }

    /// A `def` inside a function body: binds its name to a new function value.
    pub(crate) fn nested_def(&mut self, def: &ast::StmtFunctionDef, span: Span, out: &mut Vec<Stmt>) {
        if let Some(d) = def.args.posonlyargs.iter().chain(&def.args.args).find_map(|a| a.default.as_deref()) {
            self.error(span_of(d), "default values of nested functions are not supported yet");
            return;
        }
        let a = &def.args;
        if let Some(k) = a.kwonlyargs.first() {
            let msg = "keyword-only parameters of nested functions are not supported yet (calls of function values pass arguments by position)";
            self.error(span_of(&k.def), msg);
            return;
        }
        // (Positional-only parameters are plain ones here: a function value
        // is only ever called with positional arguments.)
        if a.vararg.is_some() || a.kwarg.is_some() {
            self.error(span, "nested functions with parameters other than plain positional ones are not supported yet");
            return;
        }
        let decl = crate::scan::FuncDecl { name: def.name.to_string(), owner: None, def, stmt_index: 0, span };
        let mut diags = Vec::new();
        let sig = crate::env::signature(&decl, None, &self.env.scan, &mut diags);
        let failed = !diags.is_empty();
        self.diags.extend(diags);
        if failed {
            return;
        }
        // A nested generator function: its value's code is the generator's
        // creator (`taipan_lower/src/generator_fn.rs`).
        let generator_elem = crate::generator_fn::is_generator(&def.body).then(|| {
            let mut diags = Vec::new();
            crate::generator_fn::check_yield_positions(&def.body, &mut diags);
            let elem = crate::generator_fn::element_type(sig.ret, span, &mut diags);
            self.diags.extend(diags);
            elem
        });
        let params: Vec<(String, Ty)> = sig.params.iter().map(|p| (p.name.clone(), p.ty)).collect();
        let ty = Ty::callable(&params.iter().map(|p| p.1).collect::<Vec<_>>(), sig.ret);
        let name = def.name.to_string();
        let self_name = self.closure_plan.self_refs.contains(&name).then(|| name.clone());
        let code = Code {
            name: name.clone(),
            span,
            params,
            ret: sig.ret,
            ret_annotated: sig.ret_annotated,
            body: CodeBody::Def(def),
            free: closure_scan::free_names_of_def(def),
            self_name,
            generator_elem,
            ty,
        };
        let Some(value) = self.function_value_code(code) else {
            // Still a function of this type: later uses are checked as such.
            self.assign_name(&name, span, crate::checker::Assigned { ty, span, constant: None });
            return;
        };
        if let Some(target) = self.assign_name(&name, span, (&value).into()) {
            out.push(Stmt { kind: StmtKind::Assign { targets: vec![target], value }, span });
        }
    }

    /// A `lambda` where a value of type `expected` goes.
    pub(crate) fn lambda_value(&mut self, l: &ast::ExprLambda, expected: Option<Ty>, span: Span) -> Expr {
        let no_params = l.args.args.is_empty() && l.args.posonlyargs.is_empty() && l.args.kwonlyargs.is_empty()
            && l.args.vararg.is_none() && l.args.kwarg.is_none();
        let sig = match expected {
            Some(Ty::Callable(sig)) => sig,
            // `lambda: expr` needs no parameter types: its type is the body's.
            _ if no_params => match Ty::callable(&[], Ty::Unknown) {
                Ty::Callable(sig) => sig,
                _ => return Self::error_expr(span),
            },
            _ => {
            self.error(
                span,
                "the parameter types of this lambda are unknown: use it where a Callable is expected (annotate the variable: f: Callable[[int], int] = lambda x: ...)",
            );
            return Self::error_expr(span);
            }
        };
        let a = &l.args;
        if !a.posonlyargs.is_empty() || !a.kwonlyargs.is_empty() || a.vararg.is_some() || a.kwarg.is_some() {
            self.error(span, "lambda parameters other than plain positional ones are not supported yet");
            return Self::error_expr(span);
        }
        if let Some(d) = a.args.iter().find_map(|p| p.default.as_deref()) {
            self.error(span_of(d), "default values of lambda parameters are not supported yet");
            return Self::error_expr(span);
        }
        if a.args.len() != sig.params.len() {
            let expected = Ty::Callable(sig);
            self.error(span, format!("expected {expected}, found a lambda with {} parameter(s)", a.args.len()));
            return Self::error_expr(span);
        }
        let params = a.args.iter().zip(sig.params).map(|(p, ty)| (p.def.arg.to_string(), *ty)).collect();
        let code = Code {
            name: "<lambda>".to_string(),
            span,
            params,
            ret: sig.ret,
            ret_annotated: true,
            body: CodeBody::Lambda(&l.body),
            free: closure_scan::free_names_of_lambda(l),
            self_name: None,
            generator_elem: None,
            ty: Ty::Callable(sig),
        };
        self.function_value_code(code).unwrap_or_else(|| Self::error_expr(span))
    }

    /// A module function `f` used as a value: a closure over a wrapper that
    /// calls it (so direct calls of `f` keep the plain ABI).
    pub(crate) fn module_function_value(&mut self, f: FuncId, span: Span) -> Expr {
        let sig = &self.env.sigs[f.index()];
        if sig.params.iter().any(|p| p.ty == Ty::Unknown) || sig.ret == Ty::Unknown {
            return Self::error_expr(span);
        }
        if self.env.scan.functions[f.index()].owner.is_some() {
            self.error(span, "methods as values are not supported yet");
            return Self::error_expr(span);
        }
        if sig.star.is_some() {
            self.error(span, format!("functions with *args parameters as values are not supported yet ('{}')", sig.name));
            return Self::error_expr(span);
        }
        let defined = self.flow.is_bound(self.env.function_slot(f));
        if self.is_module_scope() && !defined && self.env.markers[f.index()].is_none() {
            // Module-level `def`s are unconditional: it comes later in the file.
            self.error(span, format!("name '{}' is not defined (its 'def' comes later)", sig.name));
            return Self::error_expr(span);
        }
        // A function value is called by position: its keyword-only
        // parameters always get their defaults.
        let Some(keyword_defaults) = self.keyword_only_defaults(f, "as a value", span) else {
            return Self::error_expr(span);
        };
        let sig = &self.env.sigs[f.index()];
        let params: Vec<Ty> = sig.params[..sig.positional_count()].iter().map(|p| p.ty).collect();
        let ty = Ty::callable(&params, sig.ret);
        let name = format!("{}{}>", hir::FUNCTION_VALUE_CODE_PREFIX, sig.name);
        let wrapper = self.value_wrapper(f, &params, keyword_defaults, sig.ret, name);
        let closure = Expr { kind: ExprKind::MakeClosure { func: wrapper, captures: Vec::new() }, ty, span };
        // CPython looks the name up: before its `def` has run, `NameError`.
        let marker = match self.scope {
            Scope::Module if self.flow.is_bound(self.env.function_slot(f)) => None,
            _ => self.env.markers[f.index()],
        };
        match marker {
            Some(marker) => defined_then(marker, closure),
            None => closure,
        }
    }

    /// Stores `function` as the compiled lambda keyed `key` (replacing the
    /// one an earlier pass over the same body made): its id.
    pub(crate) fn define_lambda(&mut self, key: u32, function: hir::Function) -> FuncId {
        let key = self.lambda_key(key);
        let base = self.env.scan.functions.len();
        let index = match self.state.lambdas.iter().position(|(k, _)| *k == key) {
            Some(i) => {
                self.state.lambdas[i].1 = function;
                i
            }
            None => {
                self.state.lambdas.push((key, function));
                self.state.lambdas.len() - 1
            }
        };
        FuncId((base + index) as u32)
    }

    /// The code of module function `f` as a function value: `(closure,
    /// params...) -> f(params...)`, made once; `params` are the positional
    /// ones, the keyword-only ones get `keyword_defaults`.
    fn value_wrapper(&mut self, f: FuncId, params: &[Ty], keyword_defaults: Vec<crate::keyword_defaults::KeywordDefault>, ret: Ty, name: String) -> FuncId {
        let span = self.env.scan.functions[f.index()].span;
        let key = u64::from(wrapper_key(f));
        let base = self.env.scan.functions.len();
        if let Some(i) = self.state.lambdas.iter().position(|(k, _)| *k == key) {
            return FuncId((base + i) as u32);
        }
        let mut locals = vec![hir::Local { name: "<closure>".to_string(), ty: Ty::callable(params, ret), needs_bound_flag: false }];
        let mut args = Vec::new();
        for (i, ty) in params.iter().enumerate() {
            let name = self.env.sigs[f.index()].params[i].name.clone();
            locals.push(hir::Local { name, ty: *ty, needs_bound_flag: false });
            args.push(Expr { kind: ExprKind::Local { id: LocalId(i as u32 + 1), checked: false }, ty: *ty, span });
        }
        let mut slots: Vec<ArgSlot> = (0..params.len()).map(ArgSlot::Arg).collect();
        crate::keyword_defaults::pass_keyword_defaults(keyword_defaults, &mut args, &mut slots);
        let call = Expr { kind: ExprKind::Call { func: f, args, slots, check_defined: None }, ty: ret, span };
        let body = if ret == Ty::None {
            vec![Stmt { kind: StmtKind::Expr(call), span }, Stmt { kind: StmtKind::Return(None), span }]
        } else {
            vec![Stmt { kind: StmtKind::Return(Some(call)), span }]
        };
        let function = hir::Function {
            name,
            span,
            params: (0..=params.len() as u32).map(LocalId).collect(),
            ret,
            locals,
            body,
            defaults: vec![None; params.len() + 1],
            doc: None,
            closure: hir::Closure { captures: Some(Vec::new()), cells: Vec::new() },
        };
        self.state.lambdas.push((key, function));
        FuncId((base + self.state.lambdas.len() - 1) as u32)
    }

    /// `callee(args...)` for a function value.
    pub(crate) fn call_value(&mut self, callee: Expr, call: &ast::ExprCall, span: Span) -> Expr {
        let Ty::Callable(sig) = callee.ty else { return self.reject_call(call, span, String::new()) };
        if !call.keywords.is_empty() {
            return self.reject_call(call, span, "keyword arguments in calls of function values are not supported".to_string());
        }
        if call.args.len() != sig.params.len() {
            let msg = format!(
                "a {} takes {} argument{}, but {} {} given",
                callee.ty,
                sig.params.len(),
                if sig.params.len() == 1 { "" } else { "s" },
                call.args.len(),
                if call.args.len() == 1 { "was" } else { "were" }
            );
            return self.reject_call(call, span, msg);
        }
        let mut args = Vec::new();
        for (a, ty) in call.args.iter().zip(sig.params) {
            let value = self.value(a, Some(*ty));
            args.push(self.coerce(value, *ty));
        }
        if args.iter().any(|a| a.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        // The callee may assign any object's fields.
        self.forget_shared_narrowings();
        Expr { kind: ExprKind::CallValue { callee: Box::new(callee), args }, ty: sig.ret, span }
    }

    /// Rejects printing a function value (or a container of them).
    pub(crate) fn reject_function_values(&mut self, e: &Expr, what: &str) -> bool {
        if e.ty.has_callable() {
            self.error(e.span, format!("{what} function values is not supported (CPython prints their address)"));
            return true;
        }
        false
    }

    /// Rejects a comparison chain that compares function values: `==`,
    /// `<`... of two of them, `in` of one in a container (a dict or list
    /// merely holding them as values is fine for `k in d`).
    pub(crate) fn reject_compared_function_values(&mut self, operands: &[Expr], ops: &[hir::CmpOp]) -> bool {
        let mut rejected = false;
        for (i, op) in ops.iter().enumerate() {
            let (left, right) = (&operands[i], &operands[i + 1]);
            let compared = match op {
                hir::CmpOp::In | hir::CmpOp::NotIn => {
                    left.ty.has_callable() || right.ty.iter_elem().is_some_and(|e| e.has_callable())
                }
                _ => left.ty.has_callable() || right.ty.has_callable(),
            };
            if compared && !rejected {
                rejected = true;
                let span = if left.ty.has_callable() { left.span } else { right.span };
                self.error(span, "comparing function values is not supported (CPython compares them by identity)");
            }
        }
        rejected
    }

    /// Checks the code of a function value and gives the value.
    pub(crate) fn function_value_code(&mut self, code: Code<'_>) -> Option<Expr> {
        if let CodeBody::Def(def) = code.body {
            for name in closure_scan::nonlocal_names(def) {
                if !matches!(self.resolve(&name), Resolved::Local(_)) {
                    self.error(code.span, format!("no binding for nonlocal '{name}' found"));
                    return None;
                }
            }
        }
        let captured = self.captures(&code)?;
        let n_params = code.params.len();
        // Locals: the closure, the parameters, the body's own, the cells of
        // parameters, the captures.
        let mut names: Vec<String> = vec!["<closure>".to_string()];
        let mut types: Vec<Option<Ty>> = vec![Some(code.ty)];
        for (name, ty) in &code.params {
            names.push(name.clone());
            types.push(Some(*ty));
        }
        let mut annotated: Vec<String> = Vec::new();
        let mut global_decls = HashMap::new();
        let plan = match code.body {
            CodeBody::Def(def) => {
                let body_scan = crate::scan::scan_function_body(def);
                let nonlocals = closure_scan::nonlocal_names(def);
                for name in body_scan.locals.iter().skip(n_params) {
                    if nonlocals.contains(name) {
                        continue;
                    }
                    let ty = body_scan.annotations.get(name).and_then(|a| {
                        let mut diags = Vec::new();
                        let resolved = crate::annotation::resolve(a, &self.env.scan.imports, &mut diags);
                        self.diags.extend(diags);
                        resolved?.ty
                    });
                    if ty.is_some() {
                        annotated.push(name.clone());
                    }
                    names.push(name.clone());
                    types.push(ty);
                }
                global_decls = body_scan.global_decls.clone();
                closure_scan::plan_of_def(def)
            }
            CodeBody::Lambda(_) | CodeBody::Generator(_) => ClosurePlan::default(),
        };
        let n_own = names.len();
        let (mut cells, param_cells) = add_cell_locals(&mut names, &mut types, n_params + 1, &plan);
        let mut captures = Vec::new();
        for c in &captured {
            let id = LocalId(names.len() as u32);
            names.push(c.name.clone());
            types.push(Some(c.ty));
            if c.cell {
                cells.push(id);
            }
            captures.push(id);
        }
        let mut index: HashMap<String, LocalId> = HashMap::new();
        if let Some(me) = &code.self_name {
            index.insert(me.clone(), LocalId(0));
        }
        for (i, n) in names.iter().enumerate().skip(1) {
            index.insert(n.clone(), LocalId(i as u32));
        }
        // The cells of parameters were pushed after the body's locals: the
        // name means the cell.
        for &(_, cell) in &param_cells {
            index.insert(names[cell.index()].clone(), cell);
        }
        for (c, id) in captured.iter().zip(&captures) {
            index.insert(c.name.clone(), *id);
        }
        let own_cells: Vec<LocalId> = cells.iter().copied().filter(|c| !captures.contains(c)).collect();
        let enclosing = match self.scope {
            Scope::Function { id, .. } => id,
            Scope::Module => FuncId(u32::MAX),
        };
        let scope = Scope::Function { id: enclosing, ret: code.ret, ret_annotated: code.ret_annotated, closure: true };
        let class_alias = self.class_alias.clone();
        // A `lambda:` typed by its body: the type it turned out to have.
        let mut inferred = Ty::Unknown;
        let mut pass = 0;
        let (locals, body, diags) = loop {
            pass += 1;
            let mut inner = Checker::new(self.env, &mut *self.state, scope);
            inner.locals = names
                .iter()
                .zip(&types)
                .map(|(name, ty)| LocalVar { name: name.clone(), ty: *ty, needs_bound_flag: false })
                .collect();
            inner.local_index = index.clone();
            inner.widenable = (n_params + 1..n_own)
                .filter(|&i| !annotated.contains(&names[i]))
                .map(|i| LocalId(i as u32))
                .collect();
            inner.global_decls = global_decls.clone();
            inner.class_alias = class_alias.clone();
            inner.generator_elem = code.generator_elem;
            for p in 0..=n_params {
                inner.flow.bind(p);
            }
            for id in &captures {
                inner.flow.bind(id.index());
            }
            let mut body = Vec::new();
            inner.enter_cells(&own_cells, &param_cells, &plan, code.span, &mut body);
            inner.cells.extend(captures.iter().copied().filter(|c| cells.contains(c)));
            match code.body {
                CodeBody::Def(def) => {
                    for stmt in &def.body {
                        inner.stmt(stmt, &mut body);
                    }
                    // A generator's end (falling off it) ends the iteration.
                    let generator = code.generator_elem.is_some();
                    if inner.flow.is_reachable() && code.ret != Ty::None && code.ret != Ty::Unknown && !generator {
                        inner.error(code.span, crate::abstract_methods::missing_return_message(def, code.ret));
                    }
                }
                CodeBody::Lambda(e) => {
                    let expected = (code.ret != Ty::None && code.ret != Ty::Unknown).then_some(code.ret);
                    let value = inner.value(e, expected);
                    let span = value.span;
                    inferred = value.ty;
                    if code.ret == Ty::Unknown && value.ty != Ty::None {
                        body.push(Stmt { kind: StmtKind::Return(Some(value)), span });
                    } else if matches!(code.ret, Ty::None | Ty::Unknown) {
                        body.push(Stmt { kind: StmtKind::Expr(value), span });
                    } else {
                        let value = inner.coerce(value, code.ret);
                        body.push(Stmt { kind: StmtKind::Return(Some(value)), span });
                    }
                }
                CodeBody::Generator(g) => {
                    if let Some(ret) = inner.stored_generator_body(g, code.ret, &mut body) {
                        inferred = ret;
                    }
                }
            }
            if inner.should_rerun() && pass < crate::MAX_PASSES {
                types = inner.locals.iter().map(|l| l.ty).collect();
                continue;
            }
            let locals: Vec<hir::Local> = inner
                .locals
                .into_iter()
                .map(|l| hir::Local { name: l.name, ty: l.ty.unwrap_or(Ty::Unknown), needs_bound_flag: l.needs_bound_flag })
                .collect();
            break (locals, body, inner.diags);
        };
        let failed = !diags.is_empty() || (code.ret == Ty::Unknown && inferred == Ty::Unknown);
        self.diags.extend(diags);
        if failed {
            return None;
        }
        let (ret, ty) = match code.ret {
            Ty::Unknown => (inferred, Ty::callable(&code.params.iter().map(|p| p.1).collect::<Vec<_>>(), inferred)),
            ret => (ret, code.ty),
        };
        let mut locals = locals;
        locals[0].ty = ty;
        let doc = match code.body {
            CodeBody::Def(def) => crate::docstring(&def.body),
            CodeBody::Lambda(_) | CodeBody::Generator(_) => None,
        };
        let function = hir::Function {
            name: code.name,
            span: code.span,
            params: (0..=n_params as u32).map(LocalId).collect(),
            ret,
            locals,
            body,
            defaults: vec![None; n_params + 1],
            doc,
            closure: hir::Closure { captures: Some(captures), cells },
        };
        let key = match code.body {
            CodeBody::Generator(_) => GENERATOR_KEYS + code.span.start,
            _ => code.span.start,
        };
        let func = self.define_lambda(key, function);
        let key = self.lambda_key(key);
        if code.generator_elem.is_some() && !self.state.generator_lambdas.contains(&key) {
            self.state.generator_lambdas.push(key);
        }
        let captures = captured.into_iter().map(|c| c.capture).collect();
        let kind = ExprKind::MakeClosure { func, captures };
        Some(Expr { kind, ty, span: code.span })
    }

    /// The variables of the enclosing function the code reads, each with how
    /// it is captured; `None` (reported) when one cannot be.
    fn captures(&mut self, code: &Code<'_>) -> Option<Vec<Captured>> {
        let mut out = Vec::new();
        let mut ok = true;
        for name in &code.free {
            if code.self_name.as_ref() == Some(name) {
                continue;
            }
            let Resolved::Local(id) = self.resolve(name) else { continue };
            if self.comprehension_locals.contains(&id) {
                self.error(code.span, format!("closures over comprehension variables ('{name}') are not supported yet"));
                ok = false;
                continue;
            }
            if self.closure_plan.handler_names.contains(name) {
                self.error(code.span, format!("closures over names bound by 'except ... as' ('{name}') are not supported"));
                ok = false;
                continue;
            }
            // (A copied value is the same in a generator's frame.)
            if self.generator_elem.is_some() && self.cells.contains(&id) {
                self.error(code.span, format!("closures over variables of generator functions ('{name}') are not supported yet"));
                ok = false;
                continue;
            }
            if !self.flow.is_bound(id.index()) && matches!(code.body, CodeBody::Def(_)) && *name == code.name {
                self.error(
                    code.span,
                    format!("nested function '{name}' calls itself, so it must be defined once, outside loops, and never rebound (not supported otherwise)"),
                );
                ok = false;
                continue;
            }
            if !self.flow.is_bound(id.index()) {
                self.error(
                    code.span,
                    format!("'{name}' is captured by a nested function before it is assigned (not supported)"),
                );
                ok = false;
                continue;
            }
            if self.cells.contains(&id) {
                let Some(ty) = self.locals[id.index()].ty else {
                    self.read_name(name, code.span);
                    ok = false;
                    continue;
                };
                out.push(Captured { name: name.clone(), ty, capture: Capture::Cell(id), cell: true });
            } else {
                let value = self.read_name(name, code.span);
                if value.ty == Ty::Unknown {
                    ok = false;
                    continue;
                }
                out.push(Captured { name: name.clone(), ty: value.ty, capture: Capture::Value(value), cell: false });
            }
        }
        ok.then_some(out)
    }
}

/// Makes the variables of `plan.cells` cells: a local that is a parameter
/// (index below `n_params`) gets a new local of the same name, its cell,
/// which the body start fills. Returns the cell locals and the
/// (parameter, cell) pairs.
pub(crate) fn add_cell_locals(
    names: &mut Vec<String>,
    types: &mut Vec<Option<Ty>>,
    n_params: usize,
    plan: &ClosurePlan,
) -> (Vec<LocalId>, Vec<(LocalId, LocalId)>) {
    let mut cells = Vec::new();
    let mut param_cells = Vec::new();
    for name in &plan.cells {
        let Some(i) = names.iter().position(|n| n == name) else { continue };
        if i < n_params {
            let cell = LocalId(names.len() as u32);
            names.push(name.clone());
            types.push(types[i]);
            param_cells.push((LocalId(i as u32), cell));
            cells.push(cell);
        } else {
            cells.push(LocalId(i as u32));
        }
    }
    (cells, param_cells)
}

/// `value`, after checking that module function `marker`'s `def` has run
/// (`NameError` otherwise, as CPython's name lookup).
fn defined_then(marker: GlobalId, value: Expr) -> Expr {
    let span = value.span;
    let ty = value.ty;
    let check = Expr { kind: ExprKind::Global { id: marker, checked: true }, ty: Ty::Bool, span };
    Expr { kind: ExprKind::Let { values: vec![check], body: Box::new(value) }, ty, span }
}
