//! `map(f, xs)` and `filter(f, xs)` are generator expressions: `(f(x) for x
//! in xs)` and `(x for x in xs if f(x))` (`filter(None, xs)`: `if x`), so
//! they go wherever a generator expression goes (`list(map(str, xs))`,
//! `sum(map(len, words))`, `for w in filter(str.isalpha, words)`). A lambda
//! is inlined (its parameter is the loop variable); a class's method
//! (`str.upper`) is called on the element; `map(f, a, b)` zips its
//! iterables. Like CPython's iterators, both are lazy.
//!
//! The rewrite happens before the scan, unless the module defines `map` or
//! `filter` itself. `f` is evaluated per element rather than once, which is
//! the same since it must be a name, a lambda, `C.method` or `obj.method`
//! (reading a name has no effects); anything else is left alone, and
//! rejected later.

use taipan_syntax::ast;
use taipan_syntax::build::name;
use taipan_syntax::visit::{for_each_child, Node};
use taipan_syntax::TextRange;

/// The rewritten module, or `None` when nothing changed.
pub(crate) fn expand(suite: &[ast::Stmt]) -> Option<Vec<ast::Stmt>> {
    if defines_map_or_filter(suite) || !mentions_map_or_filter(suite) {
        return None;
    }
    let mut rewriter = Rewriter { changed: false, counter: 0 };
    let out = match ast::Fold::fold(&mut rewriter, suite.to_vec()) {
        Ok(out) => out,
        Err(never) => match never {},
    };
    rewriter.changed.then_some(out)
}

fn defines_map_or_filter(suite: &[ast::Stmt]) -> bool {
    let is_ours = |n: &str| n == "map" || n == "filter";
    suite.iter().any(|s| match s {
        ast::Stmt::FunctionDef(f) => is_ours(f.name.as_str()),
        ast::Stmt::ClassDef(c) => is_ours(c.name.as_str()),
        ast::Stmt::Assign(a) => a.targets.iter().any(|t| matches!(t, ast::Expr::Name(n) if is_ours(n.id.as_str()))),
        ast::Stmt::AnnAssign(a) => matches!(&*a.target, ast::Expr::Name(n) if is_ours(n.id.as_str())),
        ast::Stmt::Import(i) => i.names.iter().any(|a| is_ours(a.asname.as_ref().unwrap_or(&a.name).as_str())),
        ast::Stmt::ImportFrom(i) => i.names.iter().any(|a| is_ours(a.asname.as_ref().unwrap_or(&a.name).as_str())),
        _ => false,
    })
}

/// A cheap test that skips the rewrite (a copy of the module) for most modules.
fn mentions_map_or_filter(suite: &[ast::Stmt]) -> bool {
    fn walk(node: Node<'_>) -> bool {
        if let Node::Expr(ast::Expr::Name(n)) = node {
            if n.id.as_str() == "map" || n.id.as_str() == "filter" {
                return true;
            }
        }
        let mut found = false;
        for_each_child(node, &mut |child| found = found || walk(child));
        found
    }
    suite.iter().any(|s| walk(Node::Stmt(s)))
}

struct Rewriter {
    changed: bool,
    counter: u32,
}

impl ast::Fold<TextRange> for Rewriter {
    taipan_syntax::fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let node = ast::fold::fold_expr(self, node)?;
        let ast::Expr::Call(call) = &node else { return Ok(node) };
        let Some(which) = (match &*call.func {
            ast::Expr::Name(n) if n.id.as_str() == "map" && call.args.len() >= 2 => Some(true),
            ast::Expr::Name(n) if n.id.as_str() == "filter" && call.args.len() == 2 => Some(false),
            _ => None,
        }) else {
            return Ok(node);
        };
        if !call.keywords.is_empty() || call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return Ok(node);
        }
        let rewritten = if which { self.map(call) } else { self.filter(call) };
        match rewritten {
            Some(e) => {
                self.changed = true;
                Ok(e)
            }
            None => Ok(node),
        }
    }
}

impl Rewriter {
    /// A loop variable name no program can spell.
    fn fresh(&mut self) -> String {
        self.counter += 1;
        format!("<item {}>", self.counter)
    }

    /// `map(f, a, b, ...)`.
    fn map(&mut self, call: &ast::ExprCall) -> Option<ast::Expr> {
        let range = call.range;
        let (f, iters) = call.args.split_first()?;
        let names: Vec<String> = match (f, iters.len()) {
            (ast::Expr::Lambda(l), n) if lambda_arity(l) == Some(n) => {
                l.args.args.iter().map(|a| a.def.arg.to_string()).collect()
            }
            _ => iters.iter().map(|_| self.fresh()).collect(),
        };
        let reads: Vec<ast::Expr> = names.iter().map(|n| name(n, range)).collect();
        let elt = apply(f, reads, range)?;
        let (target, iter) = zipped(&names, iters, range);
        Some(generator(elt, target, iter, Vec::new(), range))
    }

    /// `filter(f, xs)`, `filter(None, xs)`.
    fn filter(&mut self, call: &ast::ExprCall) -> Option<ast::Expr> {
        let range = call.range;
        let [f, xs] = call.args.as_slice() else { return None };
        let var = match f {
            ast::Expr::Lambda(l) if lambda_arity(l) == Some(1) => l.args.args[0].def.arg.to_string(),
            _ => self.fresh(),
        };
        let cond = match f {
            ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None) => name(&var, range),
            f => apply(f, vec![name(&var, range)], range)?,
        };
        Some(generator(name(&var, range), name(&var, range), xs.clone(), vec![cond], range))
    }
}

/// How many plain positional parameters a lambda has (`None` for any other
/// kind of parameter list).
fn lambda_arity(l: &ast::ExprLambda) -> Option<usize> {
    let a = &l.args;
    let plain = a.posonlyargs.is_empty() && a.kwonlyargs.is_empty() && a.vararg.is_none() && a.kwarg.is_none();
    (plain && a.args.iter().all(|x| x.default.is_none())).then_some(a.args.len())
}

/// `f` applied to `args`: a lambda's body (its parameters are the loop
/// variables), `x.m()` for a class's method `C.m` with one argument, else
/// the call `f(args)` of a name or a bound method (`obj.m`).
fn apply(f: &ast::Expr, args: Vec<ast::Expr>, range: TextRange) -> Option<ast::Expr> {
    match f {
        ast::Expr::Lambda(l) => Some((*l.body).clone()),
        ast::Expr::Name(_) => Some(ast::Expr::Call(ast::ExprCall { range, func: Box::new(f.clone()), args, keywords: Vec::new() })),
        // `str.upper`: an unbound method, called on the element.
        ast::Expr::Attribute(a) if args.len() == 1 && starts_upper_or_str(&a.value) => {
            let mut args = args;
            let receiver = args.pop()?;
            let method = ast::Expr::Attribute(ast::ExprAttribute {
                range,
                value: Box::new(receiver),
                attr: a.attr.clone(),
                ctx: ast::ExprContext::Load,
            });
            Some(ast::Expr::Call(ast::ExprCall { range, func: Box::new(method), args: Vec::new(), keywords: Vec::new() }))
        }
        // `obj.method`: a bound method (reading a name again has no effects).
        ast::Expr::Attribute(a) if matches!(&*a.value, ast::Expr::Name(_)) => {
            Some(ast::Expr::Call(ast::ExprCall { range, func: Box::new(f.clone()), args, keywords: Vec::new() }))
        }
        _ => None,
    }
}

/// Whether `e` names `str` or (by convention) a class: `C.method` is then
/// an unbound method. Anything else (`obj.method`) is left to the checker.
fn starts_upper_or_str(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Name(n) => n.id.as_str() == "str" || n.id.as_str().starts_with(|c: char| c.is_ascii_uppercase()),
        _ => false,
    }
}

/// The loop target and iterable of several iterables walked together.
fn zipped(names: &[String], iters: &[ast::Expr], range: TextRange) -> (ast::Expr, ast::Expr) {
    if let ([n], [it]) = (names, iters) {
        return (name(n, range), it.clone());
    }
    let target = ast::Expr::Tuple(ast::ExprTuple {
        range,
        elts: names.iter().map(|n| name(n, range)).collect(),
        ctx: ast::ExprContext::Store,
    });
    let zip = taipan_syntax::build::call("zip", iters.to_vec(), Vec::new(), range);
    (target, zip)
}

fn generator(elt: ast::Expr, target: ast::Expr, iter: ast::Expr, ifs: Vec<ast::Expr>, range: TextRange) -> ast::Expr {
    let target = match target {
        ast::Expr::Name(n) => ast::Expr::Name(ast::ExprName { ctx: ast::ExprContext::Store, ..n }),
        other => other,
    };
    ast::Expr::GeneratorExp(ast::ExprGeneratorExp {
        range,
        elt: Box::new(elt),
        generators: vec![ast::Comprehension { range: Default::default(), target, iter, ifs, is_async: false }],
    })
}
