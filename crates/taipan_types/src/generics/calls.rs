//! The checker's side of generic functions: a call infers its type
//! arguments from its arguments (`infer_type_args`, unifying with
//! `unify.rs`) and calls the instance, or asks for it (`generics.rs`).

use std::collections::HashMap;

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use super::{instance_name, instance_types, is_instance_name, renders, unify, want, GenericFunction};
use crate::hir::{self, Expr, Ty};

impl crate::checker::Checker<'_, '_> {
    /// A call of generic function `generic` (named `name`): infers its type
    /// arguments and calls that instance.
    pub(crate) fn generic_call(
        &mut self,
        name: &str,
        generic: &GenericFunction,
        call: &ast::ExprCall,
        span: Span,
        expected: Option<Ty>,
    ) -> Expr {
        let args = match self.infer_type_args(name, generic, call, span, expected) {
            Ok(args) => args,
            Err(None) => return self.reject_call(call, span, String::new()),
            Err(Some(msg)) => return self.reject_call(call, span, msg),
        };
        let instance = instance_name(name, &args);
        match self.env.scan.function_index.get(&instance) {
            Some(&f) => self.user_call(hir::FuncId(f as u32), call, span, None),
            None => {
                want(name, args);
                // (This round's result is dropped: the next one has the instance.)
                self.reject_call(call, span, format!("generic function '{instance}' is not instantiated yet"))
            }
        }
    }

    /// The type arguments of a call of a generic function, from its
    /// arguments' types (and the type the result is expected to have).
    /// `Err(None)`: an error was reported already.
    pub(crate) fn infer_type_args(
        &mut self,
        name: &str,
        generic: &GenericFunction,
        call: &ast::ExprCall,
        span: Span,
        expected: Option<Ty>,
    ) -> Result<Vec<Ty>, Option<String>> {
        if call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return Err(Some(format!("a call of generic function '{name}' cannot pass '*' arguments yet")));
        }
        let def = &generic.def;
        let params: Vec<&ast::Arg> =
            def.args.posonlyargs.iter().chain(&def.args.args).chain(&def.args.kwonlyargs).map(|p| &p.def).collect();
        let mut pairs: Vec<(&ast::Expr, &ast::Expr)> = Vec::new();
        for (i, arg) in call.args.iter().enumerate() {
            let param = match params.get(i).filter(|_| i < def.args.posonlyargs.len() + def.args.args.len()) {
                Some(p) => p,
                None => match def.args.vararg.as_deref() {
                    Some(v) => v,
                    None => continue,
                },
            };
            if let Some(annotation) = param.annotation.as_deref() {
                pairs.push((annotation, arg));
            }
        }
        for keyword in &call.keywords {
            let Some(arg_name) = &keyword.arg else { continue };
            if let Some(annotation) = params.iter().find(|p| p.arg == *arg_name).and_then(|p| p.annotation.as_deref()) {
                pairs.push((annotation, &keyword.value));
            }
        }
        // The arguments are checked here only for their types: the call of
        // the instance checks them again, with the parameter types as guides.
        let diags_before = self.diags.len();
        let mut unifier = unify::Unifier::new(name, &generic.type_vars);
        let mut unknown = false;
        let mut lambdas = Vec::new();
        for (annotation, arg) in &pairs {
            if matches!(arg, ast::Expr::Lambda(_)) {
                lambdas.push((*annotation, *arg));
                continue;
            }
            // An empty display tells nothing; the instance's call types it.
            if is_empty_display(arg) {
                continue;
            }
            let ty = self.expr(arg, None).ty;
            unknown |= ty == Ty::Unknown;
            if let Err(msg) = unifier.unify(annotation, ty) {
                self.diags.truncate(diags_before);
                return Err(Some(msg));
            }
        }
        // A lambda's parameters take the types bound so far; its body gives the rest.
        for (annotation, arg) in lambdas {
            let Some(expected) = self.callable_guide(&unifier, annotation) else { continue };
            let ty = self.expr(arg, Some(expected)).ty;
            unknown |= ty == Ty::Unknown;
            if let Err(msg) = unifier.unify(annotation, ty) {
                self.diags.truncate(diags_before);
                return Err(Some(msg));
            }
        }
        if let (Some(expected), Some(returns)) = (expected, def.returns.as_deref()) {
            unifier.unify_expected(returns, expected);
        }
        if unknown && self.diags.len() > diags_before {
            // An argument has errors of its own: the instance's call reports them.
            return Err(None);
        }
        self.diags.truncate(diags_before);
        let args = match unifier.finish() {
            Ok(args) => args,
            Err(_) if unknown => return Err(None),
            Err(var) => {
                return Err(Some(format!(
                    "cannot infer the type argument '{var}' of generic function '{name}' from this call; annotate the variable that receives the result or the arguments"
                )))
            }
        };
        if let Some(bad) = args.iter().find(|t| !renders(**t)) {
            self.error(span, format!("generic function '{name}' cannot be instantiated with {bad} yet"));
            return Err(None);
        }
        Ok(args)
    }
}

impl crate::checker::Checker<'_, '_> {
    /// The key in `ModuleState::lambdas` of the lambda (nested function...)
    /// keyed `key` (its span's start) in the function being checked: the
    /// instances of a generic share their spans, not their lambdas.
    pub(crate) fn lambda_key(&self, key: u32) -> u64 {
        let instance = match self.scope {
            crate::checker::Scope::Function { id, .. } => {
                let name = &self.env.scan.functions[id.index()].name;
                let outer = name.split('.').next().unwrap_or(name);
                (is_instance_name(name) || is_instance_name(outer)).then_some(u64::from(id.0) + 1)
            }
            _ => None,
        };
        (instance.unwrap_or(0) << 32) | u64::from(key)
    }

    /// What a lambda argument for `Callable[[P...], R]` annotation `ann` is
    /// checked against: the parameter types bound so far, and the return
    /// type if bound (else the lambda's body tells it).
    fn callable_guide(&mut self, unifier: &unify::Unifier<'_>, ann: &ast::Expr) -> Option<Ty> {
        let ast::Expr::Subscript(s) = ann else { return None };
        let ast::Expr::Tuple(t) = &*s.slice else { return None };
        let [ast::Expr::List(params), ret] = t.elts.as_slice() else { return None };
        let bindings: HashMap<&str, Ty> = unifier.bindings().iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let mut scratch = Vec::new();
        let imports = &self.env.scan.imports;
        let mut resolve = |e: &ast::Expr| -> Option<Ty> {
            if unifier.mentions_unbound(e) {
                return None;
            }
            let e = instance_types::substitute_expr(e.clone(), &bindings);
            crate::annotation::resolve(&e, imports, &mut scratch)?.ty
        };
        let params: Option<Vec<Ty>> = params.elts.iter().map(&mut resolve).collect();
        let ret = resolve(ret).unwrap_or(Ty::Unknown);
        Some(Ty::callable(&params?, ret))
    }
}

/// `[]`, `{}`, `()`, `set()`, `dict()`, `list()`: a value whose element types
/// only the place it goes to tells.
fn is_empty_display(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::List(l) => l.elts.is_empty(),
        ast::Expr::Dict(d) => d.keys.is_empty(),
        ast::Expr::Tuple(t) => t.elts.is_empty(),
        ast::Expr::Call(c) => {
            c.args.is_empty() && c.keywords.is_empty() && matches!(&*c.func, ast::Expr::Name(n) if matches!(n.id.as_str(), "set" | "dict" | "list"))
        }
        _ => false,
    }
}
