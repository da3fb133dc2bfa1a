//! `import operator`: `itemgetter` and `attrgetter` as `key=` functions
//! (`sorted(pairs, key=itemgetter(1))`, `key=attrgetter("price", "name")`).
//! Each is the lambda it stands for (`lambda x: x[1]`, `lambda x:
//! (x.price, x.name)`), checked as any key lambda (`key_builtins.rs`);
//! anywhere else they are rejected. The binary operators (`operator.add`,
//! `operator.mul`, ...) are the function of `functools.reduce()`
//! (`reduce_expr.rs`), as the lambda `lambda a, b: a + b`.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::Expr;

/// The members of `operator` taipan supports.
pub(crate) const OPERATOR_MEMBERS: &[&str] = &[
    "itemgetter", "attrgetter", "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and_", "or_", "xor",
    "lshift", "rshift", "concat",
];

/// The members that make key functions: `itemgetter(1)`.
pub(crate) const GETTERS: &[&str] = &["itemgetter", "attrgetter"];

/// The binary operator each function member applies.
const BINARY: &[(&str, ast::Operator)] = &[
    ("add", ast::Operator::Add),
    ("concat", ast::Operator::Add),
    ("sub", ast::Operator::Sub),
    ("mul", ast::Operator::Mult),
    ("truediv", ast::Operator::Div),
    ("floordiv", ast::Operator::FloorDiv),
    ("mod", ast::Operator::Mod),
    ("pow", ast::Operator::Pow),
    ("and_", ast::Operator::BitAnd),
    ("or_", ast::Operator::BitOr),
    ("xor", ast::Operator::BitXor),
    ("lshift", ast::Operator::LShift),
    ("rshift", ast::Operator::RShift),
];

impl Checker<'_, '_> {
    pub(crate) fn operator_module_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let msg = if GETTERS.contains(&name) {
            format!("operator.{name}(...) is supported only as a key= function (sorted, min, max, sort, heapq)")
        } else {
            format!("operator.{name} is supported only as the function of functools.reduce(); write the operator")
        };
        self.reject_call(call, span, msg)
    }
}

/// `lambda a, b: a <op> b` for the binary operator function `member`, at
/// `span` (where `operator.add` stands); an error message for a member that
/// is not a binary operator.
pub(crate) fn binary_lambda(member: &str, span: Span) -> Result<ast::Expr, String> {
    let Some(&(_, op)) = BINARY.iter().find(|(name, _)| *name == member) else {
        return Err(format!("operator.{member} is not a function of two arguments"));
    };
    let range = taipan_syntax::TextRange::new(span.start.into(), span.end.into());
    let name = |id: &str| taipan_syntax::build::name(id, range);
    let body = ast::Expr::BinOp(ast::ExprBinOp { range, left: Box::new(name("a")), op, right: Box::new(name("b")) });
    Ok(ast::Expr::Lambda(taipan_syntax::build::lambda(&["a", "b"], body, range)))
}

/// The body of the key lambda `operator.<member>(args)` stands for, reading
/// the element `param`; an error message if the arguments cannot be
/// compiled faithfully.
pub(crate) fn getter_body(member: &str, call: &ast::ExprCall, param: ast::Expr) -> Result<ast::Expr, String> {
    if !call.keywords.is_empty() || call.args.is_empty() {
        return Err(format!("operator.{member}() takes one or more positional arguments"));
    }
    let range = call.range;
    let mut parts = Vec::new();
    for arg in &call.args {
        parts.push(match member {
            "itemgetter" => {
                // The item is read once per element instead of once: the same
                // for a constant or a name (nothing rebinds it during the sort).
                if !is_constant_or_name(arg) {
                    return Err("operator.itemgetter() arguments must be constants or names".to_string());
                }
                ast::Expr::Subscript(ast::ExprSubscript {
                    range,
                    value: Box::new(param.clone()),
                    slice: Box::new(arg.clone()),
                    ctx: ast::ExprContext::Load,
                })
            }
            _ => {
                let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(path), .. }) = arg else {
                    return Err("operator.attrgetter() arguments must be string literals".to_string());
                };
                path.split('.').fold(param.clone(), |value, attr| {
                    ast::Expr::Attribute(ast::ExprAttribute {
                        range,
                        value: Box::new(value),
                        attr: ast::Identifier::new(attr),
                        ctx: ast::ExprContext::Load,
                    })
                })
            }
        });
    }
    Ok(match parts.len() {
        1 => parts.remove(0),
        _ => ast::Expr::Tuple(ast::ExprTuple { range, elts: parts, ctx: ast::ExprContext::Load }),
    })
}

fn is_constant_or_name(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) | ast::Expr::Name(_) => true,
        ast::Expr::UnaryOp(u) => matches!(&*u.operand, ast::Expr::Constant(_)),
        _ => false,
    }
}
