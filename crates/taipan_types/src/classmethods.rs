//! `@classmethod` in class hierarchies: `cls` is the class the method is
//! called through, so `Sub.make()` runs `make` with `cls` = `Sub` even when
//! `make` is defined in `Base`.
//!
//! A classmethod's `cls` is not a run-time value: it names a class
//! statically (`Checker::class_alias`). So every class gets its own copy of
//! each classmethod it inherits without overriding it (the scan appends a
//! function `Sub.make` with the same `def`, owned by `Sub`), and each copy is
//! checked with `cls` naming its own class. To the rest of the checker a
//! copy is an override like any other. A classmethod is called through a
//! class name (`Sub.make()`), through `cls` inside another classmethod, or
//! through an instance whose class has no subclasses (there is no run-time
//! class value to dispatch a classmethod on otherwise).
//!
//! A classmethod may return `typing.Self`: the class of its copy.

use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

use crate::class_env::{kind_of, MethodKind};
use crate::hir::{FuncId, Ty};
use crate::scan::{FuncDecl, Imported, ModuleScan};

/// Appends to `methods` (the class being scanned: index `class`, named
/// `name`) a copy of every classmethod its base has that it does not define.
/// The base's list already holds its own copies, so this is transitive.
pub(crate) fn copy_inherited<'a>(
    class: usize,
    name: &str,
    base: Option<usize>,
    stmt_index: usize,
    methods: &mut Vec<(String, usize)>,
    scan: &mut ModuleScan<'a>,
) {
    let Some(base) = base else { return };
    let inherited: Vec<(String, usize)> = scan.classes[base]
        .methods
        .iter()
        .filter(|(m, f)| kind_of(scan.functions[*f].def) == MethodKind::Class && !methods.iter().any(|(own, _)| own == m))
        .cloned()
        .collect();
    for (mname, f) in inherited {
        let original = &scan.functions[f];
        let copy = FuncDecl { name: format!("{name}.{mname}"), owner: Some(class), def: original.def, stmt_index, span: original.span };
        methods.push((mname, scan.functions.len()));
        scan.functions.push(copy);
    }
}

/// Whether function `f` is a copy made by [`copy_inherited`] of `of`, or
/// the other way round: the same `def`.
pub(crate) fn same_def(scan: &ModuleScan<'_>, f: FuncId, of: FuncId) -> bool {
    match (scan.functions.get(f.index()), scan.functions.get(of.index())) {
        (Some(a), Some(b)) => std::ptr::eq(a.def, b.def),
        _ => false,
    }
}

/// For function `f`, a copy made by [`copy_inherited`]: a note for its
/// errors, which CPython would raise only when the method is called through
/// that subclass.
pub(crate) fn copy_note(scan: &ModuleScan<'_>, f: usize) -> Option<String> {
    let copy = scan.functions.get(f)?;
    let original = scan.functions[..f].iter().find(|o| std::ptr::eq(o.def, copy.def))?;
    let class = &scan.classes[copy.owner?].name;
    Some(format!(
        "in the copy of classmethod '{}' for subclass '{class}' (where cls is {class}); CPython would fail only when \
         it is called through '{class}': override it in '{class}'",
        original.name
    ))
}

/// Whether every error of a copy is one CPython raises as a `TypeError` when
/// the copy runs — a call whose arguments do not fit (`cls(a, b)` where the
/// subclass's `__init__` takes other parameters) — with the same message.
pub(crate) fn copy_errors_raise_type_error(
    diags: &[taipan_diagnostics::Diagnostic],
) -> Option<(String, taipan_diagnostics::Span)> {
    let call_mismatch = |m: &str| {
        let called = m.split_once("() ").is_some_and(|(callee, _)| !callee.is_empty() && !callee.contains(' '));
        called
            && (m.contains("() takes ")
                || m.contains("() missing ")
                || m.contains("() got an unexpected keyword argument ")
                || m.contains("() got multiple values for argument "))
    };
    let first = diags.first()?;
    diags.iter().all(|d| call_mismatch(&d.message)).then(|| (first.message.clone(), first.span))
}

/// The body of a classmethod copy whose call cannot fit its class: raising
/// the `TypeError` CPython raises there (`copy_errors_raise_type_error`).
pub(crate) fn raising_body(message: String, span: taipan_diagnostics::Span) -> Vec<crate::hir::Stmt> {
    use crate::hir::{Const, Expr, ExprKind, ObjOp, Stmt, StmtKind};
    use crate::types::{ExcClass, ExcKind};
    let class = ExcClass::Builtin(ExcKind::TypeError);
    let msg = Expr { kind: ExprKind::Const(Const::Str(message)), ty: Ty::Str, span };
    let exc = crate::container_expr::obj_op(ObjOp::ExcNew(class), vec![msg], Ty::Exception(class), span);
    vec![Stmt { kind: StmtKind::Raise { exc: Some(exc), cause: None }, span }]
}

/// Whether a return annotation is `typing.Self`.
pub(crate) fn returns_self(def: &ast::StmtFunctionDef, scan: &ModuleScan<'_>) -> bool {
    let is_self = |e: &ast::Expr| match e {
        ast::Expr::Name(n) => matches!(scan.imports.get(n.id.as_str()), Some(Imported::Typing(m)) if m == "Self"),
        ast::Expr::Constant(c) => matches!(&c.value, ast::Constant::Str(s) if s == "Self"),
        _ => false,
    };
    def.returns.as_deref().is_some_and(is_self)
}

/// The return type of a classmethod of class `self_ty` declared `-> Self`.
pub(crate) fn self_return(def: &ast::StmtFunctionDef, scan: &ModuleScan<'_>, self_ty: Option<Ty>) -> Option<Ty> {
    (kind_of(def) == MethodKind::Class && returns_self(def, scan)).then_some(self_ty).flatten()
}

/// Whether calling classmethod `f` of class `c` may instantiate `cls` (and
/// so `c`): its body calls `cls(...)`, or `cls.m(...)` for a classmethod `m`
/// that may. A classmethod of an abstract class that may is rejected where
/// it is called through the class (CPython raises `TypeError` then).
pub(crate) fn may_instantiate_cls(scan: &ModuleScan<'_>, c: usize, f: usize, seen: &mut Vec<usize>) -> bool {
    if seen.contains(&f) {
        return false;
    }
    seen.push(f);
    let def = scan.functions[f].def;
    let Some(cls) = def.args.args.first().map(|a| a.def.arg.as_str()) else { return false };
    let mut calls = Vec::new();
    for stmt in &def.body {
        collect_cls_calls(Node::Stmt(stmt), cls, &mut calls);
    }
    calls.into_iter().any(|callee| match callee {
        None => true,
        Some(m) => scan.classes[c]
            .methods
            .iter()
            .find(|(name, _)| *name == m)
            .is_some_and(|(_, g)| kind_of(scan.functions[*g].def) == MethodKind::Class && may_instantiate_cls(scan, c, *g, seen)),
    })
}

/// The calls of `cls(...)` (`None`) and `cls.m(...)` (`Some(m)`) in a node.
fn collect_cls_calls(node: Node<'_>, cls: &str, out: &mut Vec<Option<String>>) {
    if let Node::Expr(ast::Expr::Call(call)) = node {
        match &*call.func {
            ast::Expr::Name(n) if n.id.as_str() == cls => out.push(None),
            ast::Expr::Attribute(a) if matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == cls) => {
                out.push(Some(a.attr.to_string()))
            }
            _ => {}
        }
    }
    for_each_child(node, &mut |child| collect_cls_calls(child, cls, out));
}
