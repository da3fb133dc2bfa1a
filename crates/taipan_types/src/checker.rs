//! The checker of one body (the module body or a function): resolves names,
//! tracks definite assignment, infers local types, and builds typed HIR.
//! Statements are in `stmt.rs`, expressions in `expr.rs`, calls in `call.rs`.

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;

use crate::env::{GlobalSlot, ModuleEnv, ModuleState};
use crate::narrowing::Var;
use crate::flow::Flow;
use crate::fold;
use crate::hir::{self, Const, Conversion, Expr, ExprKind, FuncId, LocalId, Place, Ty};
use crate::scan::Imported;

/// Builtins taipan implements.
pub(crate) const SUPPORTED_BUILTINS: &[&str] =
    &["print", "range", "abs", "round", "min", "max", "int", "float", "bool", "len", "str", "repr", "list",
      "set", "dict", "tuple", "sorted", "sum", "any", "all", "enumerate", "zip", "reversed"];

/// Other CPython builtins: named in a clearer error than "not defined".
const OTHER_BUILTINS: &[&str] = &[
    "input",
    "open",
    "isinstance",
    "type",
    "map",
    "filter",
    "iter",
    "next",
    "hash",
    "id",
    "exit",
    "quit",
    "super",
    "object",
    "getattr",
    "setattr",
    "hasattr",
    "frozenset",
    "bytes",
    "bytearray",
    "complex",
    "callable",
    "vars",
    "dir",
    "globals",
    "locals",
    "eval",
    "exec",
    "compile",
    "issubclass",
    "slice",
    "property",
    "staticmethod",
    "classmethod",
    "memoryview",
    "breakpoint",
    "help",
    "delattr",
    "aiter",
    "anext",
];

/// What a name refers to at a use.
#[derive(Clone, Debug)]
pub(crate) enum Resolved {
    Local(LocalId),
    /// A module global variable (index into `scan.globals`).
    Global(usize),
    Function(FuncId),
    /// A user class (index into `scan.classes`).
    Class(usize),
    Import(Imported),
    Builtin(&'static str),
    /// A CPython builtin taipan does not implement.
    UnsupportedBuiltin,
    /// `__name__`.
    ModuleName,
    Undefined,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Scope {
    Module,
    /// A function body. With `closure`, the body of a nested `def` or a
    /// `lambda` value (`closures.rs`), and `id` is the enclosing module
    /// function's (or `FuncId(u32::MAX)` at module level): it names no
    /// method, so it must not be used to look one up.
    Function { id: FuncId, ret: Ty, ret_annotated: bool, closure: bool },
}

/// A local variable while its function is checked.
#[derive(Clone, Debug)]
pub(crate) struct LocalVar {
    pub name: String,
    pub ty: Option<Ty>,
    pub needs_bound_flag: bool,
}

pub(crate) struct Checker<'e, 'a> {
    pub env: &'e ModuleEnv<'a>,
    pub state: &'e mut ModuleState,
    pub diags: Vec<Diagnostic>,
    pub scope: Scope,
    pub locals: Vec<LocalVar>,
    pub local_index: HashMap<String, LocalId>,
    pub global_decls: HashMap<String, Span>,
    /// Definite assignment at the current point.
    pub flow: Flow,
    /// Per enclosing loop: the join of the states at its `break`s.
    pub loop_breaks: Vec<Flow>,
    /// Statement nesting below the module or function body (0: top level).
    pub block_depth: usize,
    /// Index of the current top-level statement of the module body.
    pub stmt_index: usize,
    /// Number of enclosing `except` clauses (a bare `raise` needs one).
    pub except_depth: usize,
    /// Module globals that an `except ... as name` clause has deleted at its
    /// end (see `try_stmt.rs`).
    pub except_deleted: Vec<usize>,
    /// Per module global in this pass: a `Final` global's binding was seen.
    pub final_bound: Vec<bool>,
    /// A variable was read before its type was known...
    pub unknown_use: bool,
    /// ...and a variable's type was learned during this pass: checking again
    /// with the learned types may succeed.
    pub learned: bool,
    /// The function's locals whose type is inferred from their assignments
    /// (not parameters, not annotated): a `None` and a value assigned to one
    /// widen its type to the optional (`optional_scalar::widened`).
    pub widenable: std::collections::HashSet<LocalId>,
    /// Variables already reported as read before they had a type (locals by
    /// name, globals by name), so each is reported once.
    pub untyped_reported: Vec<String>,
    /// The locals bound by comprehension clauses: always bound where they
    /// can be read, and not tracked by `flow` (whose slots in the module
    /// body are globals').
    pub comprehension_locals: Vec<LocalId>,
    /// Variables of an optional type known to be not None here
    /// (`narrowing.rs`), and variables bound by an `except` clause, read
    /// (until assigned) as the clause's class (`try_stmt.rs`), with the type
    /// they have here. Globals only in the module body.
    pub narrowed: HashMap<Var, Ty>,
    /// Locals that `except` clauses bound to exceptions of unrelated classes
    /// (see `try_stmt.rs`): read, where not narrowed, as their common base.
    pub exc_mixed_locals: HashMap<LocalId, crate::hir::ExcClass>,
    /// In a classmethod: the name of its `cls` parameter and the class it
    /// names (index into `scan.classes`).
    pub class_alias: Option<(String, usize)>,
    /// The expression being checked may be an `object` value (the operand of
    /// `isinstance` or `is`): see `object_eq.rs`.
    pub object_read_ok: bool,
    /// In a generator function: the type of its elements (`generator_fn.rs`).
    pub generator_elem: Option<Ty>,
    /// Variables holding an empty container whose type their first use
    /// decides (`partial_types.rs`).
    pub partial_empties: HashMap<Var, crate::partial_types::EmptyKind>,
    /// The locals that live in cells (`closures.rs`): read with `CellGet`,
    /// stored through `Place::Cell`, never narrowed (a closure may assign them
    /// at any call).
    pub cells: std::collections::HashSet<LocalId>,
    /// The closure plan of the function being checked (`closure_scan.rs`).
    pub closure_plan: crate::closure_scan::ClosurePlan,
    /// The function's locals some `del` deletes: every read is checked
    /// (`del_name.rs`).
    pub deleted_locals: Vec<LocalId>,
    /// The walrus operators of the current statement that may not run
    /// (`walrus.rs`).
    pub conditional_walrus: Vec<Span>,
}

impl<'e, 'a> Checker<'e, 'a> {
    pub fn new(env: &'e ModuleEnv<'a>, state: &'e mut ModuleState, scope: Scope) -> Checker<'e, 'a> {
        let n_globals = env.scan.globals.len();
        Checker {
            env,
            state,
            diags: Vec::new(),
            scope,
            locals: Vec::new(),
            local_index: HashMap::new(),
            global_decls: HashMap::new(),
            flow: Flow::entry(),
            loop_breaks: Vec::new(),
            block_depth: 0,
            stmt_index: 0,
            except_depth: 0,
            except_deleted: Vec::new(),
            final_bound: vec![false; n_globals],
            unknown_use: false,
            learned: false,
            widenable: std::collections::HashSet::new(),
            untyped_reported: Vec::new(),
            comprehension_locals: Vec::new(),
            narrowed: HashMap::new(),
            exc_mixed_locals: HashMap::new(),
            class_alias: None,
            object_read_ok: false,
            generator_elem: None,
            partial_empties: HashMap::new(),
            cells: std::collections::HashSet::new(),
            closure_plan: Default::default(),
            deleted_locals: Vec::new(),
            conditional_walrus: Vec::new(),
        }
    }

    /// Whether another pass with the types learned in this one could succeed.
    pub fn should_rerun(&self) -> bool {
        self.unknown_use && self.learned
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(span, msg));
    }

    pub fn is_module_scope(&self) -> bool {
        self.scope == Scope::Module
    }

    pub fn resolve(&self, name: &str) -> Resolved {
        if let Some(&id) = self.local_index.get(name) {
            return Resolved::Local(id);
        }
        if let Some((alias, c)) = &self.class_alias {
            if alias == name {
                return Resolved::Class(*c);
            }
        }
        let scan = &self.env.scan;
        if let Some(&f) = scan.function_index.get(name) {
            return Resolved::Function(FuncId(f as u32));
        }
        if let Some(&c) = scan.class_index.get(name) {
            return Resolved::Class(c);
        }
        if let Some(import) = scan.imports.get(name) {
            return Resolved::Import(import.clone());
        }
        if let Some(&gi) = scan.global_index.get(name) {
            return Resolved::Global(gi);
        }
        if name == "__name__" {
            return Resolved::ModuleName;
        }
        if let Some(class) = crate::exceptions::exception_named(name) {
            return Resolved::Builtin(class.name());
        }
        if let Some(b) = SUPPORTED_BUILTINS.iter().chain(crate::str_builtins::STR_BUILTINS).find(|b| **b == name) {
            return Resolved::Builtin(b);
        }
        if OTHER_BUILTINS.contains(&name) {
            return Resolved::UnsupportedBuiltin;
        }
        Resolved::Undefined
    }

    /// An expression standing for an error already reported.
    pub fn error_expr(span: Span) -> Expr {
        Expr { kind: ExprKind::Const(Const::None), ty: Ty::Unknown, span }
    }

    pub fn const_expr(c: Const, span: Span) -> Expr {
        Expr { ty: c.ty(), kind: ExprKind::Const(c), span }
    }

    /// The value of a name used as a value (not called).
    pub fn read_name(&mut self, name: &str, span: Span) -> Expr {
        match self.resolve(name) {
            Resolved::Local(id) => self.read_local(id, span),
            Resolved::Global(gi) => self.read_global(gi, span),
            Resolved::Function(f) => self.module_function_value(f, span),
            Resolved::Class(_) => {
                self.error(span, "classes as values are not supported yet");
                Self::error_expr(span)
            }
            Resolved::Import(Imported::MathMember(member)) => match math_constant(&member) {
                Some(value) => Self::const_expr(Const::Float(value), span),
                None => {
                    self.error(span, "functions as values are not supported yet");
                    Self::error_expr(span)
                }
            },
            Resolved::Import(Imported::ContainerMember(module, member)) => {
                self.error(span, format!("{}.{member} can only be called", module.name()));
                Self::error_expr(span)
            }
            Resolved::Import(Imported::StdMember(module, member)) => self.std_member_value(module, &member, span),
            Resolved::Import(
                Imported::MathModule | Imported::SysModule | Imported::ContainerModule(_) | Imported::StdModule(_),
            ) => {
                self.error(span, "modules as values are not supported yet");
                Self::error_expr(span)
            }
            Resolved::Import(Imported::SysMember(member)) => self.sys_member_value(&member, span),
            Resolved::Import(Imported::Typing(member)) => {
                self.error(span, format!("typing.{member} can only be used in annotations"));
                Self::error_expr(span)
            }
            Resolved::Import(Imported::Dataclasses(member)) => {
                let msg = if member == "field" {
                    "dataclasses.field() can only be used as the default of a dataclass field".to_string()
                } else if crate::dataclass_functions::DATACLASS_FUNCTIONS.contains(&member.as_str()) {
                    format!("dataclasses.{member} as a value is not supported yet (call it)")
                } else {
                    format!("dataclasses.{member} can only be used as a class decorator")
                };
                self.error(span, msg);
                Self::error_expr(span)
            }
            Resolved::Import(Imported::Abc(member)) => {
                self.error(span, format!("abc.{member} can only be used as a base class or a method decorator"));
                Self::error_expr(span)
            }
            Resolved::Import(Imported::Enum(member)) => {
                let msg = if member == "auto" {
                    "auto() can only be a member value in an enum class body".to_string()
                } else {
                    format!("enum.{member} can only be used as a base class (the functional API is not supported)")
                };
                self.error(span, msg);
                Self::error_expr(span)
            }
            Resolved::Import(Imported::EnumModule) => {
                self.error(span, "modules as values are not supported yet");
                Self::error_expr(span)
            }
            Resolved::ModuleName => Self::const_expr(Const::Str(self.env.module_name.clone()), span),
            Resolved::Builtin(b) if crate::exceptions::exception_named(b).is_some() => {
                self.error(span, "exception classes as values are not supported yet (call or raise them)");
                Self::error_expr(span)
            }
            Resolved::Builtin(_) | Resolved::UnsupportedBuiltin => {
                self.error(span, "builtin functions as values are not supported yet");
                Self::error_expr(span)
            }
            Resolved::Undefined if name == "NotImplemented" => {
                self.error(span, "NotImplemented is supported only as 'return NotImplemented' in __eq__/__ne__(self, other: object)");
                Self::error_expr(span)
            }
            Resolved::Undefined if crate::generics::misuse_of(name).is_some() => {
                self.error(span, crate::generics::misuse_of(name).unwrap_or_default());
                Self::error_expr(span)
            }
            Resolved::Undefined => {
                self.error(span, format!("name '{name}' is not defined"));
                Self::error_expr(span)
            }
        }
    }

    fn read_local(&mut self, id: LocalId, span: Span) -> Expr {
        let checked = (!self.flow.is_bound(id.index()) || self.deleted_locals.contains(&id))
            && !self.comprehension_locals.contains(&id);
        let local = &mut self.locals[id.index()];
        if checked {
            local.needs_bound_flag = true;
        }
        match local.ty {
            Some(ty) if self.cells.contains(&id) => Expr { kind: ExprKind::CellGet { id, checked }, ty, span },
            Some(ty) => {
                let mixed = self.exc_mixed_locals.get(&id).map(|c| Ty::Exception(*c));
                let read_ty = self.narrowed.get(&Var::Local(id)).copied().or(mixed).unwrap_or(ty);
                if read_ty == Ty::Object && !self.object_read_ok {
                    let name = self.locals[id.index()].name.clone();
                    self.error(span, crate::object_eq::misuse_message(&name));
                    return Self::error_expr(span);
                }
                crate::optional_scalar::narrowed_read(Expr { kind: ExprKind::Local { id, checked }, ty, span }, read_ty)
            }
            None => {
                let name = local.name.clone();
                self.untyped_read(span, format!("local variable '{name}'"), name);
                Self::error_expr(span)
            }
        }
    }

    fn read_global(&mut self, gi: usize, span: Span) -> Expr {
        let var = &self.state.globals[gi];
        let id = match &var.slot {
            // An int folded where a float is declared reads as a float
            // (an int num, `num_places.rs`).
            GlobalSlot::Const(c) => {
                let mut read = Self::const_expr(c.clone(), span);
                if var.ty == Some(Ty::Float) {
                    read.ty = Ty::Float;
                }
                return read;
            }
            GlobalSlot::Stored(id) => *id,
            // A folding candidate is read only after its assignment, which
            // decided its slot; it is still pending only if that assignment had
            // an error.
            GlobalSlot::Pending => return Self::error_expr(span),
        };
        let Some(ty) = var.ty else {
            let name = self.env.scan.globals[gi].name.clone();
            self.untyped_read(span, format!("name '{name}'"), name);
            return Self::error_expr(span);
        };
        let checked = match self.scope {
            Scope::Module => !self.flow.is_bound(self.env.global_slot(gi)),
            Scope::Function { .. } => !self.env.global_safe_in_functions(gi),
        };
        if checked && self.is_module_scope() && self.except_deleted.contains(&gi) {
            let name = &self.env.scan.globals[gi].name;
            let msg = format!("'{name}' may have been deleted at the end of an except clause; reading it here is not supported");
            self.error(span, msg);
            return Self::error_expr(span);
        }
        let narrowed = if self.global_narrowable_here(gi) { self.narrowed.get(&Var::Global(gi)).copied() } else { None };
        let mixed = self.state.exc_mixed_globals.get(&gi).map(|c| Ty::Exception(*c));
        let read_ty = narrowed.or(mixed).unwrap_or(ty);
        let read = Expr { kind: ExprKind::Global { id, checked }, ty, span };
        if narrowed.is_some() && self.is_rebound_global(gi) {
            // A special method an operator runs could rebind it unseen.
            return crate::field_narrowing::narrowed_field_read(read, read_ty);
        }
        crate::optional_scalar::narrowed_read(read, read_ty)
    }

    /// Reports (once per variable) a read of a variable whose type is not known yet.
    fn untyped_read(&mut self, span: Span, what: String, name: String) {
        self.unknown_use = true;
        if !self.untyped_reported.contains(&name) {
            self.error(span, format!("{what} is used before any assignment gives it a type"));
            self.untyped_reported.push(name);
        }
    }

    /// Checks that a value of type `from` can be stored where `to` is expected;
    /// returns the conversion it needs.
    pub fn conversion_to(&mut self, from: Ty, to: Ty, span: Span) -> Option<Conversion> {
        if let Some(conv) = self.union_conversion(from, to, span) {
            return conv;
        }
        match (from, to) {
            _ if from == to || from == Ty::Unknown || to == Ty::Unknown => None,
            (Ty::Int, Ty::Float) => Some(Conversion::IntToFloat),
            (Ty::None, Ty::Optional(_)) => Some(Conversion::NoneToNull),
            // A number into an optional number: boxed (an int promoted to a
            // float first, as it would be stored in a `float`).
            (Ty::Int | Ty::Float | Ty::Bool, Ty::Optional(inner)) if from == *inner => Some(Conversion::Box),
            (Ty::Int, Ty::Optional(Ty::Float)) => Some(Conversion::BoxIntAsFloat),
            // An instance of a subclass, or a value that is not None, as it is.
            _ if crate::class_expr::fits_as_is(&self.env.classes, from, to) => None,
            // A container (or iterator) where an `Iterable`/`Sequence`/... is expected.
            _ if crate::abstract_collections::fits_abstract(&self.env.classes, from, to) => {
                crate::abstract_collections::conversion_into(from)
            }
            (Ty::Optional(inner), _) if *inner == to || crate::class_expr::fits_as_is(&self.env.classes, *inner, to) => {
                self.error(
                    span,
                    format!("expected {to}, found {from}: the value may be None here (test it with 'is not None' first)"),
                );
                None
            }
            // One representation for every exception: a subclass fits as is.
            (Ty::Exception(sub), Ty::Exception(base)) if sub.is_subclass_of(base) => None,
            _ => {
                let hint = format!("{}{}", self.int_enum_stored_as_number(from, to), crate::abstract_collections::mismatch_hint(from, to));
                self.error(span, format!("expected {to}, found {from}{hint}"));
                None
            }
        }
    }

    /// `expr` converted to type `to` (reporting a mismatch).
    pub fn coerce(&mut self, expr: Expr, to: Ty) -> Expr {
        match self.conversion_to(expr.ty, to, expr.span) {
            Some(conv) => convert(conv, expr, to),
            None => expr,
        }
    }

    /// Assigns `value` to the variable `name` (at `span`). Returns where to store
    /// it and how to convert it, or `None` when nothing is stored (a folded
    /// constant, or an error). A constant value lets a single-assignment global fold.
    pub fn assign_name(&mut self, name: &str, span: Span, value: Assigned<'_>) -> Option<hir::AssignTarget> {
        let Assigned { ty: value_ty, span: value_span, constant: value } = value;
        if let Scope::Function { .. } = self.scope {
            if self.global_decls.contains_key(name) {
                return self.assign_declared_global(name, span, value_ty, value_span);
            }
        }
        match self.resolve(name) {
            Resolved::Local(id) if self.cells.contains(&id) => {
                let convert = self.assign_type(TypeOwner::Local(id), value_ty, value_span);
                self.flow.bind(id.index());
                Some(hir::AssignTarget { place: Place::Cell(id), convert })
            }
            Resolved::Local(id) => {
                let convert = self.assign_type(TypeOwner::Local(id), value_ty, value_span);
                self.flow.bind(id.index());
                self.narrow_on_assign(Var::Local(id), value_ty);
                Some(hir::AssignTarget { place: Place::Local(id), convert })
            }
            Resolved::Global(gi) if self.is_module_scope() => self.assign_global(gi, span, value_ty, value_span, value),
            Resolved::Function(_) => {
                self.error(span, format!("cannot assign to '{name}': it is a function"));
                None
            }
            Resolved::Import(_) => {
                self.error(span, format!("cannot assign to '{name}': it is an imported name"));
                None
            }
            // Every name a body binds is a local or (in the module) a global.
            _ => {
                self.error(span, format!("cannot assign to '{name}'"));
                None
            }
        }
    }

    fn assign_global(
        &mut self,
        gi: usize,
        span: Span,
        value_ty: Ty,
        value_span: Span,
        value: Option<&Const>,
    ) -> Option<hir::AssignTarget> {
        let name = &self.env.scan.globals[gi].name;
        if self.state.globals[gi].is_final {
            if self.final_bound[gi] {
                let msg = format!("cannot assign to final name '{name}'");
                self.error(span, msg);
            }
            self.final_bound[gi] = true;
        }
        let convert = self.assign_type(TypeOwner::Global(gi), value_ty, value_span);
        self.narrow_on_assign(Var::Global(gi), value_ty);
        self.flow.bind(self.env.global_slot(gi));
        let slot = self.state.globals[gi].slot.clone();
        let id = match slot {
            GlobalSlot::Stored(id) => id,
            // Candidates have exactly one assignment: this one.
            GlobalSlot::Pending | GlobalSlot::Const(_) => {
                let folded = value.and_then(|c| match convert {
                    // An int declared float stays an int (`num_places.rs`).
                    Some(Conversion::IntToFloat) => crate::num_places::folded(c.clone(), Ty::Float, value_span).map(|_| c.clone()),
                    Some(conv) => fold::convert(conv, c),
                    None => Some(c.clone()),
                });
                if let Some(c) = folded.filter(|c| c.ty() != Ty::Str) {
                    self.state.globals[gi].slot = GlobalSlot::Const(c);
                    return None;
                }
                let id = match self.state.candidate_storage[gi] {
                    Some(id) => id,
                    None => {
                        let name = self.env.scan.globals[gi].name.clone();
                        let id = self.state.add_global(&name, self.state.globals[gi].ty);
                        self.state.candidate_storage[gi] = Some(id);
                        id
                    }
                };
                self.state.globals[gi].slot = GlobalSlot::Stored(id);
                id
            }
        };
        Some(hir::AssignTarget { place: Place::Global(id), convert })
    }

    /// Settles the type of an assigned variable: the first assignment gives an
    /// undeclared variable its type; later ones must match it.
    pub(crate) fn assign_type(&mut self, owner: TypeOwner, value_ty: Ty, span: Span) -> Option<Conversion> {
        let current = match owner {
            TypeOwner::Local(id) => self.locals[id.index()].ty,
            TypeOwner::Global(gi) => self.state.globals[gi].ty,
        };
        match current {
            Some(ty) => {
                if let TypeOwner::Local(id) = owner {
                    if let Some(widened) = self.widenable.contains(&id).then(|| crate::optional_scalar::widened(ty, value_ty)).flatten() {
                        // The assignments already checked stored a `ty`:
                        // check the function again with the wider type.
                        self.locals[id.index()].ty = Some(widened);
                        self.learned = true;
                        self.unknown_use = true;
                        return None;
                    }
                }
                self.conversion_to(value_ty, ty, span)
            }
            None => {
                if value_ty != Ty::Unknown {
                    match owner {
                        TypeOwner::Local(id) => self.locals[id.index()].ty = Some(value_ty),
                        TypeOwner::Global(gi) => self.state.globals[gi].ty = Some(value_ty),
                    }
                    self.learned = true;
                }
                None
            }
        }
    }
}

/// What an assignment stores, as far as typing it goes.
#[derive(Clone, Copy)]
pub(crate) struct Assigned<'v> {
    pub ty: Ty,
    pub span: Span,
    pub constant: Option<&'v Const>,
}

impl<'v> From<&'v Expr> for Assigned<'v> {
    fn from(e: &'v Expr) -> Self {
        Assigned { ty: e.ty, span: e.span, constant: e.as_const() }
    }
}

#[derive(Clone, Copy)]
pub(crate) enum TypeOwner {
    Local(LocalId),
    Global(usize),
}

/// `expr` converted by `conv` to type `to`, folded when constant.
pub(crate) fn convert(conv: Conversion, expr: Expr, to: Ty) -> Expr {
    let span = expr.span;
    if let (Conversion::IntToFloat, Some(c)) = (conv, expr.as_const()) {
        // An int where a float is declared stays an int (`num_places.rs`).
        if let Some(num) = crate::num_places::folded(c.clone(), to, span) {
            return num;
        }
    } else if let Some(c) = expr.as_const().and_then(|c| fold::convert(conv, c)) {
        return Checker::const_expr(c, span);
    }
    Expr { kind: ExprKind::Convert { conv, arg: Box::new(expr) }, ty: to, span }
}

/// The value of a supported `math` constant.
pub(crate) fn math_constant(name: &str) -> Option<f64> {
    match name {
        "pi" => Some(std::f64::consts::PI),
        "e" => Some(std::f64::consts::E),
        "tau" => Some(std::f64::consts::TAU),
        "inf" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    }
}

/// The identifier text of a `Name` expression.
pub(crate) fn name_of(expr: &ast::Expr) -> Option<&str> {
    match expr {
        ast::Expr::Name(n) => Some(n.id.as_str()),
        _ => None,
    }
}
