//! A type argument written back as an annotation, so an instance of a
//! generic is ordinary source: `T` in `def first(xs: list[T]) -> T` becomes
//! `int` in the copy for `first[int]`. Names of `typing` and `collections`
//! members come from hidden imports (`hidden_imports`), so a type argument
//! the module never spells (`Callable[[int], int]` of a lambda) still reads.

use std::collections::HashMap;

use taipan_syntax::{ast, TextRange};

use crate::hir::Ty;

/// The names the hidden imports bind (never valid user identifiers' spelling
/// by accident: they start with `__taipan_`).
const HIDDEN: &[(&str, &str, &str)] = &[
    ("typing", "Callable", "__taipan_Callable"),
    ("typing", "Iterator", "__taipan_Iterator"),
    ("typing", "Iterable", "__taipan_Iterable"),
    ("typing", "Collection", "__taipan_Collection"),
    ("typing", "Sequence", "__taipan_Sequence"),
    ("collections", "deque", "__taipan_deque"),
];

fn hidden(member: &str) -> &'static str {
    HIDDEN.iter().find(|(_, m, _)| *m == member).map_or("", |(_, _, bound)| bound)
}

/// `from typing import Callable as __taipan_Callable, ...` and the
/// `collections` one, placed where the first type variable was defined.
pub(crate) fn hidden_imports(range: TextRange) -> Vec<ast::Stmt> {
    ["typing", "collections"]
        .into_iter()
        .map(|module| {
            let names = HIDDEN
                .iter()
                .filter(|(m, _, _)| *m == module)
                .map(|(_, member, bound)| ast::Alias {
                    range,
                    name: ast::Identifier::new(*member),
                    asname: Some(ast::Identifier::new(*bound)),
                })
                .collect();
            ast::Stmt::ImportFrom(ast::StmtImportFrom {
                range,
                module: Some(ast::Identifier::new(module)),
                names,
                level: None,
            })
        })
        .collect()
}

/// Whether a type can be written as an annotation (a type argument must be).
pub(crate) fn renders(ty: Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::None | Ty::Range | Ty::Instance(_) | Ty::Exception(_) => true,
        Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e) | Ty::Deque(e) | Ty::Optional(e) | Ty::Iterator(e) | Ty::Abstract(_, e) => {
            renders(*e)
        }
        Ty::Dict(k, v) => renders(*k) && renders(*v),
        Ty::Tuple(fields) | Ty::Union(fields) => fields.iter().all(|f| renders(*f)),
        Ty::Callable(sig) => sig.params.iter().all(|p| renders(*p)) && renders(sig.ret),
        Ty::Object | Ty::Random | Ty::Unknown => false,
    }
}

fn name(id: &str, range: TextRange) -> ast::Expr {
    taipan_syntax::build::name(id, range)
}

fn subscript(head: &str, args: Vec<ast::Expr>, range: TextRange) -> ast::Expr {
    let slice = match <[ast::Expr; 1]>::try_from(args) {
        Ok([one]) => one,
        Err(args) => ast::Expr::Tuple(ast::ExprTuple { range, elts: args, ctx: ast::ExprContext::Load }),
    };
    ast::Expr::Subscript(ast::ExprSubscript {
        range,
        value: Box::new(name(head, range)),
        slice: Box::new(slice),
        ctx: ast::ExprContext::Load,
    })
}

fn none(range: TextRange) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::None, kind: None })
}

fn bit_or(left: ast::Expr, right: ast::Expr, range: TextRange) -> ast::Expr {
    ast::Expr::BinOp(ast::ExprBinOp { range, left: Box::new(left), op: ast::Operator::BitOr, right: Box::new(right) })
}

/// `ty` as an annotation, every node at `range` (where the type variable stood).
pub(crate) fn render(ty: Ty, range: TextRange) -> ast::Expr {
    let r = |t: Ty| render(t, range);
    match ty {
        Ty::Int => name("int", range),
        Ty::Float => name("float", range),
        Ty::Bool => name("bool", range),
        Ty::Str => name("str", range),
        Ty::Range => name("range", range),
        Ty::None => none(range),
        Ty::Instance(class) => name(class.name, range),
        Ty::Exception(class) => name(class.name(), range),
        Ty::List(e) => subscript("list", vec![r(*e)], range),
        Ty::Set(e) => subscript("set", vec![r(*e)], range),
        Ty::Deque(e) => subscript(hidden("deque"), vec![r(*e)], range),
        Ty::Dict(k, v) => subscript("dict", vec![r(*k), r(*v)], range),
        Ty::TupleOf(e) => subscript(
            "tuple",
            vec![r(*e), ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Ellipsis, kind: None })],
            range,
        ),
        Ty::Tuple([]) => subscript("tuple", vec![ast::Expr::Tuple(ast::ExprTuple { range, elts: Vec::new(), ctx: ast::ExprContext::Load })], range),
        Ty::Tuple(fields) => subscript("tuple", fields.iter().map(|f| r(*f)).collect(), range),
        Ty::Optional(inner) => bit_or(r(*inner), none(range), range),
        Ty::Union(members) => {
            let mut members = members.iter().map(|m| r(*m));
            let first = members.next().unwrap_or_else(|| none(range));
            members.fold(first, |acc, m| bit_or(acc, m, range))
        }
        Ty::Iterator(e) => subscript(hidden("Iterator"), vec![r(*e)], range),
        Ty::Abstract(kind, e) => subscript(hidden(kind.name()), vec![r(*e)], range),
        Ty::Callable(sig) => {
            let params = ast::Expr::List(ast::ExprList { range, elts: sig.params.iter().map(|p| r(*p)).collect(), ctx: ast::ExprContext::Load });
            subscript(hidden("Callable"), vec![params, r(sig.ret)], range)
        }
        // (`renders` keeps these out of instantiations.)
        Ty::Object | Ty::Random | Ty::Unknown => name("object", range),
    }
}

/// `def` with every read of a type variable in `bindings` replaced by the
/// annotation of its type.
pub(crate) fn substitute_def(def: ast::StmtFunctionDef, bindings: &HashMap<&str, Ty>) -> ast::StmtFunctionDef {
    match substitute_stmt(ast::Stmt::FunctionDef(def.clone()), bindings) {
        ast::Stmt::FunctionDef(copy) => copy,
        // (A fold of a def is a def.)
        _ => def,
    }
}

/// An expression with its type variables replaced.
pub(crate) fn substitute_expr(e: ast::Expr, bindings: &HashMap<&str, Ty>) -> ast::Expr {
    let mut folder = Substitute { bindings };
    match ast::Fold::fold_expr(&mut folder, e) {
        Ok(e) => e,
        Err(never) => match never {},
    }
}

/// A statement with its type variables replaced.
pub(crate) fn substitute_stmt(stmt: ast::Stmt, bindings: &HashMap<&str, Ty>) -> ast::Stmt {
    let mut folder = Substitute { bindings };
    match ast::Fold::fold_stmt(&mut folder, stmt) {
        Ok(stmt) => stmt,
        Err(never) => match never {},
    }
}

struct Substitute<'a> {
    bindings: &'a HashMap<&'a str, Ty>,
}

impl Substitute<'_> {
    /// An annotation with its string parts that mention a type variable
    /// (`"Node[T]"`, a forward reference) read as the type they spell, so
    /// the substitution reaches inside them.
    fn unquote(&self, annotation: ast::Expr) -> ast::Expr {
        let mut unquote = Unquote { bindings: self.bindings };
        match ast::Fold::fold_expr(&mut unquote, annotation) {
            Ok(e) => e,
            Err(never) => match never {},
        }
    }
}

struct Unquote<'a> {
    bindings: &'a HashMap<&'a str, Ty>,
}

impl ast::Fold<TextRange> for Unquote<'_> {
    taipan_syntax::fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(text), .. }) = &node else {
            return ast::fold::fold_expr(self, node);
        };
        let spelled = match taipan_syntax::parse_generated(text, taipan_syntax::span_of(&node)).as_deref() {
            Ok([ast::Stmt::Expr(e)]) => (*e.value).clone(),
            _ => return Ok(node),
        };
        let mut mentioned = false;
        crate::generics::walk_exprs(taipan_syntax::visit::Node::Expr(&spelled), &mut |e| {
            mentioned |= matches!(e, ast::Expr::Name(n) if self.bindings.contains_key(n.id.as_str()));
        });
        Ok(if mentioned { spelled } else { node })
    }
}

impl ast::Fold<TextRange> for Substitute<'_> {
    taipan_syntax::fold_keeping_ranges!();

    fn fold_arg(&mut self, mut node: ast::Arg) -> Result<ast::Arg, Self::Error> {
        node.annotation = node.annotation.map(|a| Box::new(self.unquote(*a)));
        ast::fold::fold_arg(self, node)
    }

    fn fold_stmt_function_def(&mut self, mut node: ast::StmtFunctionDef) -> Result<ast::StmtFunctionDef, Self::Error> {
        node.returns = node.returns.map(|a| Box::new(self.unquote(*a)));
        ast::fold::fold_stmt_function_def(self, node)
    }

    fn fold_stmt_ann_assign(&mut self, mut node: ast::StmtAnnAssign) -> Result<ast::StmtAnnAssign, Self::Error> {
        node.annotation = Box::new(self.unquote(*node.annotation));
        ast::fold::fold_stmt_ann_assign(self, node)
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        match &node {
            ast::Expr::Name(n) if n.ctx == ast::ExprContext::Load => match self.bindings.get(n.id.as_str()) {
                Some(ty) => Ok(render(*ty, n.range)),
                None => Ok(node),
            },
            _ => ast::fold::fold_expr(self, node),
        }
    }
}
