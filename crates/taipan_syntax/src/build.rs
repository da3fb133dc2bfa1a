//! Building AST nodes for the compiler's own rewrites (`map(f, xs)` into a
//! generator expression, `[*xs]` into `list(xs)`, ...), and the part of an
//! `ast::Fold` every such rewrite shares.

use crate::ast;
use crate::TextRange;

/// A read of `id`.
pub fn name(id: &str, range: TextRange) -> ast::Expr {
    ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx: ast::ExprContext::Load })
}

/// `f(args)` of the name `f`.
pub fn call(f: &str, args: Vec<ast::Expr>, keywords: Vec<ast::Keyword>, range: TextRange) -> ast::Expr {
    ast::Expr::Call(ast::ExprCall { range, func: Box::new(name(f, range)), args, keywords })
}

/// `lambda p1, p2, ...: body`, with plain positional parameters.
pub fn lambda<S: AsRef<str>>(params: &[S], body: ast::Expr, range: TextRange) -> ast::ExprLambda {
    let args = ast::Arguments {
        range: Default::default(),
        posonlyargs: Vec::new(),
        args: params
            .iter()
            .map(|p| ast::ArgWithDefault {
                range: Default::default(),
                def: ast::Arg { range, arg: ast::Identifier::new(p.as_ref()), annotation: None, type_comment: None },
                default: None,
            })
            .collect(),
        vararg: None,
        kwonlyargs: Vec::new(),
        kwarg: None,
    };
    ast::ExprLambda { range, args: Box::new(args), body: Box::new(body) }
}

/// The items of an `ast::Fold` that keeps every node's range: a rewrite
/// implements only the `fold_*` methods it changes.
#[macro_export]
macro_rules! fold_keeping_ranges {
    () => {
        type TargetU = $crate::TextRange;
        type Error = std::convert::Infallible;
        type UserContext = ();

        fn will_map_user(&mut self, _user: &$crate::TextRange) {}

        fn map_user(&mut self, user: $crate::TextRange, _context: ()) -> Result<$crate::TextRange, Self::Error> {
            Ok(user)
        }
    };
}
