//! Type arguments of a generic call: each parameter annotation is matched
//! against its argument's type, binding the type variables it mentions
//! (`list[T]` against `list[int]` binds `T = int`). Two bindings of one
//! variable join as mypy joins them where taipan can hold both: `int` and
//! `float` give `float` (a `float` place may hold an int), `None` and `X`
//! give `X | None`; any other disagreement is an error.

use std::collections::HashMap;

use taipan_syntax::ast;

use crate::hir::Ty;

pub(crate) struct Unifier<'a> {
    function: &'a str,
    vars: &'a [String],
    bound: HashMap<String, Ty>,
}

/// The generic a subscripted annotation starts with (`list`, `Optional`,
/// `Sequence`...), as written (a `typing.X` attribute by its member name).
fn head(e: &ast::Expr) -> Option<&str> {
    match e {
        ast::Expr::Name(n) => Some(n.id.as_str()),
        ast::Expr::Attribute(a) => Some(a.attr.as_str()),
        _ => None,
    }
}

fn is_none(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None))
}

fn is_ellipsis(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Ellipsis))
}

fn type_args(slice: &ast::Expr) -> Vec<&ast::Expr> {
    match slice {
        ast::Expr::Tuple(t) => t.elts.iter().collect(),
        one => vec![one],
    }
}

impl<'a> Unifier<'a> {
    pub fn new(function: &'a str, vars: &'a [String]) -> Unifier<'a> {
        Unifier { function, vars, bound: HashMap::new() }
    }

    /// The types bound so far.
    pub fn bindings(&self) -> &HashMap<String, Ty> {
        &self.bound
    }

    /// Whether `e` mentions a type variable not bound yet.
    pub fn mentions_unbound(&self, e: &ast::Expr) -> bool {
        let mut found = Vec::new();
        super::mentioned_type_vars(e, self.vars, &mut found);
        found.iter().any(|v| !self.bound.contains_key(v))
    }

    /// Matches annotation `ann` against an argument of type `actual`.
    pub fn unify(&mut self, ann: &ast::Expr, actual: Ty) -> Result<(), String> {
        if actual == Ty::Unknown {
            return Ok(());
        }
        match ann {
            ast::Expr::Name(n) if self.vars.iter().any(|v| v == n.id.as_str()) => self.bind(n.id.as_str(), actual),
            ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => match (is_none(&b.left), is_none(&b.right)) {
                (false, true) => self.unify_optional(&b.left, actual),
                (true, false) => self.unify_optional(&b.right, actual),
                _ => Ok(()),
            },
            ast::Expr::Subscript(s) => {
                let args = type_args(&s.slice);
                let Some(head) = head(&s.value) else { return Ok(()) };
                match (head, args.as_slice(), actual) {
                    ("Optional", [inner], _) => self.unify_optional(inner, actual),
                    ("Union", [a, b], _) if is_none(b) => self.unify_optional(a, actual),
                    ("Union", [a, b], _) if is_none(a) => self.unify_optional(b, actual),
                    ("list" | "List" | "MutableSequence", [e], Ty::List(x))
                    | ("set" | "Set" | "MutableSet" | "AbstractSet", [e], Ty::Set(x))
                    | ("deque" | "Deque", [e], Ty::Deque(x))
                    | ("Iterator" | "Generator", [e, ..], Ty::Iterator(x)) => self.unify(e, *x),
                    ("dict" | "Dict" | "Mapping" | "MutableMapping" | "defaultdict" | "DefaultDict" | "OrderedDict", [k, v], Ty::Dict(x, y)) => {
                        self.unify(k, *x)?;
                        self.unify(v, *y)
                    }
                    ("Counter", [k], Ty::Dict(x, _)) => self.unify(k, *x),
                    ("tuple" | "Tuple", [e, dots], Ty::TupleOf(x)) if is_ellipsis(dots) => self.unify(e, *x),
                    ("tuple" | "Tuple", [e, dots], Ty::Tuple(fields)) if is_ellipsis(dots) => {
                        fields.iter().try_for_each(|f| self.unify(e, *f))
                    }
                    ("tuple" | "Tuple", elems, Ty::Tuple(fields)) if elems.len() == fields.len() => {
                        elems.iter().zip(fields.iter()).try_for_each(|(e, f)| self.unify(e, *f))
                    }
                    ("Callable", [ast::Expr::List(params), ret], Ty::Callable(sig)) if params.elts.len() == sig.params.len() => {
                        params.elts.iter().zip(sig.params.iter()).try_for_each(|(p, t)| self.unify(p, *t))?;
                        self.unify(ret, sig.ret)
                    }
                    ("Iterable" | "Collection" | "Sequence" | "Reversible", [e], Ty::Abstract(_, x)) => self.unify(e, *x),
                    ("Iterable" | "Collection" | "Sequence" | "Reversible", [e], Ty::Range) => self.unify(e, Ty::Int),
                    ("Iterable" | "Collection" | "Sequence" | "Reversible", [e], other) => match other.iter_elem() {
                        Some(x) => self.unify(e, x),
                        None => Ok(()),
                    },
                    (head, args, actual) => super::classes::unify_class(self, head, args, actual),
                }
            }
            _ => Ok(()),
        }
    }

    /// `X | None` against `actual`: None tells nothing about `X`.
    fn unify_optional(&mut self, inner: &ast::Expr, actual: Ty) -> Result<(), String> {
        match actual {
            Ty::None => Ok(()),
            Ty::Optional(x) => self.unify(inner, *x),
            other => self.unify(inner, other),
        }
    }

    /// The return annotation against the type the call's result is expected
    /// to have: binds only what the arguments left open.
    pub fn unify_expected(&mut self, returns: &ast::Expr, expected: Ty) {
        let mut open = Unifier { function: self.function, vars: self.vars, bound: HashMap::new() };
        if open.unify(returns, expected).is_ok() {
            for (var, ty) in open.bound {
                self.bound.entry(var).or_insert(ty);
            }
        }
    }

    fn bind(&mut self, var: &str, actual: Ty) -> Result<(), String> {
        let Some(&old) = self.bound.get(var) else {
            self.bound.insert(var.to_string(), actual);
            return Ok(());
        };
        let joined = match (old, actual) {
            _ if old == actual => old,
            (Ty::Int, Ty::Float) | (Ty::Float, Ty::Int) => Ty::Float,
            (Ty::None, x) | (x, Ty::None) if x.is_object() || x.is_number() => match x {
                Ty::Optional(_) => x,
                _ => Ty::optional(x),
            },
            (Ty::Optional(a), b) | (b, Ty::Optional(a)) if *a == b => Ty::Optional(a),
            _ => {
                return Err(format!(
                    "type variable '{var}' of generic function '{}' would be both {old} and {actual} in this call (taipan does not join them; convert an argument)",
                    self.function
                ))
            }
        };
        self.bound.insert(var.to_string(), joined);
        Ok(())
    }

    /// The type arguments, in the function's order; `Err` names the first
    /// type variable nothing bound.
    pub fn finish(self) -> Result<Vec<Ty>, String> {
        self.vars.iter().map(|v| self.bound.get(v).copied().ok_or_else(|| v.clone())).collect()
    }
}
