//! A field assigned an empty container in `__init__` takes its element type
//! from the first later statement of `__init__` that fills it, as mypy
//! infers it:
//!
//! ```python
//! self.items = []                 # list[str]: from the append below
//! self.index = {}                 # dict[str, int]: from the store below
//! self.items.append(name)
//! self.index[name] = 0
//! ```

use taipan_syntax::ast;

use crate::field_infer::FieldTyper;
use crate::hir::Ty;

/// The empty container a value builds, if it is one.
#[derive(Clone, Copy)]
enum Empty {
    List,
    Dict,
    Set,
}

fn empty_kind(value: &ast::Expr) -> Option<Empty> {
    match value {
        ast::Expr::List(l) if l.elts.is_empty() => Some(Empty::List),
        ast::Expr::Dict(d) if d.keys.is_empty() => Some(Empty::Dict),
        ast::Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty() => match &*c.func {
            ast::Expr::Name(n) if n.id.as_str() == "list" => Some(Empty::List),
            ast::Expr::Name(n) if n.id.as_str() == "dict" => Some(Empty::Dict),
            ast::Expr::Name(n) if n.id.as_str() == "set" => Some(Empty::Set),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `e` is `self.<field>`.
fn is_field(e: &ast::Expr, self_name: &str, field: &str) -> bool {
    matches!(e, ast::Expr::Attribute(a) if a.attr.as_str() == field
        && matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == self_name))
}

pub(crate) fn is_empty_container(value: &ast::Expr) -> bool {
    empty_kind(value).is_some()
}

/// The type of field `field` assigned the empty container `value`, if
/// `stmt` (a later statement of `__init__`, `typer` seeing its locals) fills
/// it. (Any use of the field is then checked against that type, as mypy
/// does.)
pub(crate) fn filled_type(
    value: &ast::Expr,
    stmt: &ast::Stmt,
    self_name: &str,
    field: &str,
    typer: &FieldTyper<'_, '_>,
) -> Option<Ty> {
    let kind = empty_kind(value)?;
    match (kind, stmt) {
        (Empty::List | Empty::Set, ast::Stmt::Expr(e)) => {
            let ast::Expr::Call(call) = &*e.value else { return None };
            let ast::Expr::Attribute(method) = &*call.func else { return None };
            if !is_field(&method.value, self_name, field) {
                return None;
            }
            let elem = match (kind, method.attr.as_str(), call.args.as_slice()) {
                (Empty::List, "append", [x]) | (Empty::List, "insert", [_, x]) | (Empty::Set, "add", [x]) => typer.ty(x)?,
                _ => return None,
            };
            Some(match kind {
                Empty::Set => Ty::set(elem),
                _ => Ty::list(elem),
            })
        }
        (Empty::Dict, ast::Stmt::Assign(a)) => {
            let [ast::Expr::Subscript(s)] = a.targets.as_slice() else { return None };
            if !is_field(&s.value, self_name, field) {
                return None;
            }
            Some(Ty::dict(typer.ty(&s.slice)?, typer.ty(&a.value)?))
        }
        _ => None,
    }
}
