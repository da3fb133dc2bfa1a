//! Type annotations → types.

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::hir::Ty;
use crate::types::ClassId;
use crate::scan::Imported;

/// A resolved annotation. `ty` is `None` for a bare `Final` (the type comes from
/// the assigned value).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Annotation {
    pub ty: Option<Ty>,
    pub is_final: bool,
}

/// Resolves an annotation; reports and returns `None` if it is not supported.
pub(crate) fn resolve(
    expr: &ast::Expr,
    imports: &HashMap<String, Imported>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Annotation> {
    match expr {
        ast::Expr::Subscript(sub) => {
            if typing_name(&sub.value, imports) == Some("Final") {
                let ty = plain_type(&sub.slice, imports, diags)?;
                return Some(Annotation { ty: Some(ty), is_final: true });
            }
            plain_type(expr, imports, diags).map(|ty| Annotation { ty: Some(ty), is_final: false })
        }
        _ if typing_name(expr, imports) == Some("Final") => Some(Annotation { ty: None, is_final: true }),
        _ => plain_type(expr, imports, diags).map(|ty| Annotation { ty: Some(ty), is_final: false }),
    }
}

/// The `typing` member an expression names, if it is one.
fn typing_name<'a>(expr: &ast::Expr, imports: &'a HashMap<String, Imported>) -> Option<&'a str> {
    match expr {
        ast::Expr::Name(n) => match imports.get(n.id.as_str()) {
            Some(Imported::Typing(member)) => Some(member.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// The `typing` member a subscripted annotation (`Sequence[int]`) starts with.
fn typing_name_of_subscript<'a>(expr: &ast::Expr, imports: &'a HashMap<String, Imported>) -> Option<&'a str> {
    match expr {
        ast::Expr::Subscript(sub) => typing_name(&sub.value, imports),
        _ => None,
    }
}

/// A type that is not `Final[...]`.
fn plain_type(expr: &ast::Expr, imports: &HashMap<String, Imported>, diags: &mut Vec<Diagnostic>) -> Option<Ty> {
    let span = span_of(expr);
    if let ast::Expr::Subscript(sub) = expr {
        let resolve = &mut |e: &ast::Expr, d: &mut Vec<Diagnostic>| plain_type(e, imports, d);
        if let Some(ty) = crate::container_modules::generic_annotation(&sub.value, &sub.slice, span, imports, resolve, diags) {
            return ty;
        }
    }
    if crate::container_modules::bare_annotation(expr, imports, diags).is_some() {
        return None;
    }
    if let (ast::Expr::Subscript(sub), Some(member)) = (expr, typing_name_of_subscript(expr, imports)) {
        let resolve = &mut |e: &ast::Expr, d: &mut Vec<Diagnostic>| plain_type(e, imports, d);
        if let Some(ty) = crate::abstract_collections::annotation(member, &sub.slice, span, resolve, diags) {
            return ty;
        }
    }
    if crate::random_module::names_random_class(expr, imports) {
        return Some(Ty::Random);
    }
    match expr {
        ast::Expr::Name(n) => {
            if let Some(member) = typing_name(expr, imports) {
                if let Some(builtin) = typing_alias(member) {
                    return error(diags, span, format!("'{member}' needs type arguments (as in {})", example_args(builtin)));
                }
                if member == "Callable" {
                    return error(diags, span, "'Callable' needs type arguments (as in Callable[[int, str], float])");
                }
                if let Some(example) = crate::abstract_collections::example_args(member) {
                    return error(diags, span, format!("'{member}' needs type arguments (as in {example})"));
                }
                let msg = if member == "Final" {
                    "Final is only allowed as the outermost annotation of a variable".to_string()
                } else {
                    format!("typing.{member} is not supported yet")
                };
                return error(diags, span, msg);
            }
            named_type(n.id.as_str(), span, diags)
        }
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::None => Some(Ty::None),
            // A string annotation (a forward reference): a plain type name.
            ast::Constant::Str(s) => match s.split('|').map(str::trim).collect::<Vec<_>>().as_slice() {
                [one] => named_type(one, span, diags),
                // `"Node | None"`.
                [a, "None"] | ["None", a] => optional_of(named_type(a, span, diags)?, span, diags),
                // `"Leaf | Node"`, `"Leaf | Node | None"`.
                names if names.len() > 1 && names.iter().all(|n| is_plain_name(n)) => {
                    let members: Option<Vec<Ty>> = names.iter().map(|n| named_type(n, span, diags)).collect();
                    union_of(&members?, span, diags)
                }
                _ => error(diags, span, "string annotations other than a name or a union of names ('A | B | None') are not supported yet"),
            },
            _ => error(diags, span, "invalid type annotation"),
        },
        ast::Expr::Subscript(sub) => match &*sub.value {
            ast::Expr::Name(_) if matches!(typing_name(&sub.value, imports), Some("Iterator" | "Generator")) => {
                let name = typing_name(&sub.value, imports).unwrap_or_default();
                crate::generator_fn::iterator_annotation(name, &sub.slice, span, &mut |e, d| plain_type(e, imports, d), diags)
            }
            ast::Expr::Name(n) => {
                let name = typing_name(&sub.value, imports).unwrap_or(n.id.as_str());
                if typing_name(&sub.value, imports) == Some("Callable") {
                    return callable_type(&sub.slice, span, imports, diags);
                }
                generic_type(name, &sub.slice, span, imports, diags)
            }
            _ => error(diags, span, "invalid type annotation"),
        },
        ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
            let is_none = |e: &ast::Expr| matches!(e, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None));
            match (is_none(&b.left), is_none(&b.right)) {
                (false, true) => optional_of(plain_type(&b.left, imports, diags)?, span, diags),
                (true, false) => optional_of(plain_type(&b.right, imports, diags)?, span, diags),
                _ => {
                    let left = plain_type(&b.left, imports, diags);
                    let right = plain_type(&b.right, imports, diags);
                    union_of(&[left?, right?], span, diags)
                }
            }
        }
        _ => error(diags, span, "invalid type annotation"),
    }
}

thread_local! {
    /// The user classes of the module being checked, by name. Set once per
    /// check (`class_env::Classes::number`), before any annotation is resolved;
    /// kept here rather than passed along so every caller of [`resolve`] sees
    /// class names without threading the class table through.
    static CLASS_NAMES: std::cell::RefCell<HashMap<String, ClassId>> = std::cell::RefCell::new(HashMap::new());
}

/// Makes the module's class names resolvable in annotations.
pub(crate) fn set_class_names(names: HashMap<String, ClassId>) {
    CLASS_NAMES.with(|c| *c.borrow_mut() = names);
}

fn class_named(name: &str) -> Option<ClassId> {
    CLASS_NAMES.with(|c| c.borrow().get(name).copied())
}

/// `Optional[inner]` / `inner | None`.
fn optional_of(inner: Ty, span: Span, diags: &mut Vec<Diagnostic>) -> Option<Ty> {
    match inner {
        Ty::Optional(_) => Some(inner),
        // Objects (str too): None is the null pointer. Numbers: a pointer to
        // a box holding the value, or null (`optional_scalar.rs`).
        _ if inner.is_object() || inner.is_number() => Some(Ty::optional(inner)),
        other => error(diags, span, format!("optional {other} values are not supported")),
    }
}

/// A name as a string annotation may write one (`Node`).
fn is_plain_name(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// `A | B` / `Union[A, B]` (`union.rs`); `A | None` of one type stays an optional.
fn union_of(members: &[Ty], span: Span, diags: &mut Vec<Diagnostic>) -> Option<Ty> {
    match Ty::union(members) {
        Ty::Optional(inner) if !matches!(inner, Ty::Union(_)) => optional_of(*inner, span, diags),
        _ => match crate::union::checked_union(members) {
            Ok(ty) => Some(ty),
            Err(msg) => error(diags, span, msg),
        },
    }
}

fn named_type(name: &str, span: Span, diags: &mut Vec<Diagnostic>) -> Option<Ty> {
    if let Some(class) = class_named(name) {
        return Some(Ty::Instance(class));
    }
    match name {
        "int" => Some(Ty::Int),
        "float" => Some(Ty::Float),
        "bool" => Some(Ty::Bool),
        "str" => Some(Ty::Str),
        "None" => Some(Ty::None),
        "range" => Some(Ty::Range),
        "list" | "dict" | "set" | "tuple" => {
            error(diags, span, format!("'{name}' needs type arguments (as in {})", example_args(name)))
        }
        "bytes" | "complex" | "object" => error(diags, span, format!("{name} values are not supported yet")),
        _ if crate::exceptions::exception_named(name).is_some() => {
            crate::exceptions::exception_named(name).map(Ty::Exception)
        }
        _ => match crate::generics::misuse_of(name) {
            Some(msg) => error(diags, span, msg),
            None => error(diags, span, format!("name '{name}' is not defined")),
        },
    }
}

fn error<T>(diags: &mut Vec<Diagnostic>, span: Span, msg: impl Into<String>) -> Option<T> {
    diags.push(Diagnostic::error(span, msg));
    None
}

/// The builtin generic a `typing` alias stands for (`List` → `list`).
fn typing_alias(member: &str) -> Option<&'static str> {
    match member {
        "List" => Some("list"),
        "Tuple" => Some("tuple"),
        "Dict" => Some("dict"),
        "Set" => Some("set"),
        _ => None,
    }
}

fn example_args(generic: &str) -> &'static str {
    match generic {
        "list" => "list[int]",
        "tuple" => "tuple[int, str] or tuple[int, ...]",
        "dict" => "dict[str, int]",
        _ => "set[int]",
    }
}

/// `list[T]`, `tuple[A, B]`, `tuple[T, ...]`, `tuple[()]`, `dict[K, V]`,
/// `set[T]` (and their `typing` aliases `List[T]` ...).
fn generic_type(
    name: &str,
    args: &ast::Expr,
    span: Span,
    imports: &HashMap<String, Imported>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Ty> {
    if name == "Optional" {
        let inner = plain_type(args, imports, diags)?;
        return optional_of(inner, span, diags);
    }
    if name == "Union" {
        let members: Vec<&ast::Expr> = match args {
            ast::Expr::Tuple(t) => t.elts.iter().collect(),
            one => vec![one],
        };
        let members: Vec<Option<Ty>> = members.into_iter().map(|m| plain_type(m, imports, diags)).collect();
        let members: Option<Vec<Ty>> = members.into_iter().collect();
        return union_of(&members?, span, diags);
    }
    let generic = typing_alias(name).unwrap_or(name);
    let args: Vec<&ast::Expr> = match args {
        ast::Expr::Tuple(t) => t.elts.iter().collect(),
        one => vec![one],
    };
    let arity = |diags: &mut Vec<Diagnostic>, n: usize| -> Option<()> {
        if args.len() == n {
            return Some(());
        }
        let plural = if n == 1 { "" } else { "s" };
        error(diags, span, format!("'{name}' expects {n} type argument{plural}, got {}", args.len()))
    };
    match generic {
        "list" | "set" => {
            arity(diags, 1)?;
            let elem = plain_type(args[0], imports, diags)?;
            Some(if generic == "list" { Ty::list(elem) } else { Ty::set(elem) })
        }
        "dict" => {
            arity(diags, 2)?;
            let key = plain_type(args[0], imports, diags);
            let value = plain_type(args[1], imports, diags);
            Some(Ty::dict(key?, value?))
        }
        "tuple" => {
            let is_ellipsis =
                |e: &ast::Expr| matches!(e, ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Ellipsis, .. }));
            match args.as_slice() {
                [elem, dots] if is_ellipsis(dots) => Some(Ty::tuple_of(plain_type(elem, imports, diags)?)),
                // `tuple[()]`: the empty tuple.
                [ast::Expr::Tuple(t)] if t.elts.is_empty() => Some(Ty::tuple(&[])),
                _ => {
                    if let Some(dots) = args.iter().find(|a| is_ellipsis(a)) {
                        return error(diags, span_of(*dots), "'...' is allowed only as the second of two arguments of tuple[T, ...]");
                    }
                    let fields: Vec<Option<Ty>> = args.iter().map(|a| plain_type(a, imports, diags)).collect();
                    let fields: Option<Vec<Ty>> = fields.into_iter().collect();
                    Some(Ty::tuple(&fields?))
                }
            }
        }
        _ => {
            // `Stack[int]` of a generic class (`generics.rs`).
            let resolve = &mut |e: &ast::Expr, d: &mut Vec<Diagnostic>| plain_type(e, imports, d);
            if let Some(ty) = crate::generics::class_annotation(name, &args, span, resolve, &class_named, diags) {
                return ty;
            }
            error(diags, span, format!("{name}[...] types are not supported yet"))
        }
    }
}

/// `Callable[[A, B], R]`: a function value (`closures.rs`).
fn callable_type(
    args: &ast::Expr,
    span: Span,
    imports: &HashMap<String, Imported>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Ty> {
    let ast::Expr::Tuple(t) = args else {
        return error(diags, span, "Callable needs a parameter list and a return type, as in Callable[[int], str]");
    };
    let [params, ret] = t.elts.as_slice() else {
        return error(diags, span, "Callable needs a parameter list and a return type, as in Callable[[int], str]");
    };
    let ast::Expr::List(params) = params else {
        return error(
            diags,
            span_of(params),
            "Callable parameters must be a list of types (Callable[..., R] is not supported)",
        );
    };
    let params: Vec<Option<Ty>> = params.elts.iter().map(|p| plain_type(p, imports, diags)).collect();
    let ret = plain_type(ret, imports, diags);
    let params: Vec<Ty> = params.into_iter().collect::<Option<_>>()?;
    if let Some(p) = params.iter().position(|p| *p == Ty::None) {
        return error(diags, span_of(&t.elts[0]), format!("parameters of type None are not supported yet (parameter {})", p + 1));
    }
    Some(Ty::callable(&params, ret?))
}
