//! Builtins and unbound methods as `key=` functions: `key=len`,
//! `key=str.lower`, `key=Point.norm`. Each is the one-argument lambda that
//! calls it (`lambda x: len(x)`, `lambda x: x.lower()`), checked as any
//! `key=` lambda, so the elements' type decides what the call means.

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
    let arg = ast::ArgWithDefault {
        range: Default::default(),
        def: ast::Arg { range, arg: ast::Identifier::new(PARAM), annotation: None, type_comment: None },
        default: None,
    };
    let args = ast::Arguments {
        range: Default::default(),
        posonlyargs: Vec::new(),
        args: vec![arg],
        vararg: None,
        kwonlyargs: Vec::new(),
        kwarg: None,
    };
    Some(Box::leak(Box::new(ast::Expr::Lambda(ast::ExprLambda { range, args: Box::new(args), body: Box::new(body) }))))
}
