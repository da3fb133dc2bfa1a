//! List, set and dict comprehensions. As in Python 3, the names bound by a
//! comprehension's `for` clauses are its own: each gets a fresh local (in the
//! module body too) that shadows an outer name of the same spelling only
//! inside the comprehension. The first iterable is evaluated in the enclosing
//! scope; later clauses see the earlier clauses' names.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{Checker, LocalVar};
use crate::hir::{
    AssignTarget, Comprehension, ComprehensionClause, ComprehensionKind, Expr, ExprKind, LocalId, Place, Target, Ty,
};

/// The outer bindings a comprehension shadowed, restored when it ends.
type Shadowed = Vec<(String, Option<LocalId>)>;

impl Checker<'_, '_> {
    pub fn list_comprehension(&mut self, c: &ast::ExprListComp, span: Span, expected: Option<Ty>) -> Expr {
        let elem = match expected {
            Some(Ty::List(e)) => Some(*e),
            _ => None,
        };
        self.comprehension(ComprehensionKind::List, &c.elt, None, &c.generators, span, elem, None)
    }

    pub fn set_comprehension(&mut self, c: &ast::ExprSetComp, span: Span, expected: Option<Ty>) -> Expr {
        let elem = match expected {
            Some(Ty::Set(e)) => Some(*e),
            _ => None,
        };
        self.comprehension(ComprehensionKind::Set, &c.elt, None, &c.generators, span, elem, None)
    }

    pub fn dict_comprehension(&mut self, c: &ast::ExprDictComp, span: Span, expected: Option<Ty>) -> Expr {
        let (key, value) = match expected {
            Some(Ty::Dict(k, v)) => (Some(*k), Some(*v)),
            _ => (None, None),
        };
        self.comprehension(ComprehensionKind::Dict, &c.key, Some(&c.value), &c.generators, span, key, value)
    }

    /// `(element for ...)`, checked like a list comprehension (see
    /// `ComprehensionKind::Generator` for where the checker accepts one).
    pub fn generator_expression(&mut self, g: &ast::ExprGeneratorExp, expected_elem: Option<Ty>) -> Expr {
        let span = span_of(g);
        self.comprehension(ComprehensionKind::Generator, &g.elt, None, &g.generators, span, expected_elem, None)
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension(
        &mut self,
        kind: ComprehensionKind,
        element: &ast::Expr,
        value: Option<&ast::Expr>,
        generators: &[ast::Comprehension],
        span: Span,
        expected_elem: Option<Ty>,
        expected_value: Option<Ty>,
    ) -> Expr {
        let mut shadowed: Shadowed = Vec::new();
        // `if` clauses narrow the clauses and element after them (`[x + 1
        // for x in xs if x is not None]`), only inside the comprehension.
        let narrowed_before = self.narrowed.clone();
        let result = self.comprehension_in_scope(
            kind,
            element,
            value,
            generators,
            span,
            expected_elem,
            expected_value,
            &mut shadowed,
        );
        self.narrowed = narrowed_before;
        for (name, outer) in shadowed.into_iter().rev() {
            match outer {
                Some(id) => self.local_index.insert(name, id),
                None => self.local_index.remove(&name),
            };
        }
        result.unwrap_or_else(|| Self::error_expr(span))
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_in_scope(
        &mut self,
        kind: ComprehensionKind,
        element: &ast::Expr,
        value: Option<&ast::Expr>,
        generators: &[ast::Comprehension],
        span: Span,
        expected_elem: Option<Ty>,
        expected_value: Option<Ty>,
        shadowed: &mut Shadowed,
    ) -> Option<Expr> {
        let mut clauses = Vec::new();
        let mut ok = true;
        for g in generators {
            if g.is_async {
                self.error(span, "async comprehensions are not supported");
                return None;
            }
            let iter = self.lazy_iterable(&g.iter);
            let elem = match iter.ty {
                Ty::Unknown => {
                    ok = false;
                    Ty::Unknown
                }
                ty => match ty.iter_elem() {
                    Some(e) => e,
                    None => {
                        let msg = match ty {
                            Ty::Tuple(_) => {
                                format!("iterating over a {ty} (fields of different types) is not supported")
                            }
                            _ => format!("'{}' object is not iterable", ty.python_name()),
                        };
                        self.error(iter.span, msg);
                        ok = false;
                        Ty::Unknown
                    }
                },
            };
            let target = self.comprehension_target(&g.target, elem, shadowed);
            ok &= !matches!(target, Target::Discard);
            clauses.push(ComprehensionClause::For { target, iter });
            for cond_ast in &g.ifs {
                let cond = self.condition(cond_ast);
                let (when_true, _) = self.cond_narrowings(cond_ast);
                self.apply_narrowings(&when_true);
                ok &= cond.ty != Ty::Unknown;
                clauses.push(ComprehensionClause::If(cond));
            }
        }
        if !ok {
            return None;
        }
        let element = self.value(element, expected_elem);
        let value = value.map(|v| self.value(v, expected_value));
        if element.ty == Ty::Unknown || value.as_ref().is_some_and(|v| v.ty == Ty::Unknown) {
            return None;
        }
        let element = self.comprehension_item(element, expected_elem);
        let value = value.map(|v| self.comprehension_item(v, expected_value));
        let hashed = matches!(kind, ComprehensionKind::Set | ComprehensionKind::Dict);
        if hashed && !crate::dict_set::is_hashable(element.ty) {
            self.error(element.span, format!("unhashable type: '{}'", element.ty.python_name()));
            return None;
        }
        let ty = match (kind, &value) {
            (ComprehensionKind::List | ComprehensionKind::Generator, _) => Ty::list(element.ty),
            (ComprehensionKind::Set, _) => Ty::set(element.ty),
            (ComprehensionKind::Dict, Some(v)) => Ty::dict(element.ty, v.ty),
            (ComprehensionKind::Dict, None) => return None,
        };
        let c = Comprehension { kind, clauses, element, value };
        Some(Expr { kind: ExprKind::Comprehension(Box::new(c)), ty, span })
    }

    /// An element converted to the expected element type, if there is one.
    fn comprehension_item(&mut self, item: Expr, expected: Option<Ty>) -> Expr {
        match expected {
            Some(ty) => self.coerce(item, ty),
            None => item,
        }
    }

    /// The target of a `for` clause: fresh locals for its names.
    fn comprehension_target(&mut self, target: &ast::Expr, ty: Ty, shadowed: &mut Shadowed) -> Target {
        let span = span_of(target);
        let elts = match target {
            ast::Expr::Name(n) => {
                let id = self.comprehension_local(n.id.as_str(), ty, shadowed);
                let target = AssignTarget { place: Place::Local(id), convert: None };
                return Target::Name { target, ty };
            }
            ast::Expr::Tuple(t) => &t.elts,
            ast::Expr::List(l) => &l.elts,
            _ => {
                self.error(span, "only names and tuples of names are supported as comprehension targets");
                return Target::Discard;
            }
        };
        let fields: Vec<Ty> = match ty {
            Ty::Tuple(fields) if fields.len() == elts.len() => fields.to_vec(),
            Ty::Unknown => vec![Ty::Unknown; elts.len()],
            other => {
                self.error(span, format!("cannot unpack a {other} into {} names", elts.len()));
                vec![Ty::Unknown; elts.len()]
            }
        };
        let items: Vec<Target> =
            elts.iter().zip(fields).map(|(e, t)| self.comprehension_target(e, t, shadowed)).collect();
        if items.iter().any(|t| matches!(t, Target::Discard)) || ty == Ty::Unknown {
            return Target::Discard;
        }
        Target::Tuple { items, ty }
    }

    /// A new local named `name`, visible until the comprehension ends.
    fn comprehension_local(&mut self, name: &str, ty: Ty, shadowed: &mut Shadowed) -> LocalId {
        let id = self.fresh_local(name, ty);
        let outer = self.local_index.insert(name.to_string(), id);
        shadowed.push((name.to_string(), outer));
        id
    }
}

impl Checker<'_, '_> {
    /// A new local no name resolves to, always bound where it is read (for
    /// loops the checker builds itself, such as `dict(pairs)`).
    pub(crate) fn fresh_local(&mut self, name: &str, ty: Ty) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        let ty = (ty != Ty::Unknown).then_some(ty);
        self.locals.push(LocalVar { name: name.to_string(), ty, needs_bound_flag: false });
        self.comprehension_locals.push(id);
        id
    }
}
