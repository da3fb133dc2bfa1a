//! `class P(NamedTuple): x: int; y: int = 0` is compiled as a frozen,
//! ordered dataclass: the same constructor (positional and keyword
//! arguments, defaults), repr (`P(x=1, y=2)`), field-by-field equality,
//! tuple ordering and hash, and no assignment to fields. What is tuple-like
//! beyond that (`p[0]`, `x, y = p`, `len(p)`, `p == (1, 2)`, `_replace`) is
//! rejected at compile time, since the instance is not a tuple here.

use std::collections::HashMap;

use taipan_syntax::ast;

use crate::scan::Imported;

/// The callee of the stand-in decorator: no Python name can spell it.
pub(crate) const MARKER: &str = "<NamedTuple>";

/// Whether `class` derives from `typing.NamedTuple`.
pub(crate) fn is_named_tuple(class: &ast::StmtClassDef, imports: &HashMap<String, Imported>) -> bool {
    matches!(class.bases.as_slice(), [ast::Expr::Name(n)]
        if matches!(imports.get(n.id.as_str()), Some(Imported::Typing(m)) if m == "NamedTuple"))
}

/// The class as the dataclass it is compiled as: no base, and the decorator
/// `dataclass(frozen=True, order=True)` (leaked: it lives as long as the
/// module being checked, which borrows it). `None` when it has decorators
/// of its own (reported by the scan as unsupported).
///
/// Ordering is generated only when no field could be unorderable (an
/// optional, a dict or a set): CPython compares such tuples only as far as
/// it must, raising `TypeError` at `None`; here `<` is then a compile error.
pub(crate) fn as_dataclass(class: &ast::StmtClassDef) -> Option<&'static ast::StmtClassDef> {
    if !class.decorator_list.is_empty() {
        return None;
    }
    let range = class.range;
    let option = |name: &str| ast::Keyword {
        range,
        arg: Some(ast::Identifier::new(name)),
        value: ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Bool(true), kind: None }),
    };
    let orderable = class.body.iter().all(|s| match s {
        ast::Stmt::AnnAssign(a) => orderable(&a.annotation),
        _ => true,
    });
    let mut keywords = vec![option("frozen")];
    if orderable {
        keywords.push(option("order"));
    }
    let decorator = ast::Expr::Call(ast::ExprCall {
        range,
        func: Box::new(ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(MARKER), ctx: ast::ExprContext::Load })),
        args: Vec::new(),
        keywords,
    });
    let mut rewritten = class.clone();
    rewritten.bases.clear();
    rewritten.decorator_list = vec![decorator];
    Some(Box::leak(Box::new(rewritten)))
}

/// Whether values of the annotated type are surely orderable: no `None`,
/// `Optional`, `dict` or `set` anywhere in it.
fn orderable(annotation: &ast::Expr) -> bool {
    match annotation {
        ast::Expr::Name(n) => !matches!(n.id.as_str(), "Optional" | "dict" | "Dict" | "set" | "Set" | "None" | "object"),
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::None => false,
            // A string annotation: judged by its text.
            ast::Constant::Str(s) => !["None", "Optional", "dict", "Dict", "set", "Set"].iter().any(|w| s.contains(w)),
            _ => true,
        },
        ast::Expr::Subscript(s) => orderable(&s.value) && orderable(&s.slice),
        ast::Expr::Tuple(t) => t.elts.iter().all(orderable),
        ast::Expr::BinOp(b) => orderable(&b.left) && orderable(&b.right),
        ast::Expr::Attribute(_) => true,
        _ => false,
    }
}
