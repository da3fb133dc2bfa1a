//! Methods decorated by functions of the module (`decorators.rs` does
//! module-level functions): rewritten before the scan into a method that
//! calls the decorated function value, which a module global holds.
//!
//! ```python
//! class Account:
//!     @logged
//!     def deposit(self, amount: int) -> int: BODY
//! # becomes
//! class Account:
//!     def __taipan_undecorated_Account.deposit(self, amount: int) -> int: BODY
//!     def deposit(self, <argument 1>: int) -> int:
//!         return __taipan_decorated_Account.deposit(self, <argument 1>)
//! def <function value Account.deposit>(self: Account, amount: int) -> int:
//!     return self.__taipan_undecorated_Account.deposit(amount)
//! __taipan_decorated_Account.deposit = logged(<function value Account.deposit>)
//! ```
//!
//! The names are ones no program can spell. The body stays a method of its
//! class (`super()`, fields), under a name of its own per class, so a
//! subclass decorating its override of the same method reaches its own.
//! The decorator gets a function of `(self, args...)` (the one at module
//! level, which is no Python frame: `FUNCTION_VALUE_CODE_PREFIX`) and is
//! applied right after the class statement, where CPython applies it at the
//! `def` in the class body: the same unless the class body itself has
//! effects that the decorator's could be ordered against. The method's
//! parameters get names no call can spell as keywords (CPython binds
//! keywords against the wrapper the decorator returns, whose names taipan
//! does not see), and methods with defaults, `*args`, keyword-only
//! parameters, static and class methods, properties and `__init__` (whose
//! assignments type the fields) are rejected with their decorators.

use taipan_diagnostics::Diagnostic;
use taipan_syntax::{ast, build, span_of, Ranged};

use crate::hir::{FUNCTION_VALUE_CODE_PREFIX, UNDECORATED_PREFIX};

/// The module global holding a decorated method's function value.
const DECORATED_PREFIX: &str = "__taipan_decorated_";

/// `class` with its methods that `is_user_decorator` decorates rewritten,
/// and the statements that go right after it; `None` if it has none.
pub(crate) fn rewrite_class(
    class: &ast::StmtClassDef,
    is_user_decorator: &dyn Fn(&ast::Expr) -> bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<(ast::StmtClassDef, Vec<ast::Stmt>)> {
    let decorated = |d: &ast::StmtFunctionDef| d.decorator_list.iter().any(is_user_decorator);
    if !class.body.iter().any(|s| matches!(s, ast::Stmt::FunctionDef(d) if decorated(d))) {
        return None;
    }
    let mut out = class.clone();
    let mut after = Vec::new();
    out.body = Vec::with_capacity(class.body.len() + 1);
    for stmt in &class.body {
        let ast::Stmt::FunctionDef(def) = stmt else {
            out.body.push(stmt.clone());
            continue;
        };
        if !decorated(def) {
            out.body.push(stmt.clone());
            continue;
        }
        match rejection(def, is_user_decorator) {
            Some(msg) => {
                let first = def.decorator_list.iter().find(|d| is_user_decorator(d)).map_or(span_of(def), span_of);
                diags.push(Diagnostic::error(first, msg));
                // Without the decorators: only this error is reported.
                let mut plain = def.clone();
                plain.decorator_list.retain(|d| !is_user_decorator(d));
                out.body.push(ast::Stmt::FunctionDef(plain));
            }
            None => {
                let (body, wrapper, bridge, assign) = rewrite_method(class.name.as_str(), def);
                out.body.push(body);
                out.body.push(wrapper);
                after.push(bridge);
                after.push(assign);
            }
        }
    }
    Some((out, after))
}

/// Why a method's user decorators cannot be applied, if they cannot.
fn rejection(def: &ast::StmtFunctionDef, is_user_decorator: &dyn Fn(&ast::Expr) -> bool) -> Option<String> {
    if def.decorator_list.iter().any(|d| !is_user_decorator(d)) {
        return Some(
            "decorators of the module on static methods, class methods, properties or abstract methods are not supported yet"
                .to_string(),
        );
    }
    let a = &def.args;
    if a.vararg.is_some() || a.kwarg.is_some() || !a.kwonlyargs.is_empty() || !a.posonlyargs.is_empty() {
        return Some("decorated methods with parameters other than plain positional ones are not supported yet".to_string());
    }
    if a.args.iter().any(|p| p.default.is_some()) {
        return Some(
            "decorated methods with default parameter values are not supported yet (the decorated method takes \
             the parameters of the function the decorator returns)"
                .to_string(),
        );
    }
    if a.args.is_empty() {
        return Some("a decorated method needs a 'self' parameter".to_string());
    }
    if def.name.as_str() == "__init__" {
        return Some("decorators on __init__ are not supported yet".to_string());
    }
    None
}

/// The undecorated method, the method calling the decorated value, the
/// module-level function the decorator gets, and the assignment that
/// applies the decorators.
fn rewrite_method(class: &str, def: &ast::StmtFunctionDef) -> (ast::Stmt, ast::Stmt, ast::Stmt, ast::Stmt) {
    let qualified = format!("{class}.{}", def.name);
    let undecorated_name = format!("{UNDECORATED_PREFIX}{qualified}");
    let decorated_name = format!("{DECORATED_PREFIX}{qualified}");
    let bridge_name = format!("{FUNCTION_VALUE_CODE_PREFIX}{qualified}>");
    let range = def.range;
    let params = &def.args.args;
    let self_param = &params[0];

    // The body, under its own name.
    let mut undecorated = def.clone();
    undecorated.name = ast::Identifier::new(undecorated_name.clone());
    undecorated.decorator_list.clear();

    // The method: `return <decorated>(self, <argument 1>, ...)`.
    let renamed: Vec<ast::ArgWithDefault> = params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut p = p.clone();
            if i > 0 {
                p.def.arg = ast::Identifier::new(format!("<argument {i}>"));
            }
            p
        })
        .collect();
    let reads = |ps: &[ast::ArgWithDefault]| -> Vec<ast::Expr> { ps.iter().map(|p| build::name(p.def.arg.as_str(), range)).collect() };
    let mut wrapper = def.clone();
    wrapper.decorator_list.clear();
    wrapper.args = Box::new(ast::Arguments { args: renamed.clone(), ..(*def.args).clone() });
    // (A decorator giving no function of the method's parameters is
    // reported here too: at the outermost decorator.)
    let top = def.decorator_list.first().map_or(range, |d| d.range());
    let args = renamed.iter().map(|p| build::name(p.def.arg.as_str(), top)).collect();
    let call = build::call(&decorated_name, args, Vec::new(), top);
    wrapper.body = vec![ast::Stmt::Return(ast::StmtReturn { range, value: Some(Box::new(call)) })];

    // The function the decorator gets: `self.<undecorated>(args...)`.
    let mut bridge = def.clone();
    bridge.name = ast::Identifier::new(bridge_name.clone());
    bridge.decorator_list.clear();
    let mut bridge_params = params.clone();
    bridge_params[0].def.annotation = Some(Box::new(build::name(class, self_param.def.range)));
    bridge.args = Box::new(ast::Arguments { args: bridge_params, ..(*def.args).clone() });
    let method = ast::Expr::Attribute(ast::ExprAttribute {
        range,
        value: Box::new(build::name(self_param.def.arg.as_str(), range)),
        attr: ast::Identifier::new(undecorated_name),
        ctx: ast::ExprContext::Load,
    });
    let call = ast::Expr::Call(ast::ExprCall { range, func: Box::new(method), args: reads(&params[1..]), keywords: Vec::new() });
    bridge.body = vec![ast::Stmt::Return(ast::StmtReturn { range, value: Some(Box::new(call)) })];

    // `<decorated> = a(b(<bridge>))`, bottom-up; a mismatch between a
    // decorator and what it is given is reported at the decorator.
    let value = crate::decorators::applied(&def.decorator_list, &bridge_name, range);
    let target = ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(decorated_name), ctx: ast::ExprContext::Store });
    let assign = ast::Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None });
    (ast::Stmt::FunctionDef(undecorated), ast::Stmt::FunctionDef(wrapper), ast::Stmt::FunctionDef(bridge), assign)
}
