//! What every body's checker knows about the module: function signatures
//! ([`ModuleEnv`], fixed before any body is checked) and module globals
//! ([`ModuleState`], filled in while the module body is checked).

use taipan_diagnostics::Diagnostic;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::annotation;
use crate::hir::{self, Const, FuncId, GlobalId, Ty};
use crate::class_env::{Classes, MethodKind};
use crate::scan::{FuncDecl, ModuleScan};

pub(crate) struct ModuleEnv<'a> {
    pub module_name: String,
    pub scan: ModuleScan<'a>,
    /// By `FuncId` (the order of `scan.functions`).
    pub sigs: Vec<FuncSig>,
    /// The "defined" marker global of each function whose `def` runs after the
    /// first statement that may call a function: calls that cannot be proven to
    /// come after the `def` check it, raising `NameError` as CPython would.
    pub markers: Vec<Option<GlobalId>>,
    /// The user classes, by declaration index (as `scan.classes`).
    pub classes: Classes,
}

pub(crate) struct FuncSig {
    pub name: String,
    /// In the order of the function's locals: positional-only, positional,
    /// `*args`, keyword-only (`ParamSig::kind`).
    pub params: Vec<ParamSig>,
    pub ret: Ty,
    /// Whether the `def` has a return annotation.
    pub ret_annotated: bool,
    /// The index in `params` of a `*args: T` parameter (the last one, of
    /// type `tuple[T, ...]`), which receives the extra positional arguments.
    pub star: Option<usize>,
}

pub(crate) struct ParamSig {
    pub name: String,
    pub ty: Ty,
    pub has_default: bool,
    pub kind: ParamKind,
}

/// How a call may pass a parameter its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamKind {
    /// Before a `/`: by position only.
    PositionalOnly,
    /// By position or by keyword.
    Positional,
    /// `*args`: the extra positional arguments.
    Star,
    /// After `*` or `*args`: by keyword only.
    KeywordOnly,
}

impl ParamKind {
    /// Whether a positional argument can fill the parameter.
    pub fn takes_position(self) -> bool {
        matches!(self, ParamKind::PositionalOnly | ParamKind::Positional)
    }

    /// Whether a keyword argument can fill the parameter.
    pub fn takes_keyword(self) -> bool {
        matches!(self, ParamKind::Positional | ParamKind::KeywordOnly)
    }
}

impl FuncSig {
    /// How many parameters take positional arguments (they come first).
    pub fn positional_count(&self) -> usize {
        self.params.iter().take_while(|p| p.kind.takes_position()).count()
    }

    /// Its layout, when some parameter is positional-only or keyword-only.
    pub fn param_layout(&self) -> Option<hir::ParamLayout> {
        let positional_only = self.params.iter().filter(|p| p.kind == ParamKind::PositionalOnly).count();
        (positional_only > 0 || self.has_keyword_only())
            .then(|| hir::ParamLayout { positional_only, positional: self.positional_count() })
    }

    /// Whether some parameter is keyword-only.
    pub fn has_keyword_only(&self) -> bool {
        self.params.iter().any(|p| p.kind == ParamKind::KeywordOnly)
    }
}

/// The `def`'s parameter behind parameter `p` of its signature (`FuncSig::params`,
/// where a classmethod has no `cls`), with its default; `None` for `*args`.
/// Every lookup of a default by parameter index goes through here, so that
/// positional-only and keyword-only parameters are found where they are.
pub(crate) fn param_arg<'d>(decl: &FuncDecl<'d>, p: usize) -> Option<&'d ast::ArgWithDefault> {
    let args = &decl.def.args;
    let skip = usize::from(decl.owner.is_some() && crate::class_env::kind_of(decl.def) == MethodKind::Class);
    let positional: Vec<&ast::ArgWithDefault> = args.posonlyargs.iter().chain(&args.args).skip(skip).collect();
    if let Some(arg) = positional.get(p) {
        return Some(arg);
    }
    let after = p - positional.len();
    match args.vararg {
        Some(_) if after == 0 => None,
        Some(_) => args.kwonlyargs.get(after - 1),
        None => args.kwonlyargs.get(after),
    }
}

/// A module global variable, as far as the checker knows it.
pub(crate) struct GlobalVar {
    /// Declared or inferred from the first assignment; `None` until known.
    pub ty: Option<Ty>,
    pub is_final: bool,
    pub slot: GlobalSlot,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum GlobalSlot {
    /// A folding candidate whose single assignment has not been checked yet.
    Pending,
    /// Folded: every read is this constant and there is no storage.
    Const(Const),
    Stored(GlobalId),
}

pub(crate) struct ModuleState {
    /// Parallel to `scan.globals`.
    pub globals: Vec<GlobalVar>,
    /// The storage a folding candidate got when its value was not constant,
    /// kept across checking passes so a rerun reuses it.
    pub candidate_storage: Vec<Option<GlobalId>>,
    pub hir_globals: Vec<hir::Global>,
    /// Per function and parameter: the default value, once the `def` is checked.
    pub defaults: Vec<Vec<Option<Const>>>,
    /// The functions compiled from `lambda` key functions, after the `def`
    /// functions (`FuncId` = number of scanned functions + index), with the
    /// start of their span (a body checked again replaces its lambdas).
    /// (The high half of a key tells the instances of a generic function
    /// apart: `Checker::lambda_key`.)
    pub lambdas: Vec<(u64, hir::Function)>,
    /// The keys in `lambdas` of nested generator functions (`closures.rs`).
    pub generator_lambdas: Vec<u64>,
    /// Exception constructions and `e.args` reads (`exception_args.rs`).
    pub exc_args: crate::exception_args::ExcArgsFacts,
    /// Module globals that `except` clauses bound to exceptions of unrelated
    /// classes: read (where not narrowed) as their common base (`try_stmt.rs`).
    pub exc_mixed_globals: std::collections::HashMap<usize, hir::ExcClass>,
    /// Class attributes the program assigns (`class_vars.rs`).
    pub class_vars: crate::class_vars::ClassVars,
    /// The members of enum classes (`enum_expr.rs`).
    pub enum_globals: crate::enum_expr::EnumGlobals,
    /// Storage of the defaults that are not constants, by function and
    /// parameter (`object_defaults.rs`).
    pub object_defaults: std::collections::HashMap<(usize, usize), GlobalId>,
    /// How many arguments the calls of a variable assigned a bound method
    /// pass, by the attribute's start (`bound_methods.rs`).
    pub bound_method_arities: std::collections::HashMap<u32, Vec<usize>>,
}

impl<'a> ModuleEnv<'a> {
    pub fn new(module_name: &str, scan: ModuleScan<'a>, diags: &mut Vec<Diagnostic>) -> ModuleEnv<'a> {
        let mut classes = Classes::number(&scan);
        let sigs: Vec<FuncSig> = scan
            .functions
            .iter()
            .map(|decl| {
                let self_ty = decl.owner.map(|c| match classes.exceptions[c] {
                    Some(exc) => Ty::Exception(crate::hir::ExcClass::User(exc)),
                    None => Ty::Instance(classes.infos[c].id),
                });
                signature(decl, self_ty, &scan, diags)
            })
            .collect();
        classes.resolve_members(&scan, &sigs, diags);
        ModuleEnv { module_name: module_name.to_string(), scan, sigs, markers: Vec::new(), classes }
    }

    /// Whether a function body may read global `gi` without checking that it is
    /// assigned: some straight-line assignment runs before any function can.
    pub fn global_safe_in_functions(&self, gi: usize) -> bool {
        self.scan.globals[gi].straight_line_bindings.iter().any(|&k| k < self.scan.first_call_stmt)
    }

    /// The definite-assignment slot of global `gi` in the module body.
    pub fn global_slot(&self, gi: usize) -> usize {
        gi
    }

    /// The definite-assignment slot of function `f`'s `def` in the module body.
    pub fn function_slot(&self, f: FuncId) -> usize {
        self.scan.globals.len() + f.index()
    }
}

impl ModuleState {
    /// Resolves global annotations, decides which globals are folding candidates,
    /// and allocates storage for the others.
    pub fn new(env: &ModuleEnv<'_>, diags: &mut Vec<Diagnostic>) -> ModuleState {
        let mut state = ModuleState {
            globals: Vec::new(),
            candidate_storage: vec![None; env.scan.globals.len()],
            hir_globals: Vec::new(),
            defaults: env.sigs.iter().map(|s| vec![None; s.params.len()]).collect(),
            lambdas: Vec::new(),
            generator_lambdas: Vec::new(),
            exc_args: Default::default(),
            exc_mixed_globals: std::collections::HashMap::new(),
            class_vars: Default::default(),
            enum_globals: Default::default(),
            object_defaults: Default::default(),
            bound_method_arities: Default::default(),
        };
        for gi in 0..env.scan.globals.len() {
            let scanned = &env.scan.globals[gi];
            let annotation = scanned.annotation.and_then(|a| annotation::resolve(a, &env.scan.imports, diags));
            let candidate = !scanned.rebound_in_functions && scanned.single_binding().is_some_and(|k| {
                scanned.first_module_read.is_none_or(|r| r > k)
                    && (!scanned.read_in_functions || k < env.scan.first_call_stmt)
            });
            let ty = annotation.and_then(|a| a.ty);
            let slot =
                if candidate { GlobalSlot::Pending } else { GlobalSlot::Stored(state.add_global(&scanned.name, ty)) };
            let is_final = annotation.is_some_and(|a| a.is_final);
            state.globals.push(GlobalVar { ty, is_final, slot });
        }
        state
    }

    /// Allocates the marker global of each function whose `def` runs after the
    /// first statement that may call a function (see `ModuleEnv::markers`).
    pub fn allocate_markers(&mut self, env: &ModuleEnv<'_>) -> Vec<Option<GlobalId>> {
        let first_call = env.scan.first_call_stmt;
        env.scan
            .functions
            .iter()
            .map(|decl| (decl.stmt_index > first_call).then(|| self.add_global(&decl.name, Some(Ty::Bool))))
            .collect()
    }

    pub fn add_global(&mut self, name: &str, ty: Option<Ty>) -> GlobalId {
        self.hir_globals.push(hir::Global { name: name.to_string(), ty: ty.unwrap_or(Ty::Unknown) });
        GlobalId(self.hir_globals.len() as u32 - 1)
    }

    /// The module-level variables, folded or stored (after `finish_global_types`).
    pub fn module_variables(&self, env: &ModuleEnv<'_>) -> Vec<hir::ModuleVariable> {
        env.scan
            .globals
            .iter()
            .zip(&self.globals)
            // A global functions rebind has no value fixed at import.
            .filter(|(scan, _)| !scan.rebound_in_functions)
            .filter_map(|(scan, var)| {
                let (ty, value) = match &var.slot {
                    // An int folded where a float is declared (`num_places.rs`).
                    GlobalSlot::Const(c) if var.ty == Some(Ty::Float) => (Ty::Float, hir::VariableValue::Folded(c.clone())),
                    GlobalSlot::Const(c) => (c.ty(), hir::VariableValue::Folded(c.clone())),
                    GlobalSlot::Stored(id) => (self.hir_globals[id.index()].ty, hir::VariableValue::Stored(*id)),
                    GlobalSlot::Pending => return None,
                };
                Some(hir::ModuleVariable { name: scan.name.clone(), ty, value })
            })
            .collect()
    }

    /// Gives each stored global the type the checker settled on.
    pub fn finish_global_types(&mut self) {
        for var in &self.globals {
            if let (GlobalSlot::Stored(id), Some(ty)) = (&var.slot, var.ty) {
                self.hir_globals[id.index()].ty = ty;
            }
        }
        for (var, storage) in self.globals.iter().zip(&self.candidate_storage) {
            if let (Some(id), Some(ty)) = (storage, var.ty) {
                self.hir_globals[id.index()].ty = ty;
            }
        }
    }
}

/// A function's signature from its `def`; unsupported parameter kinds are
/// reported and left out. A method (`self_ty` is its class) is named `C.m`,
/// and its `self` parameter needs no annotation.
pub(crate) fn signature(decl: &FuncDecl<'_>, self_ty: Option<Ty>, scan: &ModuleScan<'_>, diags: &mut Vec<Diagnostic>) -> FuncSig {
    let def = decl.def;
    let name = decl.name.clone();
    let method_kind = self_ty.map(|_| crate::class_env::kind_of(def));
    let has_self = matches!(method_kind, Some(MethodKind::Instance | MethodKind::Property));
    if method_kind.is_none() {
        if let Some(d) = def.decorator_list.first() {
            diags.push(Diagnostic::error(span_of(d), "decorators are not supported yet"));
        }
    }
    let args = &def.args;
    // `self` (or `cls`) may be positional-only: `def __eq__(self, other, /)`.
    let positional: Vec<(&ast::ArgWithDefault, ParamKind)> = (args.posonlyargs.iter().map(|a| (a, ParamKind::PositionalOnly)))
        .chain(args.args.iter().map(|a| (a, ParamKind::Positional)))
        .collect();
    if has_self && positional.is_empty() {
        diags.push(Diagnostic::error(decl.span, format!("method '{name}' needs a 'self' parameter")));
    }
    // A classmethod's `cls` is not a parameter at run time: it names the class.
    let is_classmethod = method_kind == Some(MethodKind::Class);
    if is_classmethod && positional.is_empty() {
        diags.push(Diagnostic::error(decl.span, format!("classmethod '{name}' needs a 'cls' parameter")));
    }
    if let Some(p) = def.type_params.first() {
        diags.push(Diagnostic::error(span_of(p), "type parameters are not supported yet"));
    }
    if let Some(a) = &args.kwarg {
        diags.push(Diagnostic::error(span_of(&**a), "'**kwargs' parameters are not supported yet"));
    }
    if let (Some(a), Some(_)) = (&args.vararg, self_ty) {
        diags.push(Diagnostic::error(span_of(&**a), "'*args' parameters of methods are not supported yet"));
    }
    let mut params = Vec::new();
    for (i, &(arg, kind)) in positional.iter().enumerate() {
        if i == 0 && is_classmethod {
            continue;
        }
        let ty = match &arg.def.annotation {
            _ if i == 0 && has_self => self_ty.unwrap_or(Ty::Unknown),
            Some(a) if i == 1 && has_self && crate::object_eq::may_take_object(def.name.as_str()) && crate::object_eq::is_object_annotation(a) => {
                Ty::Object
            }
            Some(a) if has_self && crate::with_stmt::exit_parameter_type(def.name.as_str(), positional.len(), i, a).is_some() => {
                crate::with_stmt::exit_parameter_type(def.name.as_str(), positional.len(), i, a).unwrap_or(Ty::Unknown)
            }
            _ => annotated_param_type(arg, scan, diags),
        };
        params.push(ParamSig { name: arg.def.arg.to_string(), ty, has_default: arg.default.is_some(), kind });
    }
    // (A method's `*args`, reported above, still takes its place, so that
    // the keyword-only parameters after it are where its body expects them.)
    let star = match &args.vararg {
        Some(a) => {
            let ty = if self_ty.is_some() { Ty::Unknown } else { crate::star_args::star_param_type(a, &scan.imports, diags) };
            params.push(ParamSig { name: a.arg.to_string(), ty, has_default: false, kind: ParamKind::Star });
            Some(params.len() - 1)
        }
        None => None,
    };
    for arg in &args.kwonlyargs {
        let ty = annotated_param_type(arg, scan, diags);
        let has_default = arg.default.is_some();
        params.push(ParamSig { name: arg.def.arg.to_string(), ty, has_default, kind: ParamKind::KeywordOnly });
    }
    let self_return = crate::classmethods::self_return(def, scan, self_ty);
    let (ret, ret_annotated) = match &def.returns {
        None => (Ty::None, false),
        Some(_) if self_return.is_some() => (self_return.unwrap_or(Ty::Unknown), true),
        Some(r) => match annotation::resolve(r, &scan.imports, diags) {
            Some(annotation::Annotation { ty: Some(ty), is_final: false }) => (ty, true),
            Some(_) => {
                diags.push(Diagnostic::error(span_of(&**r), "Final is not allowed as a return type"));
                (Ty::Unknown, true)
            }
            None => (Ty::Unknown, true),
        },
    };
    let ret = crate::abstract_collections::generator_return(def, ret);
    let ret = if params.len() == 2 && params[1].ty == Ty::Object {
        let at = def.returns.as_deref().map_or(decl.span, span_of);
        crate::object_eq::tristate_return_type(ret, at, diags)
    } else {
        ret
    };
    if has_self {
        let param_types: Vec<Ty> = params.iter().map(|p| p.ty).collect();
        crate::with_stmt::check_exit_body(def, &param_types, diags);
    }
    FuncSig { name, params, ret, ret_annotated, star }
}

/// The type a parameter's annotation gives it (it needs one).
fn annotated_param_type(arg: &ast::ArgWithDefault, scan: &ModuleScan<'_>, diags: &mut Vec<Diagnostic>) -> Ty {
    let span = span_of(&arg.def);
    match &arg.def.annotation {
        None => {
            diags.push(Diagnostic::error(span, format!("parameter '{}' needs a type annotation", arg.def.arg)));
            Ty::Unknown
        }
        Some(a) => match annotation::resolve(a, &scan.imports, diags) {
            Some(annotation::Annotation { ty: Some(ty), is_final: false }) => param_type(ty, span, diags),
            Some(_) => {
                diags.push(Diagnostic::error(span_of(&**a), "Final is not allowed on parameters"));
                Ty::Unknown
            }
            None => Ty::Unknown,
        },
    }
}

fn param_type(ty: Ty, span: taipan_diagnostics::Span, diags: &mut Vec<Diagnostic>) -> Ty {
    match ty {
        Ty::None => {
            diags.push(Diagnostic::error(span, "parameters of type None are not supported yet"));
            Ty::Unknown
        }
        other => other,
    }
}
