//! `@property` setters: `@celsius.setter def celsius(self, v)` is the
//! method `celsius.setter` (a name no attribute access can spell), and
//! `obj.celsius = v` / `obj.celsius += d` call it (through the getter for
//! the augmented form), dispatched like any method.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{ArgSlot, AssignTarget, Expr, ExprKind, Place, Stmt, StmtKind};

/// The property a `@name.setter` method sets, if `def` is one.
pub(crate) fn setter_of(def: &ast::StmtFunctionDef) -> Option<&str> {
    def.decorator_list.iter().find_map(|d| match d {
        ast::Expr::Attribute(a) if a.attr.as_str() == "setter" => match &*a.value {
            ast::Expr::Name(n) => Some(n.id.as_str()),
            _ => None,
        },
        _ => None,
    })
}

/// The name the setter of property `name` is recorded under.
pub(crate) fn setter_name(name: &str) -> String {
    format!("{name}.setter")
}

impl Checker<'_, '_> {
    /// `obj.attr = value` (or `op=`) where `attr` is a property of class `c`
    /// with a setter; `false` when it has none.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn property_set(
        &mut self,
        c: usize,
        mut obj: Expr,
        attr: &str,
        value: &ast::Expr,
        aug: Option<ast::Operator>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> bool {
        let Some((setter, overrides)) = self.env.classes.method_ref(c, &setter_name(attr)) else { return false };
        let Some(param_ty) = self.env.sigs[setter.func.index()].params.get(1).map(|p| p.ty) else { return false };
        let value = match aug {
            None => self.value(value, Some(param_ty)),
            Some(op) => {
                // The object is evaluated once: any but a local goes to a temporary.
                if !matches!(obj.kind, ExprKind::Local { .. }) {
                    let (ty, obj_span) = (obj.ty, obj.span);
                    let tmp = self.fresh_local("<object>", ty);
                    let place = AssignTarget { place: Place::Local(tmp), convert: None };
                    out.push(Stmt { kind: StmtKind::Assign { targets: vec![place], value: obj }, span: obj_span });
                    obj = Expr { kind: ExprKind::Local { id: tmp, checked: false }, ty, span: obj_span };
                }
                let current = self.instance_attribute(obj.clone(), attr, span);
                let rhs = self.value(value, None);
                self.aug_value(op, current, rhs, span)
            }
        };
        let value = self.coerce(value, param_ty);
        // The setter may assign any field.
        self.forget_shared_narrowings();
        let call = Expr {
            kind: ExprKind::Call {
                func: setter.func,
                args: vec![obj, value],
                slots: vec![ArgSlot::Arg(0), ArgSlot::Arg(1)],
                check_defined: None,
            },
            ty: crate::hir::Ty::None,
            span,
        };
        let call = if overrides.is_empty() {
            call
        } else {
            Expr { kind: ExprKind::MethodCall { call: Box::new(call), overrides }, ty: crate::hir::Ty::None, span }
        };
        out.push(Stmt { kind: StmtKind::Expr(call), span });
        true
    }
}
