//! `xs[0] = xs[1] = False`, `a.x = b = v`: an assignment with several
//! targets that are not all plain names. As in CPython, the value is
//! evaluated once, then stored into each target from left to right; here it
//! goes through a temporary that the targets read.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{AssignTarget, Place, Stmt, StmtKind, Ty};

/// The temporary's name: no Python name can spell it.
const CHAINED_VALUE: &str = "<chained value>";

impl Checker<'_, '_> {
    pub(crate) fn chained_assign(&mut self, a: &ast::StmtAssign, span: Span, out: &mut Vec<Stmt>) {
        let value = self.value(&a.value, None);
        if value.ty == Ty::Unknown {
            return;
        }
        let tmp = self.fresh_local(CHAINED_VALUE, value.ty);
        let value_span = value.span;
        out.push(Stmt {
            kind: StmtKind::Assign { targets: vec![AssignTarget { place: Place::Local(tmp), convert: None }], value },
            span: value_span,
        });
        let range = a.range;
        let read = ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(CHAINED_VALUE), ctx: ast::ExprContext::Load });
        let outer = self.local_index.insert(CHAINED_VALUE.to_string(), tmp);
        for target in &a.targets {
            let single = ast::StmtAssign { range, targets: vec![target.clone()], value: Box::new(read.clone()), type_comment: None };
            self.assign(&single, span, out);
        }
        match outer {
            Some(id) => self.local_index.insert(CHAINED_VALUE.to_string(), id),
            None => self.local_index.remove(CHAINED_VALUE),
        };
    }
}
