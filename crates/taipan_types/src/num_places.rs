//! Which `float` places may hold an int.
//!
//! A `float` annotation accepts ints (PEP 484), and CPython keeps them ints:
//! `def area(w: float, h: float) -> float: return w * h` makes `area(3, 2)`
//! the int `6`. A place (a local or parameter, a function's return value, a
//! module global, an instance field) that may receive an int holds a *num*
//! (`taipan_abi::num`): a float, or an int that still prints, divides and
//! formats as an int. Every other float place holds a plain `f64`, so code
//! that only ever sees floats pays nothing.
//!
//! The analysis runs on the whole checked module, to a fixed point: a place
//! is a num place when some store into it stores a value that may be an int
//! ([`NumPlaces::may_be_int`]): an int converted to float, a read of a num
//! place, or arithmetic whose operands all may be ints. Lowering consults
//! the result for every store and read: a read of a num place where a plain
//! float is needed converts it there, so a value the analysis does not follow
//! (into a closure cell, a generator) becomes a float, as before, but is
//! never misread.
//!
//! Only places whose every writer and reader lowering sees are num places:
//! a key function or a generator never returns a num; the code of a
//! function value always takes and returns its floats as nums (one
//! convention for every code a call of a value may reach); a method and the
//! methods overriding it agree (one dynamic call site passes the same values
//! to all); exception objects' fields stay floats. Containers are one switch
//! for the whole module ([`NumPlaces::containers`]); `float | None` and union
//! boxes may always hold an int (lowering boxes an int as a num).

use std::collections::HashSet;

use taipan_diagnostics::Span;

use crate::hir::{self, ArgSlot, BinOp, Builtin, Const, Conversion, ExprKind, FuncId, LocalId, Place, StmtKind, Target, UnaryOp};
use crate::types::{ClassId, Ty};

/// The function index that stands for the module body's locals.
const MODULE_BODY: u32 = u32::MAX;

/// Set in the environment, makes every module store nums in its float
/// containers (`NumPlaces::containers`): how the test suite exercises that
/// path on every program.
pub const FORCE_CONTAINERS: &str = "TAIPAN_TEST_NUMS_IN_CONTAINERS";

/// The num places of a module (see the module docs).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NumPlaces {
    /// `(function index or MODULE_BODY, local)`: locals and parameters.
    locals: HashSet<(u32, LocalId)>,
    returns: HashSet<FuncId>,
    globals: HashSet<hir::GlobalId>,
    /// `(root class of the hierarchy, field index)`: a field is the same slot
    /// in every class of a hierarchy.
    fields: HashSet<(u32, u32)>,
    /// Per class: the root of its hierarchy, or `None` for exception classes.
    field_roots: Vec<Option<u32>>,
    /// Per function: whether its parameters and return value may be nums.
    direct_only: Vec<bool>,
    /// Per function: the code of a function value that is no generator,
    /// whose locals may be nums (its float parameters and result always are).
    value_code: Vec<bool>,
    /// Some value that may be an int is stored into a container (a list,
    /// tuple, dict or set element, a comprehension's element): then every
    /// float slot of a container may hold a num, every float read from one
    /// may be an int, and so may the float targets of `for` and unpacking.
    pub containers: bool,
}

impl NumPlaces {
    /// Whether local (or parameter) `id` of function `f` (`None`: the module
    /// body) holds nums.
    pub fn local(&self, f: Option<FuncId>, id: LocalId) -> bool {
        self.locals.contains(&(f.map_or(MODULE_BODY, |f| f.0), id))
    }

    /// Whether function `f` returns nums.
    pub fn returns(&self, f: FuncId) -> bool {
        self.returns.contains(&f)
    }

    pub fn global(&self, g: hir::GlobalId) -> bool {
        self.globals.contains(&g)
    }

    /// Whether field `index` of instances of `class` holds nums.
    pub fn field(&self, class: ClassId, index: u32) -> bool {
        self.field_key(class, index).is_some_and(|key| self.fields.contains(&key))
    }

    fn field_key(&self, class: ClassId, index: u32) -> Option<(u32, u32)> {
        Some((self.field_roots.get(class.index as usize).copied().flatten()?, index))
    }

    /// Whether `e` (in function `f`) may give an int where its static type
    /// is `float`: the value lowering computes as a num.
    pub fn may_be_int(&self, f: Option<FuncId>, e: &hir::Expr) -> bool {
        if e.ty != Ty::Float {
            return false;
        }
        match &e.kind {
            ExprKind::Const(Const::Int(_)) => true,
            ExprKind::Convert { conv: Conversion::IntToFloat, .. } => true,
            ExprKind::Local { id, .. } => self.local(f, *id),
            ExprKind::Global { id, .. } => self.global(*id),
            ExprKind::FieldGet { obj, index } => match obj.ty {
                Ty::Instance(class) => self.field(class, *index),
                _ => false,
            },
            ExprKind::Call { func, .. } => self.returns(*func),
            ExprKind::MethodCall { call, .. } => self.may_be_int(f, call),
            ExprKind::Binary { op, lhs, rhs } => {
                int_preserving(*op) && self.may_be_int(f, lhs) && self.may_be_int(f, rhs)
            }
            ExprKind::Unary { op: UnaryOp::Neg, arg } => self.may_be_int(f, arg),
            ExprKind::IfExp { then_value, else_value, .. } => {
                self.may_be_int(f, then_value) || self.may_be_int(f, else_value)
            }
            ExprKind::Builtin { func: Builtin::Abs, args } => args.iter().all(|a| self.may_be_int(f, a)),
            // The winning argument, unchanged.
            ExprKind::Builtin { func: Builtin::Min | Builtin::Max, args } => args.iter().any(|a| self.may_be_int(f, a)),
            ExprKind::Builtin { func: Builtin::RoundDigits, args } => {
                args.first().is_some_and(|a| self.may_be_int(f, a))
            }
            // A function value's result (see `analyse`).
            ExprKind::CallValue { .. } => true,
            // A `float | None` narrowed to its float: its box may hold an int.
            ExprKind::Convert { conv: Conversion::Unbox, .. } => true,
            // An element read from a container (`xs[i]`, `d[k]`, `xs.pop()`...).
            ExprKind::ObjOp { .. } | ExprKind::CurrentItem => self.containers,
            _ => false,
        }
    }
}

/// Whether `op` on two ints gives an int (`/` never does).
fn int_preserving(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow)
}

/// A folded constant `c` of the expression type `ty`: an int folded where a
/// float is declared stays an int while a num can hold it, else the fold is
/// not done (the run time raises, or converts, as for any other value).
pub(crate) fn folded(c: Const, ty: Ty, span: Span) -> Option<hir::Expr> {
    match (&c, ty) {
        (Const::Int(i), Ty::Float) => {
            let fits = (taipan_abi::num::INT_MIN..=taipan_abi::num::INT_MAX).contains(i);
            fits.then(|| hir::Expr { kind: ExprKind::Const(c), ty: Ty::Float, span })
        }
        _ => Some(crate::checker::Checker::const_expr(c, span)),
    }
}

/// Computes the num places of a checked module.
pub fn analyse(module: &hir::Module) -> NumPlaces {
    let mut places = NumPlaces {
        containers: std::env::var_os(FORCE_CONTAINERS).is_some(),
        field_roots: field_roots(&module.classes),
        direct_only: module.functions.iter().enumerate().map(|(i, f)| direct_only(module, i, f)).collect(),
        value_code: module
            .functions
            .iter()
            .enumerate()
            .map(|(i, f)| f.closure.captures.is_some() && !module.generators.contains(&FuncId(i as u32)))
            .collect(),
        ..NumPlaces::default()
    };
    // Function values are called through one convention, whatever code a
    // call reaches: a float parameter or result of their code is a num.
    for (i, f) in module.functions.iter().enumerate() {
        if !places.value_code[i] {
            continue;
        }
        for &p in f.params.iter().skip(1) {
            if f.locals.get(p.index()).map(|l| l.ty) == Some(Ty::Float) {
                places.locals.insert((i as u32, p));
            }
        }
        if f.ret == Ty::Float {
            places.returns.insert(FuncId(i as u32));
        }
    }
    // An imported module's (an extension's) public functions are called
    // by Python code, with ints wherever it likes.
    if module.name != "__main__" {
        for (id, f) in crate::extension::exported_functions(module) {
            for &p in &f.params {
                if f.locals.get(p.index()).map(|l| l.ty) == Some(Ty::Float) {
                    places.insert(NumPlace::Local(id.0, p));
                }
            }
        }
    }
    let groups = method_groups(module);
    loop {
        let mut walk = Walk { places: &places, found: Vec::new(), f: None, module, container_store: false };
        for (i, f) in module.functions.iter().enumerate() {
            walk.f = Some(FuncId(i as u32));
            walk.stmts(&f.body);
        }
        walk.f = None;
        walk.stmts(&module.body);
        let found = walk.found;
        let mut changed = walk.container_store && !places.containers;
        places.containers |= walk.container_store;
        // Key functions (`<lambda>` codes the runtime calls with elements)
        // then receive nums.
        if places.containers {
            for (i, f) in module.functions.iter().enumerate() {
                let key_function = f.name.starts_with('<') && f.closure.captures.is_none() && !module.generators.contains(&FuncId(i as u32));
                if !key_function {
                    continue;
                }
                for &p in &f.params {
                    if f.locals.get(p.index()).map(|l| l.ty) == Some(Ty::Float) {
                        changed |= places.locals.insert((i as u32, p));
                    }
                }
            }
        }
        for place in found {
            changed |= places.insert(place);
        }
        // A method and its overrides take the same arguments and give one result.
        for group in &groups {
            let params = group.iter().map(|f| module.functions[f.index()].params.len()).max().unwrap_or(0);
            for p in 0..params {
                let any = group.iter().any(|f| param(module, *f, p).is_some_and(|id| places.local(Some(*f), id)));
                if any {
                    for f in group {
                        if let Some(id) = param(module, *f, p) {
                            changed |= places.insert(NumPlace::Local(f.0, id));
                        }
                    }
                }
            }
            if group.iter().any(|f| places.returns(*f)) {
                for f in group {
                    changed |= places.insert(NumPlace::Return(*f));
                }
            }
        }
        if !changed {
            return places;
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum NumPlace {
    Local(u32, LocalId),
    Return(FuncId),
    Global(hir::GlobalId),
    Field(u32, u32),
}

impl NumPlaces {
    /// Adds `place` if it can hold nums; whether it is new.
    fn insert(&mut self, place: NumPlace) -> bool {
        match place {
            // Code lowering does not follow keeps its locals floats.
            NumPlace::Local(f, id) => {
                let own = |v: &Vec<bool>| v.get(f as usize).copied().unwrap_or(false);
                (f == MODULE_BODY || own(&self.direct_only) || own(&self.value_code)) && self.locals.insert((f, id))
            }
            NumPlace::Return(f) => self.direct_only.get(f.index()).copied().unwrap_or(false) && self.returns.insert(f),
            NumPlace::Global(g) => self.globals.insert(g),
            NumPlace::Field(root, index) => self.fields.insert((root, index)),
        }
    }
}

fn param(module: &hir::Module, f: FuncId, p: usize) -> Option<LocalId> {
    module.functions.get(f.index())?.params.get(p).copied()
}

/// Whether only direct calls (which lowering sees) reach function `i`.
fn direct_only(module: &hir::Module, i: usize, f: &hir::Function) -> bool {
    !f.name.starts_with('<') && f.closure.captures.is_none() && !module.generators.contains(&FuncId(i as u32))
}

/// Per class, the root of its hierarchy (classes are numbered in preorder,
/// a class's subclasses being `id .. runtime.end`); `None` for exceptions.
fn field_roots(classes: &[hir::Class]) -> Vec<Option<u32>> {
    (0..classes.len())
        .map(|c| {
            if classes[c].exception.is_some() {
                return None;
            }
            (0..=c).find(|&r| c < classes[r].runtime.end as usize).map(|r| r as u32)
        })
        .collect()
}

/// The methods that one dynamic call can reach: a method and its overrides.
fn method_groups(module: &hir::Module) -> Vec<Vec<FuncId>> {
    let mut groups = Vec::new();
    let mut collect = |e: &hir::Expr| {
        if let ExprKind::MethodCall { call, overrides } = &e.kind {
            if let ExprKind::Call { func, .. } = &call.kind {
                let mut group = vec![*func];
                group.extend(overrides.iter().map(|o| o.func));
                groups.push(group);
            }
        }
    };
    for f in &module.functions {
        hir::visit::stmts(&f.body, &mut collect);
    }
    hir::visit::stmts(&module.body, &mut collect);
    groups
}

/// One pass over the bodies, collecting the stores of values that may be ints.
struct Walk<'a> {
    places: &'a NumPlaces,
    found: Vec<NumPlace>,
    f: Option<FuncId>,
    module: &'a hir::Module,
    /// A value that may be an int is stored into a container.
    container_store: bool,
}

impl Walk<'_> {
    fn stmts(&mut self, stmts: &[hir::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
        let (f, places, module) = (self.f, self.places, self.module);
        let mut calls = Vec::new();
        let mut container_store = false;
        let mut targets = Vec::new();
        for s in stmts {
            hir::visit::stmt_shallow_exprs(s, &mut |e| {
                hir::visit::expr(e, &mut |e| {
                    calls.extend(call_stores(places, f, module, e));
                    calls.extend(capture_stores(places, f, module, e));
                    container_store |= stores_into_container(places, f, e);
                    if let ExprKind::Comprehension(c) = &e.kind {
                        for clause in &c.clauses {
                            if let hir::ComprehensionClause::For { target, .. } = clause {
                                targets.push(target.clone());
                            }
                        }
                    }
                })
            });
            if let StmtKind::SetItem { value, .. } = &s.kind {
                container_store |= places.may_be_int(f, value);
            }
        }
        self.found.extend(calls);
        self.container_store |= container_store;
        for target in &targets {
            self.unpack_target(target);
        }
    }

    fn stmt(&mut self, s: &hir::Stmt) {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.store_target(t, Some(value));
                }
            }
            StmtKind::ForRange { target, .. } => self.store_target(target, None),
            StmtKind::Unpack { target, .. } | StmtKind::ForEach { target, .. } => self.unpack_target(target),
            StmtKind::SetField { obj, index, value } => {
                if let (Ty::Instance(class), true) = (obj.ty, self.places.may_be_int(self.f, value)) {
                    if let Some((root, index)) = self.places.field_key(class, *index) {
                        self.found.push(NumPlace::Field(root, index));
                    }
                }
            }
            StmtKind::Return(Some(e)) => {
                if let (Some(f), true) = (self.f, self.places.may_be_int(self.f, e)) {
                    self.found.push(NumPlace::Return(f));
                }
            }
            _ => {}
        }
        for body in hir::visit::sub_bodies(s) {
            self.stmts(body);
        }
        // Walrus targets inside the statement's expressions.
        let mut walrus = Vec::new();
        hir::visit::stmt_shallow_exprs(s, &mut |e| {
            hir::visit::expr(e, &mut |e| {
                if let ExprKind::AssignExpr { target, value } = &e.kind {
                    walrus.push((target.clone(), (**value).clone()));
                }
            })
        });
        for (target, value) in walrus {
            self.store_target(&target, Some(&value));
        }
    }

    /// A store of `value` (or of a value of the target's source type) at `target`.
    fn store_target(&mut self, target: &hir::AssignTarget, value: Option<&hir::Expr>) {
        // (A value converted otherwise goes to a place that is no float.)
        let is_int = match target.convert {
            Some(Conversion::IntToFloat) => true,
            None => value.is_some_and(|v| self.places.may_be_int(self.f, v)),
            Some(_) => false,
        };
        if !is_int {
            return;
        }
        match target.place {
            Place::Local(id) => self.found.push(NumPlace::Local(self.f.map_or(MODULE_BODY, |f| f.0), id)),
            Place::Global(g) => self.found.push(NumPlace::Global(g)),
            // A cell is shared with code lowering does not follow here.
            Place::Cell(_) => {}
        }
    }

    fn unpack_target(&mut self, target: &Target) {
        match target {
            // An element of a container that may hold nums.
            Target::Name { target, ty: Ty::Float } if self.places.containers && target.convert.is_none() => {
                match target.place {
                    Place::Local(id) => self.found.push(NumPlace::Local(self.f.map_or(MODULE_BODY, |f| f.0), id)),
                    Place::Global(g) => self.found.push(NumPlace::Global(g)),
                    Place::Cell(_) => {}
                }
            }
            Target::Name { target, .. } => self.store_target(target, None),
            Target::Tuple { items, .. } | Target::Seq { items, .. } => {
                for t in items {
                    self.unpack_target(t);
                }
            }
            Target::Discard => {}
        }
    }
}

/// Whether `e` stores a value that may be an int into a container element.
fn stores_into_container(places: &NumPlaces, f: Option<FuncId>, e: &hir::Expr) -> bool {
    let may = |v: &hir::Expr| places.may_be_int(f, v);
    match &e.kind {
        ExprKind::List { items } | ExprKind::Tuple { items } | ExprKind::Set { items, .. } => items.iter().any(may),
        ExprKind::Dict { items } => items.iter().any(|(k, v)| may(k) || may(v)),
        ExprKind::Comprehension(c) => may(&c.element) || c.value.as_ref().is_some_and(may),
        // Text of a value is no store.
        ExprKind::ObjOp { op: hir::ObjOp::Str | hir::ObjOp::Repr | hir::ObjOp::Format | hir::ObjOp::Ascii, .. } => false,
        ExprKind::ObjOp { args, .. } => args.iter().any(may),
        _ => false,
    }
}

/// The captured variables of the code a `MakeClosure` `e` gives ints to.
fn capture_stores(places: &NumPlaces, f: Option<FuncId>, module: &hir::Module, e: &hir::Expr) -> Vec<NumPlace> {
    let ExprKind::MakeClosure { func, captures } = &e.kind else { return Vec::new() };
    let Some(locals) = module.functions.get(func.index()).and_then(|c| c.closure.captures.as_ref()) else { return Vec::new() };
    captures
        .iter()
        .zip(locals)
        .filter_map(|(c, &id)| match c {
            hir::Capture::Value(v) if places.may_be_int(f, v) => Some(NumPlace::Local(func.0, id)),
            _ => None,
        })
        .collect()
}

/// The parameters a call expression `e` stores ints into.
fn call_stores(places: &NumPlaces, f: Option<FuncId>, module: &hir::Module, e: &hir::Expr) -> Vec<NumPlace> {
    let (callee, args, slots, skip) = match &e.kind {
        ExprKind::Call { func, args, slots, .. } => (*func, args, slots, 0),
        ExprKind::New { init: Some(init), args, slots, .. } => (*init, args, slots, 1),
        ExprKind::NewException { init, args, slots, .. } => (*init, args, slots, 1),
        _ => return Vec::new(),
    };
    let Some(function) = module.functions.get(callee.index()) else { return Vec::new() };
    let mut out = Vec::new();
    for (p, slot) in slots.iter().enumerate() {
        let Some(&id) = function.params.get(p + skip) else { continue };
        if function.locals.get(id.index()).map(|l| l.ty) != Some(Ty::Float) {
            continue;
        }
        let is_int = match slot {
            ArgSlot::Arg(i) => args.get(*i).is_some_and(|a| places.may_be_int(f, a)),
            ArgSlot::Default(c) => matches!(c, Const::Int(_)),
        };
        if is_int {
            out.push(NumPlace::Local(callee.0, id));
        }
    }
    out
}
