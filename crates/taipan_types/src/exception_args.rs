//! `e.args`: the type of an exception's args tuple, which Python does not
//! declare. taipan types `e.args` (for `e` of static class `C`) as the one
//! shape every exception of a subclass of `C` can have at run time:
//!
//! - the runtime raises built-in exceptions with their message as the only
//!   argument (`(str,)`), except `KeyError` (the key), `AssertionError` (a
//!   bare `assert` has no args) and `MemoryError` (none): so for a built-in
//!   `C`, the shape is `tuple[str]`, and `C` must not be a base of those three;
//! - every place the program makes an exception of a subclass of `C`
//!   (`ValueError("x")`, `raise ValueError`) must pass arguments of exactly
//!   that shape. A user class or `SystemExit` (never raised by the runtime)
//!   takes the shape of the first such place.
//! - for a class with a user `__init__`, what a construction leaves in
//!   `args` follows CPython: `BaseException.__new__` stores the positional
//!   arguments, and a `super().__init__(...)` that reaches
//!   `BaseException.__init__` replaces them. So the shape is that call's
//!   argument types, found by following the `super().__init__` chain
//!   through the user classes (each `__init__` must call it exactly once,
//!   unconditionally, or not at all), else the constructor's positional ones.
//!
//! The construction sites are recorded as they are checked; every `.args`
//! is checked against all of them once the whole module is checked
//! (`verify_args_uses`), so a later `ValueError(1, 2)` is still caught. An
//! `.args` checked before any construction of its class (the module body is
//! checked before the functions) makes `check_suite` check the module once
//! more, seeded with every construction of the first pass.

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::Checker;
use crate::container_expr::obj_op;
use crate::env::ModuleEnv;
use crate::hir::{ExcClass, ExcKind, Expr, FuncId, ObjOp, Ty};

/// The args a construction gives: `Err` when they cannot be typed (why),
/// `Ok(None)` when the `super().__init__` deciding them was not checked yet.
type ArgsShape = Result<Option<Vec<Ty>>, String>;

/// A construction whose args are decided by a user `__init__`.
struct InitConstruction {
    class: ExcClass,
    /// The types of the positional arguments.
    positional: Vec<Ty>,
    init: FuncId,
    span: Span,
}

/// What the module's exception constructions and `.args` reads were.
#[derive(Default)]
pub(crate) struct ExcArgsFacts {
    /// Each `Class(args...)` or `raise Class`: the class, its argument types, where.
    constructions: Vec<(ExcClass, Vec<Ty>, Span)>,
    /// Each construction of a class with a user `__init__`.
    init_constructions: Vec<InitConstruction>,
    /// Per user `__init__`: the argument types of its `super().__init__(...)`
    /// that reaches `BaseException.__init__`.
    base_inits: HashMap<FuncId, Vec<Ty>>,
    /// Each `e.args`: the static class of `e`, the argument types it was given, where.
    uses: Vec<(ExcClass, Vec<Ty>, Span)>,
    /// `constructions` started with every construction of an earlier pass.
    seeded: bool,
    /// An `.args` was rejected because no construction of its class had been
    /// checked yet: a seeded pass may accept it.
    early_use: bool,
}

impl ExcArgsFacts {
    /// Whether checking again, seeded with this pass's constructions, may
    /// accept what this pass rejected.
    pub(crate) fn wants_retry(&self) -> bool {
        self.early_use && !self.seeded && !(self.constructions.is_empty() && self.init_constructions.is_empty())
    }

    /// The facts a second pass starts from: every construction of this one.
    pub(crate) fn seed(self) -> ExcArgsFacts {
        ExcArgsFacts {
            constructions: self.constructions,
            init_constructions: self.init_constructions,
            base_inits: self.base_inits,
            uses: Vec::new(),
            seeded: true,
            early_use: false,
        }
    }

    /// Every construction with the args it gives.
    fn shapes(&self, env: &ModuleEnv<'_>) -> Vec<(ExcClass, ArgsShape, Span)> {
        let direct = self.constructions.iter().map(|(c, t, s)| (*c, Ok(Some(t.clone())), *s));
        let by_init = self.init_constructions.iter().map(|k| (k.class, self.init_shape(env, k), k.span));
        direct.chain(by_init).collect()
    }

    /// The args a construction through a user `__init__` leaves.
    fn init_shape(&self, env: &ModuleEnv<'_>, k: &InitConstruction) -> ArgsShape {
        let mut init = k.init;
        // Bounded: each step goes to a base class.
        for _ in 0..=env.scan.classes.len() {
            let decl = &env.scan.functions[init.index()];
            match super_init_calls(decl.def) {
                SuperInit::None => return Ok(Some(k.positional.clone())),
                SuperInit::Other => {
                    return Err(format!(
                        "{} does not call super().__init__(...) exactly once, unconditionally, at its top level",
                        decl.name
                    ))
                }
                SuperInit::Once => {}
            }
            let base = decl.owner.and_then(|c| env.classes.infos[c].base);
            match base.and_then(|b| env.classes.infos[b].methods.get("__init__")) {
                Some(m) => init = m.func,
                None => return Ok(self.base_inits.get(&init).cloned()),
            }
        }
        Err("its __init__ chain is cyclic".to_string())
    }
}

/// How an `__init__` calls `super().__init__(...)`.
enum SuperInit {
    None,
    /// Once, as a statement of its body (not nested), with no `return` anywhere.
    Once,
    Other,
}

fn super_init_calls(def: &ast::StmtFunctionDef) -> SuperInit {
    fn count(node: Node<'_>, calls: &mut usize, returns: &mut bool) {
        match node {
            Node::Expr(ast::Expr::Call(c)) if is_super_init(c) => *calls += 1,
            Node::Stmt(ast::Stmt::Return(_)) => *returns = true,
            _ => {}
        }
        for_each_child(node, &mut |child| count(child, calls, returns));
    }
    let (mut calls, mut returns) = (0, false);
    def.body.iter().for_each(|s| count(Node::Stmt(s), &mut calls, &mut returns));
    let top_level = def
        .body
        .iter()
        .filter(|s| matches!(s, ast::Stmt::Expr(e) if matches!(&*e.value, ast::Expr::Call(c) if is_super_init(c))))
        .count();
    match (calls, top_level, returns) {
        (0, _, _) => SuperInit::None,
        (1, 1, false) => SuperInit::Once,
        _ => SuperInit::Other,
    }
}

fn is_super_init(call: &ast::ExprCall) -> bool {
    matches!(&*call.func, ast::Expr::Attribute(a) if a.attr.as_str() == "__init__" && crate::class_env::is_super_call(&a.value))
}

/// Built-in classes the runtime raises with args other than one str.
const IRREGULAR_RUNTIME_ARGS: [ExcKind; 3] = [ExcKind::KeyError, ExcKind::AssertionError, ExcKind::MemoryError];

fn shape_text(args: &[Ty]) -> String {
    let items: Vec<String> = args.iter().map(|t| t.to_string()).collect();
    match items.as_slice() {
        [] => "()".to_string(),
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    }
}

impl Checker<'_, '_> {
    /// Remembers that the program makes an exception of `class` from `args`.
    pub(crate) fn record_exception_construction(&mut self, class: ExcClass, args: &[Expr], span: Span) {
        let types: Vec<Ty> = args.iter().map(|a| a.ty).collect();
        if types.iter().any(|t| t.has_unknown()) {
            return;
        }
        self.state.exc_args.constructions.push((class, types, span));
    }

    /// Remembers that the program makes an exception of `class`, whose
    /// `__init__` is the user method `init`, from positional arguments of
    /// types `positional`.
    pub(crate) fn record_init_construction(&mut self, class: ExcClass, positional: Vec<Ty>, init: FuncId, span: Span) {
        if positional.iter().any(|t| t.has_unknown()) {
            return;
        }
        self.state.exc_args.init_constructions.push(InitConstruction { class, positional, init, span });
    }

    /// Remembers the argument types of a `super().__init__(...)` in the
    /// user `__init__` `init` that reaches `BaseException.__init__`.
    pub(crate) fn record_base_init(&mut self, init: FuncId, args: &[Expr]) {
        let types: Vec<Ty> = args.iter().map(|a| a.ty).collect();
        if !types.iter().any(|t| t.has_unknown()) {
            self.state.exc_args.base_inits.insert(init, types);
        }
    }

    /// `e.args`, `e` an exception of static class `class`.
    pub(crate) fn exception_args(&mut self, obj: Expr, class: ExcClass, span: Span) -> Expr {
        let reject = |this: &mut Self, why: String| {
            this.error(span, format!("'{}.args' cannot be typed statically: {why}", class.name()));
            Self::error_expr(span)
        };
        // The runtime never raises SystemExit (only `sys.exit` and `raise`
        // make one), so its args are decided by its constructions, as a
        // user class's.
        let runtime_raised = matches!(class, ExcClass::Builtin(kind) if kind != ExcKind::SystemExit);
        let shape: Vec<Ty> = if runtime_raised {
            let irregular = IRREGULAR_RUNTIME_ARGS.iter().find(|k| ExcClass::Builtin(**k).is_subclass_of(class));
            if let Some(kind) = irregular {
                return reject(self, format!("the runtime raises {kind:?} with args that are not one str"));
            }
            vec![Ty::Str]
        } else {
            let shapes = self.state.exc_args.shapes(self.env);
            let first = shapes.iter().find(|(c, _, _)| c.is_subclass_of(class));
            match first {
                Some((_, Ok(Some(types)), _)) => types.clone(),
                Some((_, Err(why), _)) => return reject(self, why.clone()),
                Some((_, Ok(None), _)) | None => {
                    self.state.exc_args.early_use = true;
                    return reject(self, format!("no {} is made anywhere in the program", class.name()));
                }
            }
        };
        let shapes = self.state.exc_args.shapes(self.env);
        if shapes.iter().any(|(c, shape, _)| c.is_subclass_of(class) && matches!(shape, Ok(None))) {
            self.state.exc_args.early_use = true;
            return reject(self, format!("the __init__ of some {} is not checked yet", class.name()));
        }
        if let Some(why) = mismatch(&shapes, class, &shape) {
            return reject(self, why);
        }
        self.state.exc_args.uses.push((class, shape.clone(), span));
        obj_op(ObjOp::ExcArgs, vec![obj], Ty::tuple(&shape), span)
    }
}

/// Why some construction of a subclass of `class` does not give args of
/// `shape` (constructions whose args are not known yet are skipped).
fn mismatch(
    constructions: &[(ExcClass, ArgsShape, Span)],
    class: ExcClass,
    shape: &[Ty],
) -> Option<String> {
    let found = constructions.iter().find_map(|(c, types, _)| match types {
        _ if !c.is_subclass_of(class) => None,
        Err(why) => Some(Err(why.clone())),
        Ok(Some(types)) if types != shape => Some(Ok((*c, types))),
        _ => None,
    })?;
    let (other, types) = match found {
        Ok(found) => found,
        Err(why) => return Some(why),
    };
    Some(format!(
        "{} is made with args {} somewhere, but other {}s have {}",
        other.name(),
        shape_text(types),
        class.name(),
        shape_text(shape)
    ))
}

/// Checks every `.args` against the constructions seen after it.
pub(crate) fn verify_args_uses(facts: &ExcArgsFacts, env: &ModuleEnv<'_>, diags: &mut Vec<Diagnostic>) {
    let shapes = facts.shapes(env);
    for (class, shape, span) in &facts.uses {
        if let Some(why) = mismatch(&shapes, *class, shape) {
            diags.push(Diagnostic::error(*span, format!("'{}.args' cannot be typed statically: {why}", class.name())));
        }
    }
}
