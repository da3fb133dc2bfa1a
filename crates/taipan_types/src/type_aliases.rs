//! Module-level type aliases, as mypy reads them:
//!
//! ```python
//! Grid = list[list[int]]             # a generic type
//! Pair = Tuple[int, str]             # a typing generic
//! MaybeInt = int | None              # a union with None
//! Op = Callable[[int, int], int]
//! UserId: TypeAlias = int            # an explicit alias
//! Number = float                     # a builtin type or a class by name
//! ```
//!
//! Before the scan, each alias's uses are replaced by what it stands for
//! (earlier aliases inside later ones too) and its assignment is dropped,
//! so annotations resolve as if written out; a use as a value (`Number(3)`)
//! is the aliased expression, as in CPython. A name counts as an alias only
//! where mypy would take it as one: bound once, at the top level of the
//! module, to a type expression (a subscripted generic, a `|` union, a
//! builtin type name, a class of the module or an earlier alias), or
//! annotated `TypeAlias`.

use std::collections::HashMap;

use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};
use taipan_syntax::TextRange;

/// Generic names that make `Name[...]` a type expression.
const GENERICS: &[&str] = &[
    "list", "dict", "set", "frozenset", "tuple", "type", "List", "Dict", "Set", "FrozenSet", "Tuple", "Optional",
    "Union", "Callable", "Iterator", "Iterable", "Generator", "Sequence", "Mapping", "Deque", "DefaultDict",
    "deque", "defaultdict", "Counter", "OrderedDict", "Final",
];

/// Builtin type names an alias may stand for by themselves.
const BUILTIN_TYPES: &[&str] = &["int", "float", "str", "bool"];

/// The module with its aliases expanded, or `None` when it has none.
pub(crate) fn expand(suite: &[ast::Stmt]) -> Option<Vec<ast::Stmt>> {
    let classes: Vec<&str> = suite
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::ClassDef(c) => Some(c.name.as_str()),
            _ => None,
        })
        .collect();
    let bindings = binding_counts(suite);
    let mut aliases: HashMap<String, ast::Expr> = HashMap::new();
    let mut alias_stmts = Vec::new();
    for (i, stmt) in suite.iter().enumerate() {
        let known = |n: &str| classes.contains(&n) || aliases.contains_key(n);
        let Some((name, value)) = alias_of(stmt, &known) else { continue };
        if bindings.get(name).copied() != Some(1) {
            continue;
        }
        let mut expander = Expander { aliases: &aliases };
        let value = match ast::Fold::fold_expr(&mut expander, value.clone()) {
            Ok(value) => value,
            Err(never) => match never {},
        };
        aliases.insert(name.to_string(), value);
        alias_stmts.push(i);
    }
    if aliases.is_empty() {
        return None;
    }
    let mut expander = Expander { aliases: &aliases };
    let kept: Vec<ast::Stmt> =
        suite.iter().enumerate().filter(|(i, _)| !alias_stmts.contains(i)).map(|(_, s)| s.clone()).collect();
    match ast::Fold::fold(&mut expander, kept) {
        Ok(out) => Some(out),
        Err(never) => match never {},
    }
}

/// `name = type expression` or `name: TypeAlias = value`.
fn alias_of<'a>(stmt: &'a ast::Stmt, known: &dyn Fn(&str) -> bool) -> Option<(&'a str, &'a ast::Expr)> {
    match stmt {
        ast::Stmt::Assign(a) => match a.targets.as_slice() {
            [ast::Expr::Name(n)] if is_type_expression(&a.value, known) => Some((n.id.as_str(), &a.value)),
            _ => None,
        },
        ast::Stmt::AnnAssign(a) => {
            let ast::Expr::Name(n) = &*a.target else { return None };
            let explicit = match &*a.annotation {
                ast::Expr::Name(t) => t.id.as_str() == "TypeAlias",
                ast::Expr::Attribute(t) => t.attr.as_str() == "TypeAlias",
                _ => false,
            };
            Some((n.id.as_str(), a.value.as_deref()?)).filter(|_| explicit)
        }
        _ => None,
    }
}

/// Whether `e` can only be meant as a type: a subscripted generic, a union
/// of types, a builtin type name, or a `known` name (a class of the module,
/// an earlier alias).
fn is_type_expression(e: &ast::Expr, known: &dyn Fn(&str) -> bool) -> bool {
    match e {
        ast::Expr::Subscript(s) => match &*s.value {
            ast::Expr::Name(n) => GENERICS.contains(&n.id.as_str()),
            ast::Expr::Attribute(a) => GENERICS.contains(&a.attr.as_str()),
            _ => false,
        },
        ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
            let operand = |x: &ast::Expr| {
                matches!(x, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None)) || is_type_expression(x, known)
            };
            operand(&b.left) && operand(&b.right)
        }
        ast::Expr::Name(n) => BUILTIN_TYPES.contains(&n.id.as_str()) || known(n.id.as_str()),
        _ => false,
    }
}

/// How many statements bind each name anywhere in the module (a rebound
/// name is a variable, not an alias).
fn binding_counts(suite: &[ast::Stmt]) -> HashMap<String, u32> {
    fn walk(node: Node<'_>, counts: &mut HashMap<String, u32>) {
        let mut bind = |t: &ast::Expr| {
            if let ast::Expr::Name(n) = t {
                *counts.entry(n.id.to_string()).or_default() += 1;
            }
        };
        match node {
            Node::Stmt(ast::Stmt::Assign(a)) => a.targets.iter().for_each(&mut bind),
            Node::Stmt(ast::Stmt::AnnAssign(a)) if a.value.is_some() => bind(&a.target),
            Node::Stmt(ast::Stmt::AugAssign(a)) => bind(&a.target),
            Node::Stmt(ast::Stmt::For(f)) => bind(&f.target),
            Node::Stmt(ast::Stmt::Global(g)) => {
                // A global statement makes the name a variable.
                for n in &g.names {
                    *counts.entry(n.to_string()).or_default() += 2;
                }
            }
            Node::Stmt(ast::Stmt::FunctionDef(f)) => *counts.entry(f.name.to_string()).or_default() += 2,
            _ => {}
        }
        for_each_child(node, &mut |child| walk(child, counts));
    }
    let mut counts = HashMap::new();
    suite.iter().for_each(|s| walk(Node::Stmt(s), &mut counts));
    counts
}

/// Replaces alias names by their definitions.
struct Expander<'a> {
    aliases: &'a HashMap<String, ast::Expr>,
}

impl ast::Fold<TextRange> for Expander<'_> {
    taipan_syntax::fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        match &node {
            ast::Expr::Name(n) if n.ctx == ast::ExprContext::Load => {
                if let Some(value) = self.aliases.get(n.id.as_str()) {
                    return Ok(value.clone());
                }
                Ok(node)
            }
            _ => ast::fold::fold_expr(self, node),
        }
    }
}
