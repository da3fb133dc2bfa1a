//! `typing.ClassVar` in a class body: `count: ClassVar[int] = 0` declares a
//! class attribute, never an instance field (a dataclass leaves it out of
//! its fields, as CPython's `dataclasses` does). The attribute is then the
//! class constant or class variable an unannotated `count = 0` would be,
//! with the declared type (`class_env.rs`, `class_attrs.rs`,
//! `class_vars.rs`).

use std::collections::HashMap;

use taipan_syntax::ast;

use crate::scan::Imported;

/// If `annotation` is `ClassVar[T]` (or a bare `ClassVar`): `T`, or `None`
/// for the bare form (the value gives the type).
pub(crate) fn class_var_inner<'e>(
    annotation: &'e ast::Expr,
    imports: &HashMap<String, Imported>,
) -> Option<Option<&'e ast::Expr>> {
    let names_class_var =
        |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if matches!(imports.get(n.id.as_str()), Some(Imported::Typing(m)) if m == "ClassVar"));
    match annotation {
        ast::Expr::Subscript(s) if names_class_var(&s.value) => Some(Some(&*s.slice)),
        e if names_class_var(e) => Some(None),
        _ => None,
    }
}

/// Whether the class-body statement declares a `ClassVar`.
pub(crate) fn is_class_var_decl(stmt: &ast::Stmt, imports: &HashMap<String, Imported>) -> bool {
    matches!(stmt, ast::Stmt::AnnAssign(a) if class_var_inner(&a.annotation, imports).is_some())
}
