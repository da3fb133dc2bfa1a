//! Name resolution and type checking: AST → typed HIR ([`hir`]).
//!
//! `check_file` parses, scans the module (`scan`), builds the function
//! signatures and the module globals (`env`), then checks the module body and
//! each function body (`checker`, `stmt`, `expr`, `call`, `builtin_call`,
//! `math_call`). A body whose
//! variables are read before their first assignment in the text (in loops) is
//! checked again once their types are known.
//!
//! Generic functions and classes are checked once per instantiation, the
//! whole check running in rounds until no new one is needed (`generics`).
//!
//! `extension` holds what only a CPython extension build needs: which functions
//! it exports, whether their signatures can cross into Python, and the `.pyi`
//! stub.
//!
//! Architecture invariant: this crate is pure (no IO) and knows nothing of the
//! IR; `taipan_lower` turns its HIR into IR.

mod abstract_collections;
mod abstract_methods;
mod annotation;
mod builtin_call;
mod builtin_isinstance;
mod bound_method_params;
mod bound_methods;
mod builtin_values;
mod call;
mod chained_assign;
mod checker;
mod class_order;
mod class_attrs;
mod class_vars;
mod class_var_decl;
mod closure_scan;
mod closures;
mod class_constants;
mod class_env;
mod classmethods;
mod class_expr;
mod class_join;
mod comprehension;
mod count_loops;
mod container_modules;
mod deque_type;
mod dict_flavors;
mod container_expr;
mod dataclass;
mod dataclass_field;
mod dataclass_functions;
mod decorated_methods;
mod decorators;
mod del_name;
mod display_unpacking;
mod dict_set;
mod empty_literals;
mod enum_class;
mod enum_expr;
mod env;
pub mod extension;
mod exception_args;
mod exceptions;
mod expr;
mod flow;
mod field_narrowing;
mod field_infer;
mod field_partial;
mod fold;
mod fstring;
mod functools_module;
mod generator;
mod generator_fn;
mod generics;
mod global_stmt;
mod islice;
mod iter_builtins;
mod instance_set_item;
mod iter_protocol;
mod itertools_groupby;
mod itertools_iterators;
mod itertools_module;
mod key_builtins;
mod keyword_defaults;
mod lambda;
pub mod hir;
mod hir_classes;
mod hir_collections;
mod hir_container_modules;
mod hir_range;
pub mod hir_visit;
mod num_places;
mod map_filter;
mod math_call;
mod math_sequences;
mod memoize;
mod method_call;
mod named_tuple;
mod narrowing;
mod nested_decorators;
mod number_methods;
mod object_defaults;
mod object_eq;
mod operator_methods;
mod operator_module;
mod optional_scalar;
mod override_binding;
mod partial_types;
mod property_setter;
mod printf_format;
mod random_module;
mod range_value;
mod reduce_expr;
mod reduce_stmts;
mod runtime_specials;
mod runtime_ordering;
mod scan;
mod slots;
mod sequence_builtins;
mod star_args;
mod special_methods;
mod std_modules;
mod stmt;
mod stored_generator;
mod stmt_rewrite;
mod sys_module;
mod str_builtins;
mod string_module;
mod str_format;
mod str_methods;
mod target;
mod time_module;
mod total_ordering;
mod try_stmt;
mod type_aliases;
mod unpack_targets;
mod type_of;
mod types;
mod unbound_methods;
mod union;
mod walrus;
mod with_stmt;
mod zip_star;

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
    // `map(f, xs)` / `filter(f, xs)` become generator expressions (`map_filter.rs`),
    // and so does `zip(*rows)` (`zip_star.rs`).
    let rewritten = map_filter::expand(&suite);
    let suite = rewritten.unwrap_or(suite);
    let suite = zip_star::expand(&suite).unwrap_or(suite);
    // `islice(it, a, b)` with literal bounds becomes a generator expression (`islice.rs`).
    let suite = islice::expand(&suite).unwrap_or(suite);
    // `[*xs, y]`, `{**d, k: v}` become the operations they are (`display_unpacking.rs`).
    let suite = display_unpacking::expand(&suite).unwrap_or(suite);
    // Type aliases are written out where they are used (`type_aliases.rs`).
    let suite = type_aliases::expand(&suite).unwrap_or(suite);
    check_suite(&suite, options)
}

/// Checks a parsed module.
pub fn check_suite(suite: &[ast::Stmt], options: &CheckOptions) -> Result<hir::Module, Vec<Diagnostic>> {
    let decorated_generics = generics::decorated_generics(suite);
    if !decorated_generics.is_empty() {
        return Err(decorated_generics);
    }
    // `@lru_cache` functions become plain Python first (`memoize.rs`).
    let (expanded, mut memo_errors) = memoize::expand(suite);
    let suite = expanded.as_deref().unwrap_or(suite);
    // `@memo def f` with `memo` a function of the module (`decorators.rs`).
    let (decorated, decorator_errors) = decorators::expand(suite);
    memo_errors.extend(decorator_errors);
    let suite = decorated.as_deref().unwrap_or(suite);
    // `@total_ordering` classes get their derived comparisons (`total_ordering.rs`).
    let (ordered, ordering_errors) = total_ordering::expand(suite);
    memo_errors.extend(ordering_errors);
    let suite = ordered.as_deref().unwrap_or(suite);
    // So do `for i in itertools.count():` loops (`count_loops.rs`).
    let counted = count_loops::expand(suite);
    let suite = counted.as_deref().unwrap_or(suite);
    // And `x = functools.reduce(f, xs, init)` statements (`reduce_stmts.rs`).
    let reduced = reduce_stmts::expand(suite);
    let suite = reduced.as_deref().unwrap_or(suite);
    // `a[i], a[j] = a[j], a[i]` stores through temporaries (`unpack_targets.rs`).
    let unpacked = unpack_targets::expand(suite);
    // Generic functions are checked per instantiation, in rounds (`generics.rs`).
    let result = generics::check_instances(unpacked.as_deref().unwrap_or(suite), |s| check_expanded(s, options));
    match result {
        _ if memo_errors.is_empty() => result,
        Ok(_) => Err(memo_errors),
        Err(diags) => {
            memo_errors.extend(diags);
            Err(memo_errors)
        }
    }
}

fn check_expanded(suite: &[ast::Stmt], options: &CheckOptions) -> Result<hir::Module, Vec<Diagnostic>> {
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
    state.bound_method_arities = bound_methods::call_arities(suite);
    env.markers = state.allocate_markers(&env);
    class_vars::allocate(&env, suite, &mut state);
    enum_expr::allocate(&env, &mut state);
    for class in &env.scan.classes {
        if env.scan.function_index.contains_key(&class.name) || env.scan.global_index.contains_key(&class.name) {
            diags.push(taipan_diagnostics::Diagnostic::error(
                class.span,
                format!("name '{}' is bound both by a class and by another definition (not supported)", class.name),
            ));
        }
        // (An exception class without methods has no code to define first.)
        let has_code = class.exception.is_none() || !class.methods.is_empty();
        if class.stmt_index > env.scan.first_call_stmt
            && has_code
            && class_order::used_before_definition(&env.scan, suite, class.stmt_index, &class.name)
        {
            diags.push(taipan_diagnostics::Diagnostic::error(
                class.span,
                "a class used by code that may run before its definition is not supported yet (define it earlier)",
            ));
        }
    }

    let (body, body_locals, body_diags) = check_module_body(suite, &env, &mut state);
    diags.extend(body_diags);

    let mut functions = Vec::new();
    for f in 0..env.scan.functions.len() {
        let (mut function, mut function_diags) = check_function(FuncId(f as u32), &env, &mut state);
        generics::name_instance_in(&env.scan.functions[f].name, &mut function_diags);
        // A copy for a subclass whose `cls(...)` call does not fit that
        // subclass raises CPython's TypeError when called through it.
        if let Some((message, at)) = classmethods::copy_note(&env.scan, f)
            .and_then(|_| classmethods::copy_errors_raise_type_error(&function_diags))
        {
            function.body = classmethods::raising_body(message, at);
            function_diags.clear();
        }
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
    // Nested generator functions are lambdas: their ids follow the scanned functions'.
    let generator_lambdas: Vec<FuncId> = (state.lambdas.iter().enumerate())
        .filter(|(_, (key, _))| state.generator_lambdas.contains(key))
        .map(|(i, _)| FuncId((env.scan.functions.len() + i) as u32))
        .collect();
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
    // A generic class's instances show its own name at run time (`generics.rs`).
    for class in &mut classes {
        class.qualname = generics::source_name(&class.qualname).to_string();
    }
    runtime_specials::fill(&mut classes, &env);
    let variables = state.module_variables(&env);
    let mut stored_defaults: Vec<(usize, usize)> = state.object_defaults.keys().copied().collect();
    stored_defaults.sort_unstable();
    let mut module = hir::Module {
        name: options.module_name.clone(),
        functions,
        globals: state.hir_globals,
        body,
        doc: docstring(suite),
        body_locals,
        classes,
        exception_classes: exceptions::user_exception_classes(),
        variables,
        generators: (0..env.scan.functions.len())
            .filter(|&f| generator_fn::is_generator(&env.scan.functions[f].def.body))
            .map(|f| FuncId(f as u32))
            .chain(generator_lambdas)
            .collect(),
        stored_defaults: stored_defaults.into_iter().map(|(f, p)| (FuncId(f as u32), p)).collect(),
        nums: Default::default(),
        generic_functions: Vec::new(),
        param_layouts: (env.sigs.iter().enumerate())
            .filter(|(f, _)| env.scan.functions[*f].owner.is_none())
            .filter_map(|(f, sig)| Some((FuncId(f as u32), sig.param_layout()?)))
            .collect(),
    };
    module.nums = num_places::analyse(&module);
    Ok(module)
}

/// The docstring of a module or function body: its first statement, when that
/// is a string literal.
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<String> {
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
pub(crate) const MAX_PASSES: usize = 64;

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
    diags.extend(star_args::exported_star_error(env, decl, sig));
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
    // Captured variables that are assigned live in cells (`closures.rs`).
    let closure_plan = closure_scan::plan_of_def(decl.def);
    let (cells, param_cells) =
        closures::add_cell_locals(&mut body_scan.locals, &mut types, sig.params.len(), &closure_plan);
    let local_index: HashMap<String, LocalId> =
        body_scan.locals.iter().enumerate().map(|(i, n)| (n.clone(), LocalId(i as u32))).collect();

    let scope = Scope::Function { id: f, ret: sig.ret, ret_annotated: sig.ret_annotated, closure: false };
    let generator = generator_fn::is_generator(&decl.def.body);
    let generator_elem = generator.then(|| {
        generator_fn::check_yield_positions(&decl.def.body, &mut diags);
        generator_fn::element_type(sig.ret, decl.span, &mut diags)
    });
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
        checker.generator_elem = generator_elem;
        checker.global_decls = body_scan.global_decls.clone();
        checker.deleted_locals = body_scan.deleted.iter().filter_map(|n| local_index.get(n).copied()).collect();
        for p in 0..sig.params.len() {
            checker.flow.bind(p);
        }
        let mut body = Vec::new();
        checker.enter_cells(&cells, &param_cells, &closure_plan, decl.span, &mut body);
        for stmt in &decl.def.body {
            checker.stmt(stmt, &mut body);
        }
        // An abstract method's body runs only where the checker allows it
        // (`abstract_methods.rs`): falling off its end is unreachable.
        let abstract_body = decl.owner.is_some() && abstract_methods::is_abstract(decl.def);
        // A generator's end (falling off it) ends the iteration.
        if checker.flow.is_reachable() && sig.ret != Ty::None && sig.ret != Ty::Unknown && !abstract_body && !generator {
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
            closure: hir::Closure { captures: None, cells: cells.clone() },
        };
        return (function, diags);
    }
}

#[cfg(test)]
mod tests;
