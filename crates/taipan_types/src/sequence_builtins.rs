//! Builtins on str and container values: `len`, `str`, `repr`, `list`.
//! (`sorted`, `enumerate`, `zip`, `sum`, ... slot in next to these.)

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{name_of, Checker, Resolved};
use crate::container_expr::obj_op;
use crate::hir::{Const, Expr, ObjOp, Ty};

impl Checker<'_, '_> {
    pub fn sequence_builtin(&mut self, name: &str, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        if self.positional(call, name).is_none() {
            return Self::error_expr(span);
        }
        if name == "list" {
            return self.list_call(call, span, expected);
        }
        if name == "str" && call.args.is_empty() {
            return Self::const_expr(Const::Str(String::new()), span);
        }
        if call.args.len() != 1 {
            let n = call.args.len();
            let msg = match name {
                "str" => format!("str() takes at most 1 argument ({n} given)"),
                _ => format!("{name}() takes exactly one argument ({n} given)"),
            };
            return self.reject_call(call, span, msg);
        }
        if let Some(n) = self.enum_len(&call.args[0]).filter(|_| name == "len") {
            return n;
        }
        let arg = self.unobservable_empty(&call.args[0]).unwrap_or_else(|| self.value(&call.args[0], None));
        if arg.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        if name != "len" && self.reject_function_values(&arg, "printing") {
            return Self::error_expr(span);
        }
        match name {
            "len" => {
                if let Some(Const::Str(s)) = arg.as_const() {
                    return Self::const_expr(Const::Int(s.chars().count() as i64), span);
                }
                if let Ty::Instance(_) = arg.ty {
                    return self.instance_len(arg, span);
                }
                if arg.ty == Ty::Range {
                    return Self::range_len(arg, span);
                }
                if let Ty::Abstract(..) = arg.ty {
                    return self.abstract_len(arg, span);
                }
                // A union of containers: each keeps its length where
                // `ContainerLen` reads it (a str's is in bytes: narrow it).
                if arg.ty.is_union() && !crate::union::all_containers(arg.ty) {
                    return self.unsupported(arg.span, &crate::union::narrow_first("len()", arg.ty));
                }
                if !arg.ty.is_object() || matches!(arg.ty, Ty::Iterator(_)) {
                    let msg = format!("object of type '{}' has no len()", arg.ty.python_name());
                    return self.unsupported(arg.span, &msg);
                }
                obj_op(ObjOp::Len, vec![arg], Ty::Int, span)
            }
            "str" => {
                let s = self.str_of(arg, span);
                Expr { span, ..s }
            }
            _ => obj_op(ObjOp::Repr, vec![arg], Ty::Str, span),
        }
    }

    /// `list()`, `list(range(...))`, `list(xs)` of a list or a tuple.
    fn list_call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        match call.args.as_slice() {
            [] => match expected {
                Some(ty @ Ty::List(_)) => Expr { kind: crate::hir::ExprKind::List { items: vec![] }, ty, span },
                _ => {
                    self.error(span, "cannot infer the type of an empty list: annotate the variable (for example `xs: list[int] = list()`)");
                    Self::error_expr(span)
                }
            },
            [ast::Expr::Call(inner)]
                if name_of(&inner.func).is_some_and(|n| matches!(self.resolve(n), Resolved::Builtin("range"))) =>
            {
                let Some((start, stop, step)) = self.range_args(inner, span) else { return Self::error_expr(span) };
                obj_op(ObjOp::ListFromRange, vec![start, stop, step], Ty::list(Ty::Int), span)
            }
            // The generator's elements are already a new list.
            [ast::Expr::GeneratorExp(g)] => {
                let elem = match expected {
                    Some(Ty::List(e)) => Some(*e),
                    _ => None,
                };
                let list = self.generator_expression(g, elem);
                Expr { span, ..list }
            }
            [arg] => {
                let arg = self.iterable(arg);
                match arg.ty {
                    Ty::Unknown => Self::error_expr(span),
                    // A dict view already gives a new list (but `d[k]` is the stored value).
                    _ if matches!(
                        arg.kind,
                        crate::hir::ExprKind::ObjOp {
                            op: ObjOp::Dict(crate::hir::DictOp::Keys | crate::hir::DictOp::Values | crate::hir::DictOp::Items)
                                | ObjOp::ListFromRange,
                            ..
                        }
                    ) => arg,
                    Ty::Str | Ty::Dict(..) | Ty::Set(_) | Ty::Iterator(_) => {
                        let list = self.as_list(arg);
                        Expr { span, ..list }
                    }
                    ty @ Ty::List(_) => obj_op(ObjOp::ListCopy, vec![arg], ty, span),
                    // A deque reads as a list (`taipan_abi::deque_object`).
                    Ty::Deque(e) => obj_op(ObjOp::ListCopy, vec![arg], Ty::list(*e), span),
                    Ty::TupleOf(e) => obj_op(ObjOp::TupleToList, vec![arg], Ty::list(*e), span),
                    Ty::Tuple(_) if arg.ty.iter_elem().is_some() => {
                        let elem = arg.ty.iter_elem().unwrap_or(Ty::Unknown);
                        obj_op(ObjOp::TupleToList, vec![arg], Ty::list(elem), span)
                    }
                    other => {
                        let msg = format!("list() of a {other} is not supported yet");
                        self.unsupported(span, &msg)
                    }
                }
            }
            _ => {
                let msg = format!("list expected at most 1 argument, got {}", call.args.len());
                self.reject_call(call, span, msg)
            }
        }
    }
}
