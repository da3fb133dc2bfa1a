//! `@functools.lru_cache` / `@functools.cache` on a module-level function:
//! the module is rewritten before the scan, like `@dataclass` classes
//! (`dataclass.rs`), into plain Python the rest of the checker already
//! compiles. For
//!
//! ```python
//! @lru_cache(maxsize=None)
//! def fib(n: int) -> int: ...
//! ```
//!
//! it becomes a module-level `dict[int, int]` (the cache), the original
//! function renamed `__taipan_fib_uncached`, and a new `fib` with the same
//! signature that looks the arguments up (one parameter is its own key,
//! several make a tuple) and calls the original on a miss.
//!
//! A bounded cache (`maxsize=N`, the default 128) evicts as CPython's
//! `bounded_lru_cache_wrapper` does, so a function with side effects runs
//! again exactly when CPython's would: the dict's order is the recency order
//! (a hit moves its key to the end), a miss stores its result unless the
//! call itself stored the key, evicting the least recently used entry when
//! the cache holds `maxsize` entries. `maxsize=0` caches nothing.
//!
//! Like CPython's wrapper (a C call counted against the recursion limit), the
//! generated wrapper is a frame of its own: memoized recursion reaches
//! `RecursionError` at the same depth.

use std::collections::{HashMap, HashSet};

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;

/// How a function is cached.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Cache {
    Unbounded,
    Bounded(u64),
    /// `lru_cache(maxsize=0)` (or negative): every call runs the function.
    Nothing,
}

/// The names the module binds to `functools` and to its decorators.
#[derive(Default)]
struct Bindings {
    modules: HashSet<String>,
    /// Bound name → `cache` or `lru_cache`.
    members: HashMap<String, String>,
}

fn bindings(suite: &[ast::Stmt]) -> Bindings {
    let mut b = Bindings::default();
    for stmt in suite {
        match stmt {
            ast::Stmt::Import(i) => {
                for alias in i.names.iter().filter(|a| a.name.as_str() == "functools") {
                    b.modules.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
            ast::Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "functools") => {
                for alias in i.names.iter().filter(|a| matches!(a.name.as_str(), "cache" | "lru_cache")) {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    b.members.insert(bound, alias.name.to_string());
                }
            }
            _ => {}
        }
    }
    b
}

impl Bindings {
    /// `cache` or `lru_cache` when `e` names one.
    fn member<'s>(&'s self, e: &'s ast::Expr) -> Option<&'s str> {
        match e {
            ast::Expr::Name(n) => self.members.get(n.id.as_str()).map(String::as_str),
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(m) if self.modules.contains(m.id.as_str()) => {
                    matches!(a.attr.as_str(), "cache" | "lru_cache").then_some(a.attr.as_str())
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The caching a decorator asks for; `None` if it is not one of these.
    fn cache_of(&self, d: &ast::Expr) -> Option<Result<Cache, String>> {
        match d {
            ast::Expr::Call(call) => {
                let member = self.member(&call.func)?;
                if member == "cache" {
                    return Some(Err("functools.cache takes no arguments; write @cache".to_string()));
                }
                Some(lru_cache_options(call))
            }
            d => Some(Ok(match self.member(d)? {
                "cache" => Cache::Unbounded,
                _ => Cache::Bounded(128),
            })),
        }
    }
}

/// `lru_cache(maxsize, typed)` with constant arguments.
fn lru_cache_options(call: &ast::ExprCall) -> Result<Cache, String> {
    let mut maxsize = None;
    if call.args.len() > 1 {
        return Err("lru_cache() takes at most 1 positional argument (maxsize)".to_string());
    }
    if let Some(a) = call.args.first() {
        maxsize = Some(a);
    }
    for k in &call.keywords {
        match k.arg.as_ref().map(|a| a.as_str()) {
            Some("maxsize") if maxsize.is_none() => maxsize = Some(&k.value),
            // Typed parameters make `typed=True` keys the same as untyped ones.
            Some("typed") if matches!(&k.value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(_))) => {}
            Some("typed") => return Err("lru_cache(typed=...) must be True or False".to_string()),
            _ => return Err("lru_cache() takes only maxsize and typed".to_string()),
        }
    }
    let Some(maxsize) = maxsize else { return Ok(Cache::Bounded(128)) };
    let constant = match maxsize {
        ast::Expr::Constant(c) => Some(&c.value),
        _ => None,
    };
    match constant {
        Some(ast::Constant::None) => Ok(Cache::Unbounded),
        Some(ast::Constant::Int(n)) => match i64::try_from(n.clone()) {
            Ok(n) if n <= 0 => Ok(Cache::Nothing),
            Ok(n) => Ok(Cache::Bounded(n as u64)),
            Err(_) => Ok(Cache::Unbounded),
        },
        _ => Err("lru_cache(maxsize=...) must be an int literal or None".to_string()),
    }
}

/// The module with every memoized function expanded (`None` if there is
/// none), and the errors of decorators that cannot be compiled (their
/// functions are kept, undecorated, so the rest of the module is checked).
pub(crate) fn expand(suite: &[ast::Stmt]) -> (Option<Vec<ast::Stmt>>, Vec<Diagnostic>) {
    let names = bindings(suite);
    let mut diags = Vec::new();
    if names.modules.is_empty() && names.members.is_empty() {
        return (None, diags);
    }
    let mut out = Vec::with_capacity(suite.len());
    let mut changed = false;
    for stmt in suite {
        match stmt {
            ast::Stmt::FunctionDef(def) => {
                let memo = def.decorator_list.iter().position(|d| names.cache_of(d).is_some());
                let Some(index) = memo else {
                    out.push(stmt.clone());
                    continue;
                };
                changed = true;
                let decorator = &def.decorator_list[index];
                let span = span_of(decorator);
                let result = if def.decorator_list.len() > 1 {
                    Err("lru_cache combined with other decorators is not supported yet".to_string())
                } else {
                    names.cache_of(decorator).unwrap_or(Ok(Cache::Nothing))
                };
                match result.and_then(|cache| expand_function(def, cache, span)) {
                    Ok(stmts) => out.extend(stmts),
                    Err(msg) => {
                        diags.push(Diagnostic::error(span, msg));
                        let mut plain = def.clone();
                        plain.decorator_list.clear();
                        out.push(ast::Stmt::FunctionDef(plain));
                    }
                }
            }
            ast::Stmt::ClassDef(class) => {
                let mut class = class.clone();
                for member in &mut class.body {
                    let ast::Stmt::FunctionDef(def) = member else { continue };
                    let before = def.decorator_list.len();
                    def.decorator_list.retain(|d| {
                        let memo = names.cache_of(d).is_some();
                        if memo {
                            let msg = "functools caches on methods are not supported yet (only module-level functions)";
                            diags.push(Diagnostic::error(span_of(d), msg));
                        }
                        !memo
                    });
                    changed |= def.decorator_list.len() != before;
                }
                out.push(ast::Stmt::ClassDef(class));
            }
            other => out.push(other.clone()),
        }
    }
    (changed.then_some(out), diags)
}

/// The cache dict, the wrapper and the renamed original, in that order.
fn expand_function(def: &ast::StmtFunctionDef, cache: Cache, span: Span) -> Result<Vec<ast::Stmt>, String> {
    let mut original = def.clone();
    original.decorator_list.clear();
    if cache == Cache::Nothing {
        return Ok(vec![ast::Stmt::FunctionDef(original)]);
    }
    let args = &def.args;
    if args.vararg.is_some() || args.kwarg.is_some() {
        return Err("functools caches on functions with *args or **kwargs are not supported yet".to_string());
    }
    // CPython's cache key records which arguments were passed by keyword
    // (`f(1)` and `f(1, k=2)` are two entries even when `k` defaults to 2),
    // which a key made of the parameters' values cannot reproduce.
    if !args.kwonlyargs.is_empty() {
        return Err("functools caches on functions with keyword-only parameters are not supported yet".to_string());
    }
    let params: Vec<&ast::ArgWithDefault> = args.posonlyargs.iter().chain(&args.args).collect();
    let mut annotations = Vec::new();
    for p in &params {
        match &p.def.annotation {
            Some(a) => annotations.push((**a).clone()),
            None => return Err(format!("a cached function's parameters need annotations ('{}')", p.def.arg)),
        }
    }
    let Some(returns) = &def.returns else {
        return Err("a cached function needs a return annotation".to_string());
    };
    annotations.push((**returns).clone());
    let ret_placeholder = format!("__taipan_ann_{}", params.len());

    let name = def.name.as_str();
    let memo = format!("__taipan_memo_{name}");
    let uncached = format!("__taipan_{name}_uncached");
    let names: Vec<&str> = params.iter().map(|p| p.def.arg.as_str()).collect();
    let (key_type, key) = match names.as_slice() {
        [] => ("int".to_string(), "0".to_string()),
        [one] => ("__taipan_ann_0".to_string(), one.to_string()),
        many => {
            let types: Vec<String> = (0..many.len()).map(|i| format!("__taipan_ann_{i}")).collect();
            (format!("tuple[{}]", types.join(", ")), "__taipan_key".to_string())
        }
    };
    let make_key = if names.len() > 1 { format!("    __taipan_key = ({})\n", names.join(", ")) } else { String::new() };
    let call = format!("{uncached}({})", names.join(", "));
    let body = match cache {
        Cache::Bounded(maxsize) => format!(
            "    if {key} in {memo}:\n\
             \x20       __taipan_result = {memo}.pop({key})\n\
             \x20       {memo}[{key}] = __taipan_result\n\
             \x20       return __taipan_result\n\
             \x20   __taipan_result = {call}\n\
             \x20   if {key} in {memo}:\n\
             \x20       return __taipan_result\n\
             \x20   if len({memo}) >= {maxsize}:\n\
             \x20       for __taipan_oldest in {memo}:\n\
             \x20           del {memo}[__taipan_oldest]\n\
             \x20           break\n\
             \x20   {memo}[{key}] = __taipan_result\n\
             \x20   return __taipan_result\n"
        ),
        _ => format!(
            "    if {key} in {memo}:\n\
             \x20       return {memo}[{key}]\n\
             \x20   __taipan_result = {call}\n\
             \x20   {memo}[{key}] = __taipan_result\n\
             \x20   return __taipan_result\n"
        ),
    };
    let source = format!("{memo}: dict[{key_type}, {ret_placeholder}] = {{}}\ndef {name}():\n{make_key}{body}");
    let mut generated = taipan_syntax::parse_generated(&source, span)
        .map_err(|e| format!("internal error: generated cache code does not parse: {e}"))?;
    let [ast::Stmt::AnnAssign(memo_decl), ast::Stmt::FunctionDef(wrapper)] = generated.as_mut_slice() else {
        return Err("internal error: unexpected generated cache code".to_string());
    };
    substitute(&mut memo_decl.annotation, &annotations);
    wrapper.args = def.args.clone();
    wrapper.returns = def.returns.clone();
    original.name = ast::Identifier::new(uncached);
    generated.push(ast::Stmt::FunctionDef(original));
    Ok(generated)
}

/// Replaces the names `__taipan_ann_<i>` in a generated annotation by the
/// user's annotation `i`.
pub(crate) fn substitute(e: &mut ast::Expr, annotations: &[ast::Expr]) {
    match e {
        ast::Expr::Name(n) => {
            let index = n.id.as_str().strip_prefix("__taipan_ann_").and_then(|i| i.parse::<usize>().ok());
            if let Some(a) = index.and_then(|i| annotations.get(i)) {
                *e = a.clone();
            }
        }
        ast::Expr::Subscript(s) => {
            substitute(&mut s.value, annotations);
            substitute(&mut s.slice, annotations);
        }
        ast::Expr::Tuple(t) => t.elts.iter_mut().for_each(|x| substitute(x, annotations)),
        _ => {}
    }
}
