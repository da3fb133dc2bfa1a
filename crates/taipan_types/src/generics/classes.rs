//! Generic classes (`class Stack(Generic[T])`), monomorphised as generic
//! functions are (`generics.rs`): each instantiation is a copy of the class
//! statement named by it (`Stack[int]`), without the `Generic[...]` base and
//! with the type variables written out, so its fields, methods and
//! generated dataclass methods are checked as ordinary code.
//!
//! An instantiation is asked for by an annotation (`s: Stack[int]`,
//! resolved by `class_annotation`), an explicit `Stack[int]()`, a call
//! `Stack()` where a `Stack[int]` is expected, or a call whose arguments bind
//! the type variables through `__init__`'s parameters (or, for a dataclass
//! without its own `__init__`, through its fields). The copies show the
//! class's own name at run time (`source_name`: `Box(item=1)`,
//! `<__main__.Stack object at ...>`).

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;

use super::{instance_name, unify, GenericClass, ROUND};
use crate::checker::Resolved;
use crate::hir::{Expr, Ty};
use crate::types::ClassId;

/// The name code shows for a class or function copy: `Stack` for
/// `Stack[int]` (and `__main__.Stack` for `__main__.Stack[int]`).
pub(crate) fn source_name(name: &str) -> &str {
    match name.find('[') {
        Some(i) if name.ends_with(']') => &name[..i],
        _ => name,
    }
}

/// The `Generic[...]` base of a class statement (by the names `Generic` is
/// imported as), and the type variables it lists.
pub(super) fn generic_base(class: &ast::StmtClassDef, generic_names: &[String], type_vars: &[String]) -> Option<(usize, Vec<String>)> {
    class.bases.iter().enumerate().find_map(|(i, base)| {
        let ast::Expr::Subscript(s) = base else { return None };
        let ast::Expr::Name(n) = &*s.value else { return None };
        if !generic_names.iter().any(|g| g == n.id.as_str()) {
            return None;
        }
        let mut vars = Vec::new();
        super::mentioned_type_vars(&s.slice, type_vars, &mut vars);
        Some((i, vars))
    })
}

/// The copy of generic class `class` for `args`.
pub(super) fn instantiate(generic: &GenericClass, args: &[Ty]) -> ast::StmtClassDef {
    let mut class = generic.def.clone();
    class.bases.remove(generic.base_index);
    let bindings: HashMap<&str, Ty> = generic.type_vars.iter().map(String::as_str).zip(args.iter().copied()).collect();
    let mut copy = match super::instance_types::substitute_stmt(ast::Stmt::ClassDef(class.clone()), &bindings) {
        ast::Stmt::ClassDef(copy) => copy,
        // (A fold of a class is a class.)
        _ => class,
    };
    copy.name = ast::Identifier::new(instance_name(generic.def.name.as_str(), args));
    copy
}

/// `Name[args]` in an annotation when `Name` is a generic class: the
/// instance's type (asking for the instance if this round lacks it).
/// `None`: `name` is no generic class.
pub(crate) fn class_annotation(
    name: &str,
    args: &[&ast::Expr],
    span: Span,
    resolve: &mut dyn FnMut(&ast::Expr, &mut Vec<Diagnostic>) -> Option<Ty>,
    lookup: &dyn Fn(&str) -> Option<ClassId>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Option<Ty>> {
    let generic = ROUND.with(|r| r.borrow().classes.get(name).map(|g| g.type_vars.len()))?;
    if args.len() != generic {
        let plural = if generic == 1 { "" } else { "s" };
        diags.push(Diagnostic::error(span, format!("generic class '{name}' expects {generic} type argument{plural}, got {}", args.len())));
        return Some(None);
    }
    let tys: Vec<Option<Ty>> = args.iter().map(|a| resolve(a, diags)).collect();
    let Some(tys) = tys.into_iter().collect::<Option<Vec<Ty>>>() else { return Some(None) };
    Some(class_instance(name, tys, span, lookup, diags))
}

/// The instance of generic class `name` at `args`, or an error (asking for
/// it when this round lacks it).
fn class_instance(name: &str, args: Vec<Ty>, span: Span, lookup: &dyn Fn(&str) -> Option<ClassId>, diags: &mut Vec<Diagnostic>) -> Option<Ty> {
    if let Some(bad) = args.iter().find(|t| !super::renders(**t)) {
        diags.push(Diagnostic::error(span, format!("generic class '{name}' cannot be instantiated with {bad} yet")));
        return None;
    }
    let instance = instance_name(name, &args);
    match lookup(&instance) {
        Some(class) => Some(Ty::Instance(class)),
        None => {
            super::want(name, args);
            diags.push(Diagnostic::error(span, format!("generic class '{instance}' is not instantiated yet")));
            None
        }
    }
}

/// The type arguments of instance class `name` (`Stack[int]`: `[int]`), and
/// its generic's name.
pub(super) fn instance_args(name: &str) -> Option<(String, Vec<Ty>)> {
    ROUND.with(|r| r.borrow().class_instances.get(name).cloned())
}

/// Whether `name` is a generic class of the module.
pub(crate) fn generic_class(name: &str) -> Option<GenericClass> {
    ROUND.with(|r| r.borrow().classes.get(name).cloned())
}

impl crate::checker::Checker<'_, '_> {
    /// `Stack()` / `Box(3)` for generic class `name`: the instance the
    /// expected type names, or the one the constructor's arguments bind.
    pub(crate) fn generic_class_call(
        &mut self,
        name: &str,
        generic: &GenericClass,
        call: &ast::ExprCall,
        span: Span,
        expected: Option<Ty>,
    ) -> Expr {
        let wanted_class = |ty: Ty| match ty {
            Ty::Instance(c) if source_name(c.name) == name && c.name != name => Some(c.name),
            _ => None,
        };
        let from_expected = expected.and_then(|e| match e {
            Ty::Optional(inner) => wanted_class(*inner),
            other => wanted_class(other),
        });
        if let Some(instance) = from_expected {
            if let Resolved::Class(c) = self.resolve(instance) {
                return self.construct(c, call, span);
            }
        }
        let params = constructor_params(&generic.def);
        let generic_fn = super::GenericFunction { def: params, type_vars: generic.type_vars.clone() };
        let args = match self.infer_type_args(name, &generic_fn, call, span, None) {
            Ok(args) => args,
            Err(None) => return self.reject_call(call, span, String::new()),
            Err(Some(msg)) => {
                let msg = if msg.starts_with("cannot infer") {
                    format!("cannot infer the type arguments of generic class '{name}' from this call; annotate the variable ({name}[int] & co) or write {name}[...](...)")
                } else {
                    msg
                };
                return self.reject_call(call, span, msg);
            }
        };
        let classes = &self.env.scan.class_index;
        let infos = &self.env.classes.infos;
        let lookup = |n: &str| classes.get(n).map(|&c| infos[c].id);
        let mut diags = Vec::new();
        let found = class_instance(name, args, span, &lookup, &mut diags);
        self.diags.extend(diags);
        match found {
            Some(Ty::Instance(c)) => match self.resolve(c.name) {
                Resolved::Class(c) => self.construct(c, call, span),
                _ => self.reject_call(call, span, String::new()),
            },
            _ => self.reject_call(call, span, String::new()),
        }
    }

    /// `Stack[int](...)`: the instance, constructed. `None` when the callee
    /// is no generic class subscription.
    pub(crate) fn explicit_generic_class_call(&mut self, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        let ast::Expr::Subscript(s) = &*call.func else { return None };
        let ast::Expr::Name(n) = &*s.value else { return None };
        generic_class(n.id.as_str())?;
        let mut diags = Vec::new();
        let ty = crate::annotation::resolve(&call.func, &self.env.scan.imports, &mut diags).and_then(|a| a.ty);
        self.diags.extend(diags);
        match ty.and_then(|t| match t {
            Ty::Instance(c) => Some(c),
            _ => None,
        }) {
            Some(c) => match self.resolve(c.name) {
                Resolved::Class(c) => Some(self.construct(c, call, span)),
                _ => Some(self.reject_call(call, span, String::new())),
            },
            None => Some(self.reject_call(call, span, String::new())),
        }
    }
}

/// A `def` whose parameters are what a call of the class binds: `__init__`'s
/// after `self`, or a dataclass's fields (in order) when it has no
/// `__init__` of its own.
fn constructor_params(class: &ast::StmtClassDef) -> ast::StmtFunctionDef {
    let init = class.body.iter().find_map(|s| match s {
        ast::Stmt::FunctionDef(f) if f.name.as_str() == "__init__" => Some(f),
        _ => None,
    });
    let mut def = match init {
        Some(init) => {
            let mut def = init.clone();
            if !def.args.posonlyargs.is_empty() {
                def.args.posonlyargs.remove(0);
            } else if !def.args.args.is_empty() {
                def.args.args.remove(0);
            }
            def
        }
        None => {
            let fields: Vec<ast::ArgWithDefault> = class
                .body
                .iter()
                .filter_map(|s| match s {
                    ast::Stmt::AnnAssign(a) => match &*a.target {
                        ast::Expr::Name(n) => Some(ast::ArgWithDefault {
                            range: a.range.into(),
                            def: ast::Arg { range: a.range, arg: n.id.clone(), annotation: Some(a.annotation.clone()), type_comment: None },
                            default: None,
                        }),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            let args = ast::Arguments { range: Default::default(), posonlyargs: Vec::new(), args: fields, vararg: None, kwonlyargs: Vec::new(), kwarg: None };
            ast::StmtFunctionDef {
                range: class.range,
                name: class.name.clone(),
                args: Box::new(args),
                body: Vec::new(),
                decorator_list: Vec::new(),
                returns: None,
                type_comment: None,
                type_params: Vec::new(),
            }
        }
    };
    def.returns = None;
    def
}

/// Unifies `Name[args]` (a generic class annotation) against an instance.
pub(super) fn unify_class(unifier: &mut unify::Unifier<'_>, head: &str, args: &[&ast::Expr], actual: Ty) -> Result<(), String> {
    let Ty::Instance(c) = actual else { return Ok(()) };
    let Some((generic, tys)) = instance_args(c.name) else { return Ok(()) };
    if generic != head || tys.len() != args.len() {
        return Ok(());
    }
    args.iter().zip(tys).try_for_each(|(a, t)| unifier.unify(a, t))
}
