//! Builtins and unbound methods as `key=` functions: `key=len`,
//! `key=str.lower`, `key=Point.norm`. Each is the one-argument lambda that
//! calls it (`lambda x: len(x)`, `lambda x: x.lower()`), checked as any
//! `key=` lambda, so the elements' type decides what the call means. Also
//! `key=d.get` over the keys of `d` itself, as `lambda k: d[k]`.

use taipan_syntax::ast;

use crate::checker::name_of;

/// The builtins that make sense as a key: one argument, a value back.
const KEY_BUILTINS: &[&str] = &["len", "str", "repr", "abs", "int", "float", "bool", "ord", "round", "hash", "ascii"];

/// The parameter of the made lambda: no Python name can spell it, so it
/// shadows nothing the key could mean.
const PARAM: &str = "<key argument>";

/// The lambda standing for `key` (leaked: it lives as long as the module
/// being checked, which borrows it), or `None` for any other expression.
/// `is_builtin` says whether a name is the builtin function, `is_class`
/// whether it is a class or `str` (not an instance: `obj.method` is a
/// bound method, called with the element as its argument).
pub(crate) fn as_lambda(
    key: &ast::Expr,
    is_builtin: impl Fn(&str) -> bool,
    is_class: impl Fn(&str) -> bool,
) -> Option<&'static ast::Expr> {
    let range = match key {
        ast::Expr::Name(n) => n.range,
        ast::Expr::Attribute(a) => a.range,
        _ => return None,
    };
    let param = ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(PARAM), ctx: ast::ExprContext::Load });
    let body = match key {
        ast::Expr::Name(n) if KEY_BUILTINS.contains(&n.id.as_str()) && is_builtin(n.id.as_str()) => {
            ast::Expr::Call(ast::ExprCall { range, func: Box::new(key.clone()), args: vec![param], keywords: Vec::new() })
        }
        // `str.lower`, `C.method`: the method called on the element.
        ast::Expr::Attribute(a) if name_of(&a.value).is_some_and(&is_class) => {
            let method = ast::Expr::Attribute(ast::ExprAttribute {
                range,
                value: Box::new(param),
                attr: a.attr.clone(),
                ctx: ast::ExprContext::Load,
            });
            ast::Expr::Call(ast::ExprCall { range, func: Box::new(method), args: Vec::new(), keywords: Vec::new() })
        }
        _ => return None,
    };
    Some(lambda_of(body, range))
}

/// `key=d.get` over the keys of the same dict (`max(d, key=d.get)`,
/// `sorted(d.keys(), key=d.get)`): every element is a key of `d`, so
/// `d.get(k)` is `d[k]`, never None. `is_dict` says whether a name is a
/// dict variable.
pub(crate) fn dict_get_as_lambda(
    key: &ast::Expr,
    iterable: &ast::Expr,
    is_dict: impl Fn(&str) -> bool,
) -> Option<&'static ast::Expr> {
    let ast::Expr::Attribute(a) = key else { return None };
    let dict = name_of(&a.value)?;
    if a.attr.as_str() != "get" || !is_dict(dict) {
        return None;
    }
    let keys_of_same_dict = match iterable {
        ast::Expr::Name(n) => n.id.as_str() == dict,
        ast::Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty() => matches!(
            &*c.func,
            ast::Expr::Attribute(m) if m.attr.as_str() == "keys" && name_of(&m.value) == Some(dict)
        ),
        _ => false,
    };
    if !keys_of_same_dict {
        return None;
    }
    let range = a.range;
    let param = ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(PARAM), ctx: ast::ExprContext::Load });
    let body = ast::Expr::Subscript(ast::ExprSubscript { range, value: a.value.clone(), slice: Box::new(param), ctx: ast::ExprContext::Load });
    Some(lambda_of(body, range))
}

/// The key lambda of `operator.itemgetter(...)` / `attrgetter(...)`
/// (`operator_module.rs`).
pub(crate) fn getter_as_lambda(member: &str, call: &ast::ExprCall) -> Result<&'static ast::Expr, String> {
    let range = call.range;
    let param = ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(PARAM), ctx: ast::ExprContext::Load });
    let body = crate::operator_module::getter_body(member, call, param)?;
    Ok(lambda_of(body, range))
}

/// `lambda <key argument>: body`, leaked (see `as_lambda`).
fn lambda_of(body: ast::Expr, range: taipan_syntax::TextRange) -> &'static ast::Expr {
    Box::leak(Box::new(ast::Expr::Lambda(taipan_syntax::build::lambda(&[PARAM], body, range))))
}
