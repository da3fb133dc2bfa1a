//! Name resolution and type checking: AST → typed HIR ([`hir`]).
//!
//! `check_file` parses, scans the module (`scan`), builds the function
//! signatures and the module globals (`env`), then checks the module body and
//! each function body (`checker`, `stmt`, `expr`, `call`, `builtin_call`,
//! `math_call`). A body whose
//! variables are read before their first assignment in the text (in loops) is
//! checked again once their types are known.
//!
//! `extension` holds what only a CPython extension build needs: which functions
//! it exports, whether their signatures can cross into Python, and the `.pyi`
//! stub.
//!
//! Architecture invariant: this crate is pure (no IO) and knows nothing of the
//! IR; `taipan_lower` turns its HIR into IR.

mod abstract_methods;
mod annotation;
mod builtin_call;
mod call;
mod checker;
mod class_constants;
mod class_env;
mod classmethods;
mod class_expr;
mod comprehension;
mod container_expr;
mod dataclass;
mod dict_set;
mod env;
pub mod extension;
mod exception_args;
mod exceptions;
mod expr;
mod flow;
mod fold;
mod fstring;
mod generator;
mod iter_builtins;
mod iter_protocol;
mod lambda;
pub mod hir;
mod hir_classes;
mod hir_collections;
mod math_call;
mod method_call;
mod narrowing;
mod object_eq;
mod optional_scalar;
mod printf_format;
mod runtime_specials;
mod scan;
mod sequence_builtins;
mod special_methods;
mod stmt;
mod sys_module;
mod str_builtins;
mod str_format;
mod str_methods;
mod target;
mod try_stmt;
mod types;

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, SourceFile};
use taipan_syntax::ast;

use checker::{Checker, LocalVar, Scope};
use env::{ModuleEnv, ModuleState};
use hir::{FuncId, LocalId, Ty};

/// Options of a check.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// The module's `__name__` (`"__main__"` for a program).
    pub module_name: String,
}

/// Parses and checks a file: the typed HIR, or every error found.
pub fn check_file(file: &SourceFile, options: &CheckOptions) -> Result<hir::Module, Vec<Diagnostic>> {
    let suite = taipan_syntax::parse_module(file)?;
    check_suite(&suite, options)
}

/// Checks a parsed module.
pub fn check_suite(suite: &[ast::Stmt], options: &CheckOptions) -> Result<hir::Module, Vec<Diagnostic>> {
    match check_pass(suite, options, exception_args::ExcArgsFacts::default()) {
        // An `e.args` was checked before any construction of its class:
        // check again, knowing every construction from the start.
        Err(PassFailure::Retry(facts, _)) => match check_pass(suite, options, facts) {
            Err(PassFailure::Errors(diags) | PassFailure::Retry(_, diags)) => Err(diags),
            Ok(module) => Ok(module),
        },
        Err(PassFailure::Errors(diags)) => Err(diags),
        Ok(module) => Ok(module),
    }
}

enum PassFailure {
    Errors(Vec<Diagnostic>),
    /// The errors of this pass, which a pass knowing more may not have.
    Retry(exception_args::ExcArgsFacts, Vec<Diagnostic>),
}

/// One check of the module, knowing the exception constructions in `exc_args`.
fn check_pass(
    suite: &[ast::Stmt],
    options: &CheckOptions,
    exc_args: exception_args::ExcArgsFacts,
) -> Result<hir::Module, PassFailure> {
    let mut diags = Vec::new();
    let scan = scan::scan_module(suite, &mut diags);
    let mut env = ModuleEnv::new(&options.module_name, scan, &mut diags);
    let mut state = ModuleState::new(&env, &mut diags);
    state.exc_args = exc_args;
    env.markers = state.allocate_markers(&env);
    for class in &env.scan.classes {
        if env.scan.function_index.contains_key(&class.name) || env.scan.global_index.contains_key(&class.name) {
            diags.push(taipan_diagnostics::Diagnostic::error(
                class.span,
                format!("name '{}' is bound both by a class and by another definition (not supported)", class.name),
            ));
        }
        // (An exception class without methods has no code to define first.)
        let has_code = class.exception.is_none() || !class.methods.is_empty();
        if class.stmt_index > env.scan.first_call_stmt && has_code {
            diags.push(taipan_diagnostics::Diagnostic::error(
                class.span,
                "classes must be defined before the first statement that calls a function (not supported yet)",
            ));
        }
    }

    let (body, body_locals, body_diags) = check_module_body(suite, &env, &mut state);
    diags.extend(body_diags);

    let mut functions = Vec::new();
    for f in 0..env.scan.functions.len() {
        let (function, function_diags) = check_function(FuncId(f as u32), &env, &mut state);
        match classmethods::copy_note(&env.scan, f) {
            // A classmethod's copy for a subclass: its own errors, explained.
            Some(note) => diags.extend(
                function_diags
                    .into_iter()
                    .filter(|d| !diags.iter().any(|o| o.span == d.span && o.message == d.message))
                    .map(|d| d.with_note(note.clone()))
                    .collect::<Vec<_>>(),
            ),
            None => diags.extend(function_diags),
        }
        functions.push(function);
    }
    functions.extend(std::mem::take(&mut state.lambdas).into_iter().map(|(_, f)| f));
    state.finish_global_types();
    exception_args::verify_args_uses(&state.exc_args, &env, &mut diags);
    runtime_specials::check_signatures(&env, &mut diags);

    if !diags.is_empty() {
        diags.sort_by_key(|d| d.span.start);
        diags.dedup();
        if state.exc_args.wants_retry() {
            return Err(PassFailure::Retry(state.exc_args.seed(), diags));
        }
        return Err(PassFailure::Errors(diags));
    }
    let mut classes = env.classes.hir_classes(&options.module_name);
    runtime_specials::fill(&mut classes, &env);
    let variables = state.module_variables(&env);
    Ok(hir::Module {
        name: options.module_name.clone(),
        functions,
        globals: state.hir_globals,
        body,
        doc: docstring(suite),
        body_locals,
        classes,
        exception_classes: exceptions::user_exception_classes(),
        variables,
    })
}

/// The docstring of a module or function body: its first statement, when that
/// is a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first()? {
        ast::Stmt::Expr(ast::StmtExpr { value, .. }) => match &**value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// How many times a body is checked at most: each extra pass learns at least one
/// more variable type, so this only bounds pathological inputs.
const MAX_PASSES: usize = 64;

fn check_module_body(
    suite: &[ast::Stmt],
    env: &ModuleEnv<'_>,
    state: &mut ModuleState,
) -> (Vec<hir::Stmt>, Vec<hir::Local>, Vec<Diagnostic>) {
    let mut pass = 0;
    loop {
        pass += 1;
        let mut checker = Checker::new(env, state, Scope::Module);
        let mut body = Vec::new();
        for (i, stmt) in suite.iter().enumerate() {
            checker.stmt_index = i;
            checker.stmt(stmt, &mut body);
        }
        if !checker.should_rerun() || pass >= MAX_PASSES {
            let locals = checker
                .locals
                .into_iter()
                .map(|l| hir::Local { name: l.name, ty: l.ty.unwrap_or(Ty::Unknown), needs_bound_flag: false })
                .collect();
            return (body, locals, checker.diags);
        }
    }
}

fn check_function(f: FuncId, env: &ModuleEnv<'_>, state: &mut ModuleState) -> (hir::Function, Vec<Diagnostic>) {
    let decl = &env.scan.functions[f.index()];
    let sig = &env.sigs[f.index()];
    let mut body_scan = scan::scan_function_body(decl.def);
    let mut diags = Vec::new();
    // A classmethod's `cls` names its class: it is not a local.
    let class_alias = match decl.owner {
        Some(c) if class_env::kind_of(decl.def) == class_env::MethodKind::Class && !body_scan.locals.is_empty() => {
            Some((body_scan.locals.remove(0), c))
        }
        _ => None,
    };

    // Parameters first, then the body's other locals, typed by annotations
    // where they have one.
    let mut types: Vec<Option<Ty>> = Vec::new();
    for (i, name) in body_scan.locals.iter().enumerate() {
        let ty = match sig.params.get(i) {
            Some(p) => Some(p.ty),
            None => body_scan.annotations.get(name).and_then(|a| {
                let resolved = annotation::resolve(a, &env.scan.imports, &mut diags)?;
                resolved.ty
            }),
        };
        types.push(ty);
    }
    for (name, span) in &body_scan.global_decls {
        if body_scan.locals.iter().take(sig.params.len()).any(|p| p == name) {
            diags.push(Diagnostic::error(*span, format!("name '{name}' is parameter and global")));
        }
    }
    let local_index: HashMap<String, LocalId> =
        body_scan.locals.iter().enumerate().map(|(i, n)| (n.clone(), LocalId(i as u32))).collect();

    let scope = Scope::Function { id: f, ret: sig.ret, ret_annotated: sig.ret_annotated };
    let mut pass = 0;
    loop {
        pass += 1;
        let mut checker = Checker::new(env, state, scope);
        checker.locals = body_scan
            .locals
            .iter()
            .zip(&types)
            .map(|(name, ty)| LocalVar { name: name.clone(), ty: *ty, needs_bound_flag: false })
            .collect();
        checker.local_index = local_index.clone();
        checker.widenable = (sig.params.len()..body_scan.locals.len())
            .filter(|&i| !body_scan.annotations.contains_key(&body_scan.locals[i]))
            .map(|i| LocalId(i as u32))
            .collect();
        checker.class_alias = class_alias.clone();
        checker.global_decls = body_scan.global_decls.clone();
        for p in 0..sig.params.len() {
            checker.flow.bind(p);
        }
        let mut body = Vec::new();
        for stmt in &decl.def.body {
            checker.stmt(stmt, &mut body);
        }
        // An abstract method's body runs only where the checker allows it
        // (`abstract_methods.rs`): falling off its end is unreachable.
        let abstract_body = decl.owner.is_some() && abstract_methods::is_abstract(decl.def);
        if checker.flow.is_reachable() && sig.ret != Ty::None && sig.ret != Ty::Unknown && !abstract_body {
            checker.error(decl.span, abstract_methods::missing_return_message(decl.def, sig.ret));
        }
        if checker.should_rerun() && pass < MAX_PASSES {
            types = checker.locals.iter().map(|l| l.ty).collect();
            continue;
        }
        diags.extend(checker.diags);
        let locals = checker
            .locals
            .into_iter()
            .map(|l| hir::Local { name: l.name, ty: l.ty.unwrap_or(Ty::Unknown), needs_bound_flag: l.needs_bound_flag })
            .collect();
        let function = hir::Function {
            // Tracebacks name a method by its own name (`check`, not `Node.check`).
            name: decl.def.name.to_string(),
            span: decl.span,
            params: (0..sig.params.len()).map(|i| LocalId(i as u32)).collect(),
            ret: sig.ret,
            locals,
            body,
            defaults: state.defaults[f.index()].clone(),
            doc: docstring(&decl.def.body),
        };
        return (function, diags);
    }
}

#[cfg(test)]
mod tests;
