//! The special methods the runtime calls back (`taipan_abi::class_table`):
//! which method each class contributes, decided here with CPython's rules, so
//! that printing a container of instances calls `__repr__`, `in` and `==` of
//! containers and dict/set lookups call `__eq__`, sorting calls `__lt__`,
//! dict keys call `__hash__`, and `any`/`all` call `__bool__`/`__len__`.
//!
//! - A class uses its own method or the one it inherits (dataclass-generated
//!   ones are ordinary methods by now).
//! - `__hash__` follows CPython's class creation: a class that defines
//!   `__eq__` but not `__hash__` gets `__hash__ = None` (unhashable; a plain
//!   `@dataclass` is such a class, a frozen one gets a generated `__hash__`);
//!   one that defines neither inherits its base's; none at all hashes by
//!   identity. A frozen `@dataclass` (`eq=True`, the default) without its
//!   own `__hash__` hashes as the tuple of its fields, which the runtime
//!   computes from the field slots (`hash((self.x, self.y))` in CPython).
//! - A comparison is called with the instances the runtime compares, which
//!   the checker cannot see: each records the class ids its `other` parameter
//!   accepts, and the runtime treats any other operand as `NotImplemented`
//!   (so a method never receives an operand of a type it does not declare).

use taipan_abi::class_table::{Special, SPECIAL_COUNT};
use taipan_diagnostics::Diagnostic;

use taipan_diagnostics::Span;

use crate::checker::Checker;
use crate::class_env::{ClassInfo, MethodKind};
use crate::env::{FuncSig, ModuleEnv};
use crate::hir::{self, FuncId, Ty};
use crate::types::ClassId;

/// The special method named `name`, if the runtime calls it.
fn special_named(name: &str) -> Option<Special> {
    Special::ALL.into_iter().find(|s| s.method_name() == name)
}

/// The result types the runtime accepts from `special` (a comparison's
/// result is tested for truth, as CPython's `PyObject_RichCompareBool` does).
fn accepted_results(special: Special) -> &'static [Ty] {
    match special {
        Special::Repr | Special::Str => &[Ty::Str],
        Special::Hash | Special::Len => &[Ty::Int],
        Special::Bool => &[Ty::Bool],
        Special::Eq | Special::Ne | Special::Lt | Special::Le | Special::Gt | Special::Ge => &[Ty::Bool, Ty::Int],
    }
}

/// Why the runtime cannot call `sig` as `special`, if it cannot.
pub(crate) fn signature_problem(special: Special, sig: &FuncSig) -> Option<String> {
    let name = special.method_name();
    let arity = if special.is_binary() { 2 } else { 1 };
    if sig.params.len() != arity {
        let params = if special.is_binary() { "'self' and 'other'" } else { "only 'self'" };
        return Some(format!("special method '{name}' must take {params}"));
    }
    let accepted = accepted_results(special);
    if !accepted.contains(&sig.ret) && sig.ret != Ty::Unknown {
        let want: Vec<String> = accepted.iter().map(|t| t.to_string()).collect();
        return Some(format!("{name}() must return {} (it returns {})", want.join(" or "), sig.ret));
    }
    None
}

/// Reports the special methods (defined in a class body) the runtime could
/// not call: a wrong number of parameters or an unusable result type.
pub(crate) fn check_signatures(env: &ModuleEnv<'_>, diags: &mut Vec<Diagnostic>) {
    for (c, decl) in env.scan.classes.iter().enumerate() {
        if env.classes.exceptions.get(c).copied().flatten().is_some() {
            continue;
        }
        for (mname, f) in &decl.methods {
            let Some(special) = special_named(mname) else { continue };
            let Some(sig) = env.sigs.get(*f) else { continue };
            if let Some(problem) = signature_problem(special, sig) {
                diags.push(Diagnostic::error(env.scan.functions[*f].span, problem));
            }
        }
    }
}

/// Whether class `info` defines `name` in its own body (not inherited).
fn defines_itself(env: &ModuleEnv<'_>, info: &ClassInfo, name: &str) -> bool {
    let Some(m) = info.methods.get(name) else { return false };
    let inherited = info.base.and_then(|b| env.classes.infos[b].methods.get(name)).map(|p| p.func);
    inherited != Some(m.func)
}

/// The class ids an `other` parameter of type `ty` accepts.
fn accepted_ids(env: &ModuleEnv<'_>, ty: Ty) -> (u32, u32) {
    let class = match ty {
        Ty::Instance(c) => c,
        Ty::Optional(Ty::Instance(c)) => *c,
        // `other: object` (`object_eq.rs`): every class.
        Ty::Object => return (0, u32::MAX),
        _ => return (0, 0),
    };
    env.classes.by_id(class).map_or((0, 0), |(_, info)| (info.id.index, info.end))
}

/// Fills `Class::runtime` of every (non-exception) class of `classes`
/// (indexed by class id).
pub(crate) fn fill(classes: &mut [hir::Class], env: &ModuleEnv<'_>) {
    let infos = &env.classes.infos;
    // By declaration index; bases are declared before their subclasses.
    let mut unhashable = vec![false; infos.len()];
    let mut hash_fields = vec![false; infos.len()];
    for (c, info) in infos.iter().enumerate() {
        let own_eq = defines_itself(env, info, "__eq__");
        let own_hash = defines_itself(env, info, "__hash__");
        let frozen = env.scan.classes[c].dataclass.is_some_and(|d| d.frozen);
        (unhashable[c], hash_fields[c]) = match (own_eq, own_hash) {
            (_, true) => (false, false),
            (true, false) if frozen => (false, true),
            (true, false) => (true, false),
            (false, false) => info.base.map_or((false, false), |b| (unhashable[b], hash_fields[b])),
        };
    }
    for (c, info) in infos.iter().enumerate() {
        let Some(class) = classes.get_mut(info.id.index as usize) else { continue };
        class.runtime.end = info.end;
        if env.classes.exceptions.get(c).copied().flatten().is_some() {
            continue;
        }
        let mut methods = [None; SPECIAL_COUNT];
        for special in Special::ALL {
            let Some(m) = info.methods.get(special.method_name()) else { continue };
            let Some(sig) = env.sigs.get(m.func.0 as usize) else { continue };
            if m.kind != MethodKind::Instance || signature_problem(special, sig).is_some() {
                continue;
            }
            if special == Special::Hash && unhashable[c] {
                continue;
            }
            let other = match special {
                _ if !special.is_binary() => (0, 0),
                // A dataclass's generated `__eq__` (CPython's) compares only
                // instances of the very same class; in a hierarchy its
                // parameter's type also admits subclasses (`dataclass.rs`).
                Special::Eq if crate::dataclass::own_class_signature(env.scan.classes[c].dataclass, "__eq__") => {
                    (info.id.index, info.id.index + 1)
                }
                // So does a generated ordering method, inherited or not.
                _ if crate::dataclass::generated_ordering(env, m.func) => (info.id.index, info.id.index + 1),
                _ => accepted_ids(env, sig.params[1].ty),
            };
            if crate::object_eq::takes_object(sig) {
                match special {
                    Special::Eq => class.runtime.eq_tristate = true,
                    Special::Ne => class.runtime.ne_tristate = true,
                    _ => {}
                }
            }
            methods[special as usize] = Some(hir::RuntimeSpecial { func: FuncId(m.func.0), other });
        }
        class.runtime.methods = methods;
        class.runtime.hash_fields = hash_fields[c];
        class.runtime.unhashable = unhashable[c];
        let (lo, hi) = (info.id.index, info.end);
        class.runtime.custom_truth = infos
            .iter()
            .filter(|k| k.id.index >= lo && k.id.index < hi)
            .any(|k| k.methods.contains_key("__bool__") || k.methods.contains_key("__len__"));
    }
}

/// The classes `C` of the optional instances `C | None` anywhere in `ty`.
fn optional_instance_types(ty: Ty, out: &mut Vec<ClassId>) {
    match ty {
        Ty::Optional(Ty::Instance(c)) => out.push(*c),
        Ty::Optional(t) | Ty::List(t) | Ty::TupleOf(t) | Ty::Set(t) | Ty::Deque(t) => optional_instance_types(*t, out),
        Ty::Dict(k, v) => {
            optional_instance_types(*k, out);
            optional_instance_types(*v, out);
        }
        Ty::Tuple(fields) => fields.iter().for_each(|f| optional_instance_types(*f, out)),
        _ => {}
    }
}

const COMPARISONS: [&str; 5] = ["__eq__", "__lt__", "__le__", "__gt__", "__ge__"];

impl Checker<'_, '_> {
    /// Rejects an operation of the runtime (`what`: comparing containers,
    /// `in`, `list.index`, sorting) that would compare values of type `ty`
    /// holding optional instances of a class with a comparison method the
    /// user wrote: CPython would call it with `None` (as the reflected
    /// operand), which its typed `other` cannot receive. (A dataclass's
    /// generated methods return `NotImplemented` for `None`, as the runtime
    /// assumes.) Returns whether it was rejected.
    pub fn reject_runtime_comparison(&mut self, ty: Ty, span: Span, what: &str) -> bool {
        let mut classes = Vec::new();
        optional_instance_types(ty, &mut classes);
        let Some(c) = classes.into_iter().find(|c| self.compares_with_user_methods(*c)) else { return false };
        let msg = format!(
            "{what} on a {ty} is not supported yet: '{}' defines comparison methods, which CPython would call with None",
            c.name
        );
        self.error(span, msg);
        true
    }

    /// Whether some class in `c`'s range has an ordering method (`__lt__`,
    /// `__le__`, `__gt__`, `__ge__`), so sorting its instances can work.
    pub(crate) fn orders_specially(&self, c: ClassId) -> bool {
        let Some((_, info)) = self.env.classes.by_id(c) else { return false };
        let (lo, hi) = (info.id.index, info.end);
        self.env.classes.infos.iter().filter(|k| k.id.index >= lo && k.id.index < hi).any(|k| {
            COMPARISONS[1..].iter().any(|name| k.methods.contains_key(*name))
        })
    }

    /// Whether some class in `c`'s range has a comparison method that is not
    /// one a `@dataclass` generated.
    fn compares_with_user_methods(&self, c: ClassId) -> bool {
        let Some((_, info)) = self.env.classes.by_id(c) else { return false };
        let (lo, hi) = (info.id.index, info.end);
        let scan = &self.env.scan;
        let generated = |name: &str, func: FuncId| {
            let owner = scan.functions.get(func.0 as usize).and_then(|f| f.owner);
            let dataclass = owner.and_then(|o| scan.classes[o].dataclass);
            dataclass.is_some_and(|dc| if name == "__eq__" { dc.generated_eq } else { dc.order })
        };
        self.env.classes.infos.iter().filter(|k| k.id.index >= lo && k.id.index < hi).any(|k| {
            COMPARISONS.iter().any(|name| k.methods.get(*name).is_some_and(|m| !generated(name, m.func)))
        })
    }
}
