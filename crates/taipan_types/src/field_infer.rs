//! The type of a field assigned in `__init__` without an annotation, from
//! the value's expression, as mypy infers it: `self.grid = [[0.0] * w for _
//! in range(h)]` is a `list[list[float]]`, `self.name = name.upper()` a
//! `str`, `self.origin = Point(0.0, 0.0)` a `Point`.
//!
//! Field types are needed before any body is checked (they fix the
//! layouts), so this is a small typer over the syntax: literals, displays,
//! comprehensions, arithmetic, calls of classes, functions and common
//! builtins, str methods, and the parameters, earlier locals and fields it
//! can see. What it cannot type is left to the "annotate it" error.

use std::collections::HashMap;

use taipan_syntax::ast;

use crate::checker::name_of;
use crate::env::FuncSig;
use crate::hir::{self, ClassId, Ty};
use crate::scan::{Imported, ModuleScan};

/// What the typer can see in `__init__`.
pub(crate) struct FieldTyper<'a, 's> {
    pub scan: &'a ModuleScan<'s>,
    pub sigs: &'a [FuncSig],
    /// The id of each class so far (by declaration index) and its fields.
    pub classes: &'a [(ClassId, Vec<hir::Field>)],
    /// Parameters and the locals assigned so far.
    pub names: HashMap<String, Ty>,
    /// The name of `self`, and the fields the class has so far.
    pub self_name: &'a str,
    pub fields: &'a [hir::Field],
}

const STR_TO_STR: &[&str] = &[
    "upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "casefold", "swapcase", "replace", "join",
    "center", "ljust", "rjust", "zfill", "format",
];

impl FieldTyper<'_, '_> {
    pub(crate) fn ty(&self, e: &ast::Expr) -> Option<Ty> {
        let t = self.infer(e, &HashMap::new())?;
        (!t.has_unknown() && t != Ty::None).then_some(t)
    }

    fn infer(&self, e: &ast::Expr, scope: &HashMap<String, Ty>) -> Option<Ty> {
        use ast::Expr as E;
        match e {
            E::Constant(c) => match &c.value {
                ast::Constant::Int(_) => Some(Ty::Int),
                ast::Constant::Float(_) => Some(Ty::Float),
                ast::Constant::Bool(_) => Some(Ty::Bool),
                ast::Constant::Str(_) => Some(Ty::Str),
                _ => None,
            },
            E::JoinedStr(_) => Some(Ty::Str),
            E::Name(n) => match scope.get(n.id.as_str()).or_else(|| self.names.get(n.id.as_str())) {
                Some(t) => Some(*t),
                // `pi` imported from `math`, or a module global (`[0] * SIZE`).
                None => self.math_member(e).map(|_| Ty::Float).or_else(|| self.global(n.id.as_str())),
            },
            E::List(l) => self.elements(&l.elts, scope).map(Ty::list),
            E::Set(s) => self.elements(&s.elts, scope).map(Ty::set),
            E::Tuple(t) => {
                let fields: Option<Vec<Ty>> = t.elts.iter().map(|x| self.infer(x, scope)).collect();
                Some(Ty::tuple(&fields?))
            }
            E::Dict(d) => {
                let keys: Option<Vec<&ast::Expr>> = d.keys.iter().map(|k| k.as_ref()).collect();
                let k = self.elements_of(keys?.into_iter(), scope)?;
                let v = self.elements_of(d.values.iter(), scope)?;
                Some(Ty::dict(k, v))
            }
            // (A generator as a list: what consumes it sees the same elements.)
            E::ListComp(ast::ExprListComp { elt, generators, .. })
            | E::GeneratorExp(ast::ExprGeneratorExp { elt, generators, .. }) => {
                self.infer(elt, &self.comprehension_scope(generators, scope)?).map(Ty::list)
            }
            E::SetComp(c) => self.infer(&c.elt, &self.comprehension_scope(&c.generators, scope)?).map(Ty::set),
            E::DictComp(c) => {
                let inner = self.comprehension_scope(&c.generators, scope)?;
                Some(Ty::dict(self.infer(&c.key, &inner)?, self.infer(&c.value, &inner)?))
            }
            E::BinOp(b) => self.binary(b.op, self.infer(&b.left, scope)?, self.infer(&b.right, scope)?),
            E::UnaryOp(u) => match (u.op, self.infer(&u.operand, scope)?) {
                (ast::UnaryOp::Not, _) => Some(Ty::Bool),
                (ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert, Ty::Bool) => Some(Ty::Int),
                (ast::UnaryOp::USub | ast::UnaryOp::UAdd, t @ (Ty::Int | Ty::Float)) => Some(t),
                (ast::UnaryOp::Invert, Ty::Int) => Some(Ty::Int),
                _ => None,
            },
            E::Compare(_) => Some(Ty::Bool),
            // `items or []`: the first operand's type, without None when the
            // last operand cannot be None (an empty display takes that type).
            E::BoolOp(b) if b.op == ast::BoolOp::Or => {
                let first = self.infer(b.values.first()?, scope)?.without_none();
                for v in &b.values[1..] {
                    if crate::expr::is_empty_display(v) {
                        continue;
                    }
                    let t = self.infer(v, scope)?;
                    let last = std::ptr::eq(v, b.values.last()?);
                    if t.without_none() != first || (last && matches!(t, Ty::Optional(_) | Ty::None)) {
                        return None;
                    }
                }
                Some(first)
            }
            E::IfExp(i) => {
                let (a, b) = (self.infer(&i.body, scope)?, self.infer(&i.orelse, scope)?);
                same_or_float(a, b)
            }
            E::Attribute(a) => self.attribute(a, scope),
            E::Subscript(s) => {
                let container = self.infer(&s.value, scope)?;
                match (&*s.slice, container) {
                    (E::Slice(_), t @ (Ty::List(_) | Ty::Str | Ty::TupleOf(_))) => Some(t),
                    (_, Ty::List(elem) | Ty::TupleOf(elem)) => Some(*elem),
                    (_, Ty::Str) => Some(Ty::Str),
                    (_, Ty::Dict(_, v)) => Some(*v),
                    _ => None,
                }
            }
            E::Call(c) => self.call(c, scope),
            _ => None,
        }
    }

    /// The common type of display elements (ints and floats: float).
    /// The type of module global `name`: its annotation, or the type of the
    /// value of its first binding (globals keep the type of their first
    /// binding). The depth bound keeps a cycle of globals defined by each
    /// other (a NameError at run time) from recursing forever.
    fn global(&self, name: &str) -> Option<Ty> {
        thread_local! {
            static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
        }
        let global = &self.scan.globals[*self.scan.global_index.get(name)?];
        let annotated = global.annotation.and_then(|a| crate::annotation::resolve(a, &self.scan.imports, &mut Vec::new()));
        if let Some(ty) = annotated.and_then(|a| a.ty) {
            return Some(ty);
        }
        let value = global.first_value?;
        if DEPTH.get() >= 16 {
            return None;
        }
        let typer = FieldTyper { names: HashMap::new(), fields: &[], ..*self };
        DEPTH.set(DEPTH.get() + 1);
        let ty = typer.infer(value, &HashMap::new());
        DEPTH.set(DEPTH.get() - 1);
        ty
    }

    fn elements(&self, elts: &[ast::Expr], scope: &HashMap<String, Ty>) -> Option<Ty> {
        self.elements_of(elts.iter(), scope)
    }

    fn elements_of<'x>(&self, mut elts: impl Iterator<Item = &'x ast::Expr>, scope: &HashMap<String, Ty>) -> Option<Ty> {
        let first = self.infer(elts.next()?, scope)?;
        elts.try_fold(first, |acc, x| same_or_float(acc, self.infer(x, scope)?))
    }

    /// The names the comprehension's `for` clauses bind (plain names and
    /// tuples of names).
    fn comprehension_scope(&self, gens: &[ast::Comprehension], outer: &HashMap<String, Ty>) -> Option<HashMap<String, Ty>> {
        let mut scope = outer.clone();
        for g in gens {
            let elem = self.element(&g.iter, &scope)?;
            bind(&g.target, elem, &mut scope)?;
        }
        Some(scope)
    }

    /// The type of the elements a `for` over `iter` binds.
    fn element(&self, iter: &ast::Expr, scope: &HashMap<String, Ty>) -> Option<Ty> {
        match iter {
            ast::Expr::Call(c) if name_of(&c.func) == Some("range") => Some(Ty::Int),
            ast::Expr::Call(c) if name_of(&c.func) == Some("enumerate") && c.args.len() == 1 => {
                Some(Ty::tuple(&[Ty::Int, self.infer(&c.args[0], scope)?.iter_elem()?]))
            }
            iter => self.infer(iter, scope)?.iter_elem(),
        }
    }

    /// The names a `for` statement's target binds, with their types (`None`
    /// if the typer cannot tell).
    pub(crate) fn for_targets(&self, f: &ast::StmtFor) -> Option<HashMap<String, Ty>> {
        let mut scope = HashMap::new();
        let elem = self.element(&f.iter, &scope)?;
        bind(&f.target, elem, &mut scope)?;
        Some(scope)
    }

    fn binary(&self, op: ast::Operator, a: Ty, b: Ty) -> Option<Ty> {
        use ast::Operator as O;
        let num = |t: Ty| if t == Ty::Bool { Ty::Int } else { t };
        match (op, num(a), num(b)) {
            (O::Div, Ty::Int | Ty::Float, Ty::Int | Ty::Float) => Some(Ty::Float),
            (O::Add | O::Sub | O::Mult | O::FloorDiv | O::Mod | O::Pow, Ty::Int, Ty::Int) => Some(Ty::Int),
            (O::Add | O::Sub | O::Mult | O::FloorDiv | O::Mod | O::Pow, Ty::Int | Ty::Float, Ty::Int | Ty::Float) => {
                Some(Ty::Float)
            }
            (O::BitAnd | O::BitOr | O::BitXor | O::LShift | O::RShift, Ty::Int, Ty::Int) => Some(Ty::Int),
            (O::Add, Ty::Str, Ty::Str) => Some(Ty::Str),
            (O::Add, l @ Ty::List(_), r) if l == r => Some(l),
            (O::Mult, s @ (Ty::Str | Ty::List(_)), Ty::Int) | (O::Mult, Ty::Int, s @ (Ty::Str | Ty::List(_))) => Some(s),
            (O::BitOr | O::BitAnd | O::Sub | O::BitXor, s @ Ty::Set(_), r) if s == r => Some(s),
            _ => None,
        }
    }

    /// The member of `math` that `e` names (`sqrt` imported from it, or
    /// `math.sqrt`).
    fn math_member(&self, e: &ast::Expr) -> Option<String> {
        match e {
            ast::Expr::Name(n) => match self.scan.imports.get(n.id.as_str())? {
                Imported::MathMember(m) => Some(m.clone()),
                _ => None,
            },
            ast::Expr::Attribute(a) => match self.scan.imports.get(name_of(&a.value)?)? {
                Imported::MathModule => Some(a.attr.to_string()),
                _ => None,
            },
            _ => None,
        }
    }

    fn attribute(&self, a: &ast::ExprAttribute, scope: &HashMap<String, Ty>) -> Option<Ty> {
        if self.math_member(&ast::Expr::Attribute(a.clone())).is_some() {
            // `math.pi` and the other constants.
            return Some(Ty::Float);
        }
        let attr = a.attr.as_str();
        // `C.attr`: a class attribute, typed by its value in the class body
        // (or a base's).
        if let Some(mut class) = name_of(&a.value).and_then(|n| self.scan.class_index.get(n)).copied() {
            loop {
                let decl = &self.scan.classes[class];
                for stmt in &decl.def.body {
                    let value = match stmt {
                        ast::Stmt::Assign(s) if s.targets.iter().any(|t| name_of(t) == Some(attr)) => Some(&*s.value),
                        // (A bare `ClassVar`'s type is its value's.)
                        ast::Stmt::AnnAssign(s) if name_of(&s.target) == Some(attr) => {
                            let declared = crate::class_var_decl::class_var_inner(&s.annotation, &self.scan.imports)
                                .unwrap_or(Some(&s.annotation));
                            return match declared {
                                Some(a) => crate::annotation::resolve(a, &self.scan.imports, &mut Vec::new()).and_then(|a| a.ty),
                                None => s.value.as_deref().and_then(|v| self.infer(v, &HashMap::new())),
                            };
                        }
                        _ => None,
                    };
                    if let Some(v) = value {
                        return self.infer(v, &HashMap::new());
                    }
                }
                class = decl.base?;
            }
        }
        if name_of(&a.value) == Some(self.self_name) {
            return self.fields.iter().find(|f| f.name == attr).map(|f| f.ty);
        }
        match self.infer(&a.value, scope)? {
            Ty::Instance(id) => {
                let (_, fields) = self.classes.iter().find(|(c, _)| *c == id)?;
                fields.iter().find(|f| f.name == attr).map(|f| f.ty)
            }
            _ => None,
        }
    }

    fn call(&self, c: &ast::ExprCall, scope: &HashMap<String, Ty>) -> Option<Ty> {
        if let Some(member) = self.math_member(&c.func) {
            // `prod` gives an int or a float, as its arguments say.
            return (member != "prod").then(|| math_result(&member));
        }
        if crate::random_module::names_random_class(&c.func, &self.scan.imports) {
            return Some(Ty::Random);
        }
        if let ast::Expr::Attribute(m) = &*c.func {
            let receiver = self.infer(&m.value, scope)?;
            return match (receiver, m.attr.as_str()) {
                (Ty::Random, "random" | "uniform" | "gauss" | "expovariate") => Some(Ty::Float),
                (Ty::Random, "randint" | "randrange" | "getrandbits") => Some(Ty::Int),
                (Ty::Str, name) if STR_TO_STR.contains(&name) => Some(Ty::Str),
                (Ty::Str, "split" | "rsplit" | "splitlines") => Some(Ty::list(Ty::Str)),
                (Ty::Str, "find" | "rfind" | "index" | "count") => Some(Ty::Int),
                (Ty::Str, name) if name.starts_with("is") || name == "startswith" || name == "endswith" => Some(Ty::Bool),
                (Ty::List(_) | Ty::Dict(..) | Ty::Set(_), "copy") => Some(receiver),
                (Ty::Dict(_, v), "get") if c.args.len() == 2 => Some(*v),
                _ => None,
            };
        }
        let name = name_of(&c.func)?;
        if scope.contains_key(name) || self.names.contains_key(name) {
            return None;
        }
        if let Some(&class) = self.scan.class_index.get(name) {
            return self.classes.get(class).map(|(id, _)| Ty::Instance(*id));
        }
        if let Some(&f) = self.scan.function_index.get(name) {
            return self.sigs.get(f).map(|s| s.ret).filter(|t| *t != Ty::Unknown);
        }
        let arg = |i: usize| c.args.get(i).and_then(|a| self.infer(a, scope));
        match (name, c.args.len()) {
            ("int" | "len" | "ord" | "hash", _) => Some(Ty::Int),
            ("float", _) => Some(Ty::Float),
            ("range", 1..=3) => Some(Ty::Range),
            ("str" | "repr" | "chr" | "hex" | "bin" | "oct", _) => Some(Ty::Str),
            ("bool" | "isinstance" | "any" | "all", _) => Some(Ty::Bool),
            ("round", 1) => Some(Ty::Int),
            ("abs", 1) => arg(0).filter(|t| matches!(t, Ty::Int | Ty::Float)),
            ("list" | "sorted", 1) => arg(0)?.iter_elem().map(Ty::list),
            ("set", 1) => arg(0)?.iter_elem().map(Ty::set),
            ("tuple", 1) => arg(0)?.iter_elem().map(Ty::tuple_of),
            ("sum", 1) => arg(0)?.iter_elem().filter(|t| matches!(t, Ty::Int | Ty::Float)),
            ("min" | "max", 1) => arg(0)?.iter_elem(),
            ("min" | "max", _) => self.elements(&c.args, scope),
            _ => None,
        }
    }
}

/// What calling `math.<member>` gives.
fn math_result(member: &str) -> Ty {
    match member {
        "floor" | "ceil" | "trunc" | "gcd" | "lcm" | "isqrt" | "factorial" | "comb" | "perm" => Ty::Int,
        "isnan" | "isinf" | "isfinite" | "isclose" => Ty::Bool,
        _ => Ty::Float,
    }
}

/// `a` and `b` joined as a display joins them: the same type, or float for
/// an int/float mix.
fn same_or_float(a: Ty, b: Ty) -> Option<Ty> {
    match (a, b) {
        _ if a == b => Some(a),
        (Ty::Int | Ty::Float, Ty::Int | Ty::Float) => Some(Ty::Float),
        _ => None,
    }
}

/// Binds a comprehension target of type `ty`.
fn bind(target: &ast::Expr, ty: Ty, scope: &mut HashMap<String, Ty>) -> Option<()> {
    match target {
        ast::Expr::Name(n) => {
            scope.insert(n.id.to_string(), ty);
            Some(())
        }
        ast::Expr::Tuple(t) => {
            let Ty::Tuple(fields) = ty else { return None };
            if fields.len() != t.elts.len() {
                return None;
            }
            t.elts.iter().zip(fields.iter()).try_for_each(|(x, f)| bind(x, *f, scope))
        }
        _ => None,
    }
}
