//! Generics (`T = TypeVar("T")`, `def first(xs: list[T]) -> T`, `class
//! Stack(Generic[T])`), compiled by monomorphisation: taipan's values have
//! representations fixed by their static types (a `list[int]` holds unboxed
//! ints), so each distinct instantiation of a generic is its own function or
//! class, checked with the type variables substituted, exactly as if the
//! user had written that copy.
//!
//! How (the whole module is checked in rounds, `check_instances`):
//!
//! 1. `Plan::of` finds the module-level `T = TypeVar("T")` statements, the
//!    top-level `def`s whose signature mentions a type variable and the
//!    classes with a `Generic[...]` base. They leave the module.
//! 2. Each round, `Plan::expand` puts back, where each generic stood, one
//!    copy per instantiation asked for so far, named by it (`first[int]`,
//!    `Stack[str]`), with every type variable in it replaced by the type it
//!    stands for (`generics/instance_types.rs` writes the type as an
//!    annotation).
//! 3. The checker meets a call of a generic function (`Checker::generic_call`,
//!    `generics/calls.rs`): it checks the arguments, unifies their types with
//!    the parameters' annotations (`generics/unify.rs`), and calls the
//!    instance by name if this round has it; generic classes are met in
//!    annotations and calls (`generics/classes.rs`). An instance the round
//!    lacks is recorded as wanted, and `check_instances` checks the module
//!    again with it, until a round asks for nothing new.
//!
//! A generic function never called is never compiled. Errors in an instance
//! name it (`... (in first[str])`). `TypeVar(..., bound=...)` and constrained
//! type variables are taken as unbounded: each instantiation is checked on
//! its own, so what a bound would reject fails in the instance instead.

use std::cell::RefCell;
use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::visit::{for_each_child, Node};
use taipan_syntax::{ast, span_of};

use crate::hir::{self, Ty};

#[path = "generics/calls.rs"]
mod calls;
#[path = "generics/classes.rs"]
mod classes;
#[path = "generics/instance_types.rs"]
mod instance_types;
#[path = "generics/unify.rs"]
mod unify;

pub(crate) use classes::{class_annotation, generic_class, source_name};
pub(crate) use instance_types::renders;

/// At most this many instantiations per module: more means a generic that
/// instantiates itself at ever larger types (polymorphic recursion).
const MAX_INSTANCES: usize = 200;

/// Type arguments nest at most this deep (`list[list[int]]` is 2): deeper
/// ones come from polymorphic recursion, found before 200 rounds.
const MAX_NESTING: usize = 8;

/// How deeply a type nests other types.
fn nesting(ty: Ty) -> usize {
    let inner = match ty {
        Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e) | Ty::Deque(e) | Ty::Optional(e) | Ty::Iterator(e) | Ty::Abstract(_, e) => nesting(*e),
        Ty::Dict(k, v) => nesting(*k).max(nesting(*v)),
        Ty::Tuple(fields) | Ty::Union(fields) => fields.iter().map(|f| nesting(*f)).max().unwrap_or(0),
        Ty::Callable(sig) => sig.params.iter().map(|p| nesting(*p)).max().unwrap_or(0).max(nesting(sig.ret)),
        Ty::Instance(c) => classes::instance_args(c.name).map_or(0, |(_, args)| args.iter().map(|a| nesting(*a)).max().unwrap_or(0)),
        _ => return 0,
    };
    inner + 1
}

/// A generic function: its `def` and its type variables, in order of first
/// appearance in the signature (the order of an instance's type arguments).
#[derive(Clone)]
pub(crate) struct GenericFunction {
    pub def: ast::StmtFunctionDef,
    pub type_vars: Vec<String>,
}

/// A generic class: its statement, its type variables (in the order of
/// its `Generic[...]` base) and where that base is among its bases.
#[derive(Clone)]
pub(crate) struct GenericClass {
    pub def: ast::StmtClassDef,
    pub type_vars: Vec<String>,
    pub base_index: usize,
}

/// What the checker of one round knows about generics.
#[derive(Default)]
struct Round {
    type_vars: Vec<String>,
    functions: HashMap<String, GenericFunction>,
    classes: HashMap<String, GenericClass>,
    /// The class instances this round has, by name: their generic and
    /// type arguments.
    class_instances: HashMap<String, (String, Vec<Ty>)>,
    /// Instantiations asked for that this round does not have: function
    /// name and type arguments.
    wanted: Vec<(String, Vec<Ty>)>,
}

thread_local! {
    /// The generics of the module being checked, set by `check_instances`
    /// before each round; kept here (as `annotation.rs` keeps class names)
    /// so the call checker sees them without threading them through.
    static ROUND: RefCell<Round> = RefCell::new(Round::default());
}

/// The generic function named `name`, if the module has one.
pub(crate) fn generic_function(name: &str) -> Option<GenericFunction> {
    ROUND.with(|r| r.borrow().functions.get(name).cloned())
}

/// Why name `name` is not defined where a type variable or a generic is
/// used outside the places taipan substitutes or instantiates them.
pub(crate) fn misuse_of(name: &str) -> Option<String> {
    ROUND.with(|r| {
        let r = r.borrow();
        if r.type_vars.iter().any(|v| v == name) {
            Some(format!("type variable '{name}' can only be used in the signature (and body) of a top-level function or in a Generic[...] class (generic methods of other classes are not supported yet)"))
        } else if r.functions.contains_key(name) {
            Some(format!("generic function '{name}' can only be called (a value of it would have no type arguments)"))
        } else if r.classes.contains_key(name) {
            Some(format!("generic class '{name}' can only be called or given type arguments ({name}[int]); its instantiations are distinct classes"))
        } else {
            None
        }
    })
}

fn want(name: &str, args: Vec<Ty>) {
    ROUND.with(|r| {
        let wanted = &mut r.borrow_mut().wanted;
        if !wanted.iter().any(|(n, a)| instance_name(n, a) == instance_name(name, &args)) {
            wanted.push((name.to_string(), args));
        }
    });
}

/// The name of the instance of generic `name` at `args`: `first[int]`,
/// `swap[str, list[int]]` (what the copy is called and errors show).
pub(crate) fn instance_name(name: &str, args: &[Ty]) -> String {
    let args: Vec<String> = args.iter().map(|t| t.to_string()).collect();
    format!("{name}[{}]", args.join(", "))
}

/// Whether a function name is an instance's.
pub(crate) fn is_instance_name(name: &str) -> bool {
    name.ends_with(']')
}

/// Checks the module, with the instances its generic functions need: `check`
/// is one whole check of a module.
pub(crate) fn check_instances(
    suite: &[ast::Stmt],
    check: impl Fn(&[ast::Stmt]) -> Result<hir::Module, Vec<Diagnostic>>,
) -> Result<hir::Module, Vec<Diagnostic>> {
    let plan = match Plan::of(suite) {
        None => {
            ROUND.with(|r| *r.borrow_mut() = Round::default());
            return check(suite);
        }
        Some(plan) => plan,
    };
    let mut instances: Vec<(String, Vec<Ty>)> = Vec::new();
    loop {
        let expanded = plan.expand(&instances);
        ROUND.with(|r| {
            let class_instances = instances
                .iter()
                .filter(|(n, _)| plan.classes.contains_key(n))
                .map(|(n, args)| (instance_name(n, args), (n.clone(), args.clone())))
                .collect();
            *r.borrow_mut() = Round {
                type_vars: plan.type_vars.clone(),
                functions: plan.functions.clone(),
                classes: plan.classes.clone(),
                class_instances,
                wanted: Vec::new(),
            };
        });
        let result = check(&expanded);
        let wanted = ROUND.with(|r| std::mem::take(&mut r.borrow_mut().wanted));
        // (By name: a class's id in a type argument changes as instances of
        // generic classes are inserted before it.)
        let had: Vec<String> = instances.iter().map(|(n, args)| instance_name(n, args)).collect();
        let wanted: Vec<_> = wanted.into_iter().filter(|(n, args)| !had.contains(&instance_name(n, args))).collect();
        if wanted.is_empty() {
            ROUND.with(|r| *r.borrow_mut() = Round::default());
            let mut generics: Vec<(String, Span)> = plan.functions.iter().map(|(n, g)| (n.clone(), span_of(&g.def))).collect();
            generics.sort_by_key(|(_, span)| span.start);
            return with_plan_errors(&plan, result).map(|mut module| {
                module.generic_functions = generics;
                module
            });
        }
        let too_deep = wanted.iter().any(|(_, args)| args.iter().any(|t| nesting(*t) > MAX_NESTING));
        if too_deep || instances.len() + wanted.len() > MAX_INSTANCES {
            let (name, _) = &wanted[0];
            let span = match (plan.functions.get(name), plan.classes.get(name)) {
                (Some(g), _) => span_of(&g.def),
                (_, Some(c)) => span_of(&c.def),
                _ => Span { start: 0, end: 0 },
            };
            ROUND.with(|r| *r.borrow_mut() = Round::default());
            return Err(vec![Diagnostic::error(
                span,
                format!("generic '{name}' needs more than {MAX_INSTANCES} instantiations or type arguments nested more than {MAX_NESTING} deep (does it use itself at ever larger types?)"),
            )]);
        }
        instances.extend(wanted);
    }
}

fn with_plan_errors(plan: &Plan, result: Result<hir::Module, Vec<Diagnostic>>) -> Result<hir::Module, Vec<Diagnostic>> {
    if plan.errors.is_empty() {
        return result;
    }
    let mut diags = plan.errors.clone();
    if let Err(more) = result {
        // (The checker's own complaint about a misplaced `TypeVar` says less.)
        let inside = |d: &Diagnostic| plan.errors.iter().any(|e| e.span.start <= d.span.start && d.span.end <= e.span.end);
        diags.extend(more.into_iter().filter(|d| !inside(d)));
    }
    diags.sort_by_key(|d| d.span.start);
    Err(diags)
}

/// The module's type variables and generics, and the rest of the module.
struct Plan {
    suite: Vec<ast::Stmt>,
    type_vars: Vec<String>,
    functions: HashMap<String, GenericFunction>,
    classes: HashMap<String, GenericClass>,
    /// Where in `suite` each generic function's (or class's) instances go.
    function_slots: Vec<(usize, String)>,
    /// Misplaced `TypeVar` calls.
    errors: Vec<Diagnostic>,
}

impl Plan {
    /// `None` when the module defines no type variable.
    fn of(suite: &[ast::Stmt]) -> Option<Plan> {
        let type_var_names = typing_names(suite, "TypeVar");
        if type_var_names.is_empty() {
            return None;
        }
        let is_type_var_call = |e: &ast::Expr| match e {
            ast::Expr::Call(c) => matches!(&*c.func, ast::Expr::Name(n) if type_var_names.iter().any(|t| t == n.id.as_str())),
            _ => false,
        };
        let mut plan = Plan {
            suite: Vec::new(),
            type_vars: Vec::new(),
            functions: HashMap::new(),
            classes: HashMap::new(),
            function_slots: Vec::new(),
            errors: Vec::new(),
        };
        let generic_names = typing_names(suite, "Generic");
        let mut imports_added = false;
        for stmt in suite {
            if let ast::Stmt::Assign(a) = stmt {
                if let ([ast::Expr::Name(n)], true) = (a.targets.as_slice(), is_type_var_call(&a.value)) {
                    plan.type_vars.push(n.id.to_string());
                    if !imports_added {
                        plan.suite.extend(instance_types::hidden_imports(a.range));
                        imports_added = true;
                    }
                    continue;
                }
            }
            plan.suite.push(stmt.clone());
        }
        // Anywhere else, a `TypeVar(...)` call is not a type variable taipan knows.
        for stmt in &plan.suite {
            walk_exprs(Node::Stmt(stmt), &mut |e| {
                if is_type_var_call(e) {
                    plan.errors.push(Diagnostic::error(
                        span_of(e),
                        "a TypeVar must be assigned to a name at the top level of the module (T = TypeVar(\"T\"))",
                    ));
                }
            });
        }
        let mut kept = Vec::new();
        let redefined = |plan: &mut Plan, name: &str, stmt: &ast::Stmt| {
            let twice = plan.function_slots.iter().any(|(_, n)| n == name);
            if twice {
                plan.errors.push(Diagnostic::error(span_of(stmt), format!("redefinition of generic '{name}' is not supported")));
            }
            twice
        };
        for stmt in std::mem::take(&mut plan.suite) {
            match &stmt {
                ast::Stmt::FunctionDef(def) => {
                    let type_vars = signature_type_vars(def, &plan.type_vars);
                    if type_vars.is_empty() {
                        kept.push(stmt);
                        continue;
                    }
                    let name = def.name.to_string();
                    if redefined(&mut plan, &name, &stmt) {
                        continue;
                    }
                    plan.function_slots.push((kept.len(), name.clone()));
                    plan.functions.insert(name, GenericFunction { def: def.clone(), type_vars });
                }
                ast::Stmt::ClassDef(class) => {
                    let Some((base_index, type_vars)) = classes::generic_base(class, &generic_names, &plan.type_vars) else {
                        kept.push(stmt);
                        continue;
                    };
                    let name = class.name.to_string();
                    if redefined(&mut plan, &name, &stmt) {
                        continue;
                    }
                    plan.function_slots.push((kept.len(), name.clone()));
                    plan.classes.insert(name, GenericClass { def: class.clone(), type_vars, base_index });
                }
                _ => kept.push(stmt),
            }
        }
        plan.suite = kept;
        Some(plan)
    }

    /// The module with the instances in `instances`.
    fn expand(&self, instances: &[(String, Vec<Ty>)]) -> Vec<ast::Stmt> {
        let mut out = Vec::with_capacity(self.suite.len() + instances.len());
        let mut slots = self.function_slots.iter().peekable();
        for i in 0..=self.suite.len() {
            while let Some((_, name)) = slots.next_if(|(at, _)| *at == i) {
                for (_, args) in instances.iter().filter(|(n, _)| n == name) {
                    if let Some(generic) = self.functions.get(name) {
                        out.push(ast::Stmt::FunctionDef(instantiate(&generic.def, &generic.type_vars, args)));
                    } else if let Some(generic) = self.classes.get(name) {
                        out.push(ast::Stmt::ClassDef(classes::instantiate(generic, args)));
                    }
                }
            }
            if let Some(stmt) = self.suite.get(i) {
                out.push(stmt.clone());
            }
        }
        out
    }
}

/// Decorated generic functions, which the decorator rewrites
/// (`memoize.rs`, `decorators.rs`) would turn into values: rejected before
/// them.
pub(crate) fn decorated_generics(suite: &[ast::Stmt]) -> Vec<Diagnostic> {
    let type_var_names = typing_names(suite, "TypeVar");
    if type_var_names.is_empty() {
        return Vec::new();
    }
    let type_vars: Vec<String> = suite
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::Assign(a) => match (a.targets.as_slice(), &*a.value) {
                ([ast::Expr::Name(n)], ast::Expr::Call(c))
                    if matches!(&*c.func, ast::Expr::Name(f) if type_var_names.iter().any(|t| t == f.id.as_str())) =>
                {
                    Some(n.id.to_string())
                }
                _ => None,
            },
            _ => None,
        })
        .collect();
    suite
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::FunctionDef(def) if !def.decorator_list.is_empty() && !signature_type_vars(def, &type_vars).is_empty() => {
                Some(Diagnostic::error(span_of(&def.decorator_list[0]), format!("decorators on generic function '{}' are not supported yet", def.name)))
            }
            _ => None,
        })
        .collect()
}

/// The names `from typing import member [as name]` binds in the module.
pub(crate) fn typing_names(suite: &[ast::Stmt], member: &str) -> Vec<String> {
    let mut names = Vec::new();
    for stmt in suite {
        if let ast::Stmt::ImportFrom(i) = stmt {
            if i.module.as_ref().is_some_and(|m| m.as_str() == "typing") {
                for alias in i.names.iter().filter(|a| a.name.as_str() == member) {
                    names.push(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
        }
    }
    names
}

/// The type variables a `def`'s parameter and return annotations mention,
/// in order of first appearance.
fn signature_type_vars(def: &ast::StmtFunctionDef, type_vars: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    let args = &def.args;
    let params = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).map(|p| &p.def);
    let annotations = params
        .chain(args.vararg.as_deref())
        .filter_map(|p| p.annotation.as_deref())
        .chain(def.returns.as_deref());
    for annotation in annotations {
        mentioned_type_vars(annotation, type_vars, &mut found);
    }
    found
}

/// Adds the type variables `e` mentions to `found` (once each).
pub(crate) fn mentioned_type_vars(e: &ast::Expr, type_vars: &[String], found: &mut Vec<String>) {
    walk_exprs(Node::Expr(e), &mut |e| {
        if let ast::Expr::Name(n) = e {
            let name = n.id.to_string();
            if type_vars.contains(&name) && !found.contains(&name) {
                found.push(name);
            }
        }
    });
}

/// The copy of generic `def` for `args`, named by the instantiation.
fn instantiate(def: &ast::StmtFunctionDef, type_vars: &[String], args: &[Ty]) -> ast::StmtFunctionDef {
    let bindings: HashMap<&str, Ty> = type_vars.iter().map(String::as_str).zip(args.iter().copied()).collect();
    let mut copy = instance_types::substitute_def(def.clone(), &bindings);
    copy.name = ast::Identifier::new(instance_name(def.name.as_str(), args));
    copy
}


/// Calls `f` on every expression under `node`, annotations included.
pub(crate) fn walk_exprs<'a>(node: Node<'a>, f: &mut dyn FnMut(&'a ast::Expr)) {
    if let Node::Expr(e) = node {
        f(e);
    }
    for_each_child(node, &mut |child| walk_exprs(child, f));
}

/// Makes the errors found in a function say which instance they are in,
/// when it is one (`... (in first[str])`): the same line of a generic can be
/// fine for one instantiation and wrong for another.
pub(crate) fn name_instance_in(function: &str, diags: &mut [Diagnostic]) {
    let instance = function.split('.').next().unwrap_or(function);
    if !is_instance_name(instance) && !is_instance_name(function) {
        return;
    }
    for d in diags {
        d.message = format!("{} (in {function})", d.message);
    }
}
