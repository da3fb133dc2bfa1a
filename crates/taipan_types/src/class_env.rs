//! User classes as the checker knows them: declared by the scan
//! ([`scan_class`]), then numbered, given their fields, methods and constants
//! ([`Classes`]) before any body is checked.
//!
//! Every field is known at compile time (class-body annotations and `self.x =
//! ...` in `__init__`), so an instance is a fixed struct. The constructor must
//! assign every field before `self` is used in any other way (see
//! [`check_init_assigns_fields`]), so no field is ever read before it is set.

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::name_of;
use crate::annotation;
use crate::env::FuncSig;
use crate::hir::{self, Const, FuncId, Ty};
use crate::scan::{FuncDecl, ModuleScan};
use crate::types::ClassId;

/// The special methods a class may define: the ones the checker maps to
/// operators on an instance operand (`class_expr.rs::operator_call`,
/// `special_methods.rs`), and `__hash__`, which only the runtime calls
/// (`runtime_specials.rs`). Others (`__iter__`, ...) are rejected until the
/// compiler maps them.
pub(crate) const SUPPORTED_SPECIAL_METHODS: &[&str] = &[
    "__init__",
    "__str__",
    "__repr__",
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__lshift__",
    "__rshift__",
    "__and__",
    "__or__",
    "__xor__",
    "__matmul__",
    // Reflected and in-place forms, and the other unary operators:
    // `operator_methods.rs`.
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__rlshift__",
    "__rrshift__",
    "__rand__",
    "__ror__",
    "__rxor__",
    "__rmatmul__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__imatmul__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__neg__",
    "__getitem__",
    "__setitem__",
    "__contains__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__len__",
    "__bool__",
    "__hash__",
    // With `__iter__` returning `self`: `iter_protocol.rs`.
    "__next__",
    // Written as a generator (`generator_fn.rs`); other forms never get
    // here (`iter_protocol::scan_iter_method`).
    "__iter__",
    // Called by `with` statements: `with_stmt.rs`.
    "__enter__",
    "__exit__",
    // Called last by a dataclass's generated `__init__` (`dataclass.rs`);
    // elsewhere an ordinary method, as in CPython.
    "__post_init__",
];

/// The special methods an exception class may define: `__str__` is what
/// `str(e)`, `print(e)` and the uncaught-exception line show.
pub(crate) const EXCEPTION_SPECIAL_METHODS: &[&str] = &["__init__", "__str__"];

/// A `class` statement at the top level of the module.
pub(crate) struct ClassDecl<'a> {
    pub name: String,
    pub def: &'a ast::StmtClassDef,
    pub stmt_index: usize,
    pub span: Span,
    /// The base class (index into `ModuleScan::classes`).
    pub base: Option<usize>,
    /// Its methods: name and index into `ModuleScan::functions`.
    pub methods: Vec<(String, usize)>,
    /// For a `@dataclass`: what its decorator asked for.
    pub dataclass: Option<crate::dataclass::DataclassInfo>,
    /// For an exception class (`class AppError(Exception)`): the exception
    /// class it defines. Its instances are exception objects, typed
    /// `Ty::Exception`; its name resolves as an exception, not through
    /// `ModuleScan::class_index`.
    pub exception: Option<&'static crate::hir::UserExc>,
    /// For an enum class (`class Color(Enum)`): its members (`enum_class.rs`).
    pub enum_info: Option<&'static crate::enum_class::EnumInfo>,
}

/// How a method is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MethodKind {
    /// `self` first.
    Instance,
    /// `@staticmethod`: no `self`.
    Static,
    /// `@classmethod`: called like a static method; its first parameter
    /// (`cls`) names the class itself (only classes without subclasses
    /// have them, so `cls` is always that class).
    Class,
    /// `@property`: a getter read as an attribute.
    Property,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct MethodInfo {
    pub func: FuncId,
    pub kind: MethodKind,
}

/// A class with everything the checker needs (inherited members included).
pub(crate) struct ClassInfo {
    pub id: ClassId,
    /// One past the last id of its subclasses: `id.index .. end` is the class
    /// and its subclasses.
    pub end: u32,
    pub base: Option<usize>,
    pub fields: Vec<hir::Field>,
    pub methods: HashMap<String, MethodInfo>,
    pub constants: HashMap<String, Const>,
    /// Class attributes whose value is not a literal (`items: list[str] =
    /// []`, `ORIGIN = Point(0, 0)`), by type: each is one object, held by a
    /// hidden module global (`class_attrs.rs`, `class_vars.rs`).
    pub attrs: HashMap<String, Ty>,
}

/// The module's classes, by declaration index (as `ModuleScan::classes`).
#[derive(Default)]
pub(crate) struct Classes {
    pub infos: Vec<ClassInfo>,
    /// Per class: the exception class it is, if it is one.
    pub exceptions: Vec<Option<&'static hir::UserExc>>,
}

/// Decorators a method may have.
fn method_kind(def: &ast::StmtFunctionDef, diags: &mut Vec<Diagnostic>) -> MethodKind {
    let mut kind = MethodKind::Instance;
    for d in &def.decorator_list {
        match d {
            ast::Expr::Name(n) if n.id.as_str() == "staticmethod" => kind = MethodKind::Static,
            ast::Expr::Name(n) if n.id.as_str() == "property" => kind = MethodKind::Property,
            ast::Expr::Name(n) if n.id.as_str() == "classmethod" => kind = MethodKind::Class,
            // Checked by `abstract_methods::check_class`; no effect on the call.
            d if crate::abstract_methods::is_abstractmethod_decorator(d) => {}
            // A property's setter is an instance method (`property_setter.rs`).
            ast::Expr::Attribute(a) if a.attr.as_str() == "setter" && matches!(&*a.value, ast::Expr::Name(_)) => {}
            _ => diags.push(Diagnostic::error(span_of(d), "this decorator is not supported yet")),
        }
    }
    kind
}

/// The kind of a method, without reporting (the scan reported already).
pub(crate) fn kind_of(def: &ast::StmtFunctionDef) -> MethodKind {
    method_kind(def, &mut Vec::new())
}

/// Records a `class` statement and its methods (as functions named `C.m`).
pub(crate) fn scan_class<'a>(
    class: &'a ast::StmtClassDef,
    stmt_index: usize,
    scan: &mut ModuleScan<'a>,
    diags: &mut Vec<Diagnostic>,
) {
    scan_class_or_exception(class, stmt_index, scan, diags, None);
}

/// [`scan_class`], also for an exception class (`exception`, registered by
/// `exceptions::scan_exception_class`), whose base is an exception class.
pub(crate) fn scan_class_or_exception<'a>(
    class: &'a ast::StmtClassDef,
    stmt_index: usize,
    scan: &mut ModuleScan<'a>,
    diags: &mut Vec<Diagnostic>,
    exception: Option<&'static crate::hir::UserExc>,
) {
    let name = class.name.to_string();
    let span = span_of(class);
    let shadows_exception = exception.is_none() && crate::exceptions::exception_named(&name).is_some();
    if scan.class_index.contains_key(&name) || scan.function_index.contains_key(&name) || shadows_exception {
        diags.push(Diagnostic::error(span, format!("redefinition of '{name}' is not supported yet")));
        return;
    }
    crate::slots::check_conflicts(class, diags);
    // An enum is rewritten into a plain class first (`enum_class.rs`).
    let enum_expanded = if exception.is_none() { crate::enum_class::expand_in_scan(class, scan, diags) } else { None };
    let (class, enum_info) = match enum_expanded {
        Some((expanded, info)) => (expanded, info),
        None => (class, None),
    };
    let expanded = if exception.is_none() { crate::dataclass::expand_in_scan(class, scan, diags) } else { None };
    let (class, dataclass) = match expanded {
        Some((expanded, info)) => (expanded, Some(info)),
        None => (class, None),
    };
    if let Some(d) = class.decorator_list.first() {
        diags.push(Diagnostic::error(span_of(d), "class decorators are not supported yet"));
    }
    if let Some(k) = class.keywords.first() {
        diags.push(Diagnostic::error(span_of(k), "class keywords (metaclass=...) are not supported yet"));
    }
    let mut base = None;
    match class.bases.as_slice() {
        // A user exception base is a class; a built-in one adds no members.
        _ if exception.is_some() => {
            base = exception.and_then(|e| match e.base {
                crate::hir::ExcClass::User(b) => Some(b.decl as usize),
                crate::hir::ExcClass::Builtin(_) => None,
            })
        }
        [] => {}
        [ast::Expr::Name(n)] if n.id.as_str() == "object" => {}
        // `ABC` adds nothing to the layout: `abstract_methods.rs`.
        [b] if crate::abstract_methods::is_abc_base(b, scan) => {}
        [ast::Expr::Name(n)] => match scan.class_index.get(n.id.as_str()) {
            // Rejected by `dataclass::plain_subclass`, which said why.
            Some(&b) if scan.classes[b].dataclass.is_some() && dataclass.is_none() => {}
            Some(&b) => base = Some(b),
            None if crate::exceptions::builtin_exception(n.id.as_str()).is_some() => diags.push(Diagnostic::error(
                span_of(&class.bases[0]),
                "subclassing built-in exceptions is not supported yet",
            )),
            None => diags.push(Diagnostic::error(
                span_of(&class.bases[0]),
                format!("base class '{}' must be a class defined earlier in the module", n.id),
            )),
        },
        [one] => diags.push(Diagnostic::error(span_of(one), "this base class is not supported yet")),
        [_, second, ..] => diags.push(Diagnostic::error(span_of(second), "multiple inheritance is not supported yet")),
    }
    let index = scan.classes.len();
    let mut methods = Vec::new();
    for stmt in &class.body {
        match stmt {
            // Iterating the instance iterates a field: `iter_protocol.rs`.
            ast::Stmt::FunctionDef(def) if crate::iter_protocol::scan_iter_method(def, diags) => {}
            ast::Stmt::FunctionDef(def) => {
                let mname = match crate::property_setter::setter_of(def) {
                    Some(property) if property == def.name.as_str() && methods.iter().any(|(m, _)| *m == property) => {
                        crate::property_setter::setter_name(property)
                    }
                    Some(property) => {
                        let msg = format!("'{property}.setter' must decorate a method named '{property}' after its @property");
                        diags.push(Diagnostic::error(span_of(stmt), msg));
                        continue;
                    }
                    None => def.name.to_string(),
                };
                if methods.iter().any(|(m, _)| *m == mname) {
                    let msg = format!("redefinition of method '{mname}' is not supported yet");
                    diags.push(Diagnostic::error(span_of(stmt), msg));
                    continue;
                }
                if method_kind(def, diags) == MethodKind::Class && exception.is_some() {
                    // `cls(...)` would have to make an exception object.
                    let msg = "classmethods of exception classes are not supported yet";
                    diags.push(Diagnostic::error(span_of(stmt), msg));
                }
                // Other dunders change what operators, `in`, `hash()`, truthiness
                // or `sorted` do, which the compiler does not map yet: accepting
                // them as plain methods would silently ignore them.
                let dunder = mname.starts_with("__") && mname.ends_with("__");
                // Operators never apply to exception objects, and their repr is
                // the runtime's (`AppError(404, 'x')`), so only these matter.
                let supported = match exception {
                    Some(_) => EXCEPTION_SPECIAL_METHODS.contains(&mname.as_str()),
                    None => SUPPORTED_SPECIAL_METHODS.contains(&mname.as_str()),
                };
                if dunder && !supported {
                    let of = if exception.is_some() { " of an exception class" } else { "" };
                    let msg = format!("special method '{mname}'{of} is not supported yet");
                    diags.push(Diagnostic::error(span_of(stmt), msg));
                }
                methods.push((mname.clone(), scan.functions.len()));
                scan.functions.push(FuncDecl {
                    name: format!("{name}.{mname}"),
                    owner: Some(index),
                    def,
                    stmt_index,
                    span: span_of(stmt),
                });
            }
            ast::Stmt::Pass(_) | ast::Stmt::AnnAssign(_) | ast::Stmt::Assign(_) => {}
            ast::Stmt::Expr(e) if matches!(&*e.value, ast::Expr::Constant(_)) => {}
            _ => diags.push(Diagnostic::error(span_of(stmt), "this statement in a class body is not supported yet")),
        }
    }
    crate::classmethods::copy_inherited(index, &name, base, stmt_index, &mut methods, scan);
    if exception.is_none() {
        scan.class_index.insert(name.clone(), index);
    }
    scan.classes.push(ClassDecl { name, def: class, stmt_index, span, base, methods, dataclass, exception, enum_info });
    crate::abstract_methods::check_class(index, scan, diags);
}

impl Classes {
    /// Numbers the classes (preorder of the inheritance tree, so a class and
    /// its subclasses have contiguous ids) and makes their names known to
    /// annotations. Members come later, in [`Classes::resolve_members`].
    pub fn number(scan: &ModuleScan<'_>) -> Classes {
        let n = scan.classes.len();
        let mut ids = vec![0u32; n];
        let mut ends = vec![0u32; n];
        let mut next = 0u32;
        fn visit(c: usize, scan: &ModuleScan<'_>, next: &mut u32, ids: &mut [u32], ends: &mut [u32]) {
            ids[c] = *next;
            *next += 1;
            for (child, decl) in scan.classes.iter().enumerate() {
                if decl.base == Some(c) {
                    visit(child, scan, next, ids, ends);
                }
            }
            ends[c] = *next;
        }
        for (c, decl) in scan.classes.iter().enumerate() {
            if decl.base.is_none() {
                visit(c, scan, &mut next, &mut ids, &mut ends);
            }
        }
        let infos: Vec<ClassInfo> = scan
            .classes
            .iter()
            .enumerate()
            .map(|(c, decl)| ClassInfo {
                id: ClassId::new(ids[c], &decl.name),
                end: ends[c],
                base: decl.base,
                fields: Vec::new(),
                methods: HashMap::new(),
                constants: HashMap::new(),
                attrs: HashMap::new(),
            })
            .collect();
        // Exception classes are named as exceptions (`Ty::Exception`).
        let names = infos
            .iter()
            .zip(&scan.classes)
            .filter(|(_, decl)| decl.exception.is_none())
            .map(|(i, _)| (i.id.name.to_string(), i.id))
            .collect();
        annotation::set_class_names(names);
        Classes { infos, exceptions: scan.classes.iter().map(|d| d.exception).collect() }
    }

    /// The class with this id.
    pub fn by_id(&self, id: ClassId) -> Option<(usize, &ClassInfo)> {
        self.infos.iter().enumerate().find(|(_, c)| c.id == id)
    }

    /// Fields, methods and constants of every class (bases come first in the
    /// file, so their members are complete when a subclass copies them).
    pub fn resolve_members(&mut self, scan: &ModuleScan<'_>, sigs: &[FuncSig], diags: &mut Vec<Diagnostic>) {
        for (c, decl) in scan.classes.iter().enumerate() {
            let (mut fields, mut methods, mut constants, mut attrs) = match decl.base {
                Some(b) => {
                    let base = &self.infos[b];
                    (base.fields.clone(), base.methods.clone(), base.constants.clone(), base.attrs.clone())
                }
                None => (Vec::new(), HashMap::new(), HashMap::new(), HashMap::new()),
            };
            let n_inherited = fields.len();
            let classes: Vec<(ClassId, Vec<hir::Field>)> = self.infos.iter().map(|i| (i.id, i.fields.clone())).collect();
            let typer = crate::class_attrs::typer(scan, sigs, &classes);
            for stmt in &decl.def.body {
                class_body_member(stmt, scan, &typer, &mut fields, (&mut constants, &mut attrs), diags);
            }
            for (mname, f) in &decl.methods {
                let def = scan.functions[*f].def;
                let kind = kind_of(def);
                // A classmethod's copy (`classmethods.rs`) or one returning
                // `Self` may return its own class: it is never dispatched.
                // So may a dataclass's generated `__eq__` (`dataclass.rs`).
                let exempt = |old: FuncId| {
                    crate::classmethods::same_def(scan, old, FuncId(*f as u32))
                        || kind == MethodKind::Class && crate::classmethods::returns_self(def, scan)
                        || crate::dataclass::own_class_signature(decl.dataclass, mname)
                };
                if let Some(old) = methods.get(mname).filter(|old| !exempt(old.func)) {
                    check_override(&decl.name, mname, sigs, old.func, FuncId(*f as u32), scan.functions[*f].span, diags);
                }
                if kind == MethodKind::Property && def.args.args.len() != 1 {
                    let msg = format!("property '{mname}' must take only 'self'");
                    diags.push(Diagnostic::error(scan.functions[*f].span, msg));
                }
                methods.insert(mname.clone(), MethodInfo { func: FuncId(*f as u32), kind });
                if fields.iter().any(|fd| fd.name == *mname) || constants.contains_key(mname) || attrs.contains_key(mname) {
                    let msg = format!("'{mname}' is both a method and an attribute of class '{}'", decl.name);
                    diags.push(Diagnostic::error(span_of(def), msg));
                }
                if mname == "__init__" {
                    let classes: Vec<(ClassId, Vec<hir::Field>)> =
                        self.infos.iter().map(|i| (i.id, i.fields.clone())).collect();
                    // `self.p = v` of a property with a setter calls it.
                    let setters: Vec<String> = methods
                        .keys()
                        .map(String::as_str)
                        .chain(decl.methods.iter().map(|(m, _)| m.as_str()))
                        .filter_map(|m| m.strip_suffix(".setter").map(str::to_string))
                        .collect();
                    init_fields(def, sigs.get(*f), (scan, sigs, &classes), &setters, &mut fields, diags);
                }
            }
            crate::slots::check_fields(c, scan, &fields[n_inherited..], diags);
            let own_init = decl.methods.iter().find(|(m, _)| m == "__init__");
            match own_init {
                Some((_, f)) => {
                    check_init_assigns_fields(&decl.name, scan.functions[*f].def, &fields, n_inherited, decl.base.is_some(), diags)
                }
                None if fields.len() > n_inherited => {
                    let msg = format!("class '{}' declares fields but has no __init__ that assigns them", decl.name);
                    diags.push(Diagnostic::error(decl.span, msg));
                }
                None => {}
            }
            if decl.exception.is_some() {
                // The runtime calls it as `(exception) -> str`.
                if let Some((_, f)) = decl.methods.iter().find(|(m, _)| m == "__str__") {
                    let instance = kind_of(scan.functions[*f].def) == MethodKind::Instance;
                    let fits = |sig: &FuncSig| sig.params.len() == 1 && matches!(sig.ret, Ty::Str | Ty::Unknown);
                    if !instance || !sigs.get(*f).is_none_or(fits) {
                        let msg = format!("{}.__str__ must take only 'self' and return str", decl.name);
                        diags.push(Diagnostic::error(scan.functions[*f].span, msg));
                    }
                }
                let builtin = ["args", "with_traceback", "add_note", "__traceback__", "__cause__", "__context__"];
                let own = fields.iter().map(|f| f.name.as_str()).chain(methods.keys().map(String::as_str));
                if let Some(name) = own.chain(constants.keys().map(String::as_str)).find(|n| builtin.contains(n)) {
                    let msg = format!("'{name}' of exception class '{}' would replace BaseException's (not supported)", decl.name);
                    diags.push(Diagnostic::error(decl.span, msg));
                }
            }
            let info = &mut self.infos[c];
            info.fields = fields;
            info.methods = methods;
            info.constants = constants;
            info.attrs = attrs;
        }
    }

    /// `name` as seen through a receiver of class `c`: the function `c` uses
    /// and the overrides its subclasses define (most specific first).
    pub fn method_ref(&self, c: usize, name: &str) -> Option<(MethodInfo, Vec<hir::Override>)> {
        let info = &self.infos[c];
        let method = *info.methods.get(name)?;
        let mut overrides = Vec::new();
        let mut subclasses: Vec<&ClassInfo> =
            self.infos.iter().filter(|d| d.id.index > info.id.index && d.id.index < info.end).collect();
        subclasses.sort_by_key(|d| std::cmp::Reverse(d.id.index));
        for d in subclasses {
            let Some(m) = d.methods.get(name) else { continue };
            // Only where a subclass defines the method itself: the ones that
            // inherit it are covered by the range of the class they inherit from.
            let parent_func = d.base.and_then(|b| self.infos[b].methods.get(name)).map(|p| p.func);
            if parent_func != Some(m.func) {
                overrides.push(hir::Override { lo: d.id.index, hi: d.end, func: m.func });
            }
        }
        Some((method, overrides))
    }

    /// The text method (`effective` of each class) as seen through class `c`.
    fn text_method(&self, c: usize, effective: &dyn Fn(&ClassInfo) -> Option<FuncId>) -> hir::TextMethod {
        let info = &self.infos[c];
        let mut subclasses: Vec<&ClassInfo> =
            self.infos.iter().filter(|d| d.id.index > info.id.index && d.id.index < info.end).collect();
        subclasses.sort_by_key(|d| std::cmp::Reverse(d.id.index));
        let overrides = subclasses
            .into_iter()
            .filter(|d| d.base.map(|b| effective(&self.infos[b])) != Some(effective(d)))
            .map(|d| (d.id.index, d.end, effective(d)))
            .collect();
        hir::TextMethod { func: effective(info), overrides }
    }

    /// Field `name` of class `c`: its slot and type.
    pub fn field(&self, c: usize, name: &str) -> Option<(u32, Ty)> {
        let info = &self.infos[c];
        info.fields.iter().position(|f| f.name == name).map(|i| (i as u32, info.fields[i].ty))
    }

    /// The HIR classes, by id.
    pub fn hir_classes(&self, module_name: &str) -> Vec<hir::Class> {
        let mut classes: Vec<hir::Class> = (0..self.infos.len())
            .map(|c| {
                let info = &self.infos[c];
                let str_of = |k: &ClassInfo| k.methods.get("__str__").or(k.methods.get("__repr__")).map(|m| m.func);
                let repr_of = |k: &ClassInfo| k.methods.get("__repr__").map(|m| m.func);
                // `BaseException.__str__` comes before any `__repr__`, and an
                // exception's repr is always the runtime's.
                let exc_str_of = |k: &ClassInfo| k.methods.get("__str__").map(|m| m.func);
                let exception = self.exceptions.get(c).copied().flatten();
                hir::Class {
                    id: info.id,
                    qualname: format!("{module_name}.{}", info.id.name),
                    fields: info.fields.clone(),
                    str_method: self.text_method(c, if exception.is_some() { &exc_str_of } else { &str_of }),
                    repr_method: self.text_method(c, if exception.is_some() { &|_: &ClassInfo| None } else { &repr_of }),
                    exception,
                    // Filled by `runtime_specials::fill`.
                    runtime: Default::default(),
                }
            })
            .collect();
        classes.sort_by_key(|c| c.id.index);
        classes
    }
}

/// A member declared in the class body: `x: T` (a field), `K = constant`
/// (a class constant; `K: T = constant` too) or `K = value` (a class
/// attribute holding an object: `class_attrs.rs`).
fn class_body_member(
    stmt: &ast::Stmt,
    scan: &ModuleScan<'_>,
    typer: &crate::field_infer::FieldTyper<'_, '_>,
    fields: &mut Vec<hir::Field>,
    (constants, attrs): (&mut HashMap<String, Const>, &mut HashMap<String, Ty>),
    diags: &mut Vec<Diagnostic>,
) {
    let (target, value, ann) = match stmt {
        // `K: ClassVar[T] = v` is `K: T = v`, always a class attribute.
        ast::Stmt::AnnAssign(a) => match crate::class_var_decl::class_var_inner(&a.annotation, &scan.imports) {
            Some(_) if a.value.is_none() => {
                let msg = "a ClassVar without a value is not supported (assign it in the class body)";
                diags.push(Diagnostic::error(span_of(stmt), msg));
                return;
            }
            Some(inner) => (&*a.target, a.value.as_deref(), inner),
            None => (&*a.target, a.value.as_deref(), Some(&*a.annotation)),
        },
        ast::Stmt::Assign(a) if a.targets.len() == 1 => (&a.targets[0], Some(&*a.value), None),
        ast::Stmt::Assign(a) => {
            diags.push(Diagnostic::error(span_of(&a.targets[1]), "chained assignments in a class body are not supported yet"));
            return;
        }
        _ => return,
    };
    let ast::Expr::Name(n) = target else {
        diags.push(Diagnostic::error(span_of(target), "only names can be assigned in a class body"));
        return;
    };
    let name = n.id.to_string();
    if name == "__slots__" {
        // Every instance has a fixed layout already: the names only need to
        // be the literal strings CPython requires.
        let names_ok = match value {
            Some(ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. })) => {
                elts.iter().all(|e| matches!(literal(e), Some(Const::Str(_))))
            }
            Some(e) => matches!(literal(e), Some(Const::Str(_))),
            None => false,
        };
        if !names_ok {
            diags.push(Diagnostic::error(span_of(stmt), "__slots__ must be a tuple or list of str literals"));
        }
        return;
    }
    let declared = ann.and_then(|a| annotation::resolve(a, &scan.imports, diags)).and_then(|a| a.ty);
    match value {
        None => {
            let Some(ty) = declared else { return };
            if let Some(old) = fields.iter_mut().find(|f| f.name == name) {
                if old.ty != ty {
                    let msg = format!("field '{name}' is redeclared with type {ty} (was {})", old.ty);
                    diags.push(Diagnostic::error(span_of(stmt), msg));
                }
                return;
            }
            fields.push(hir::Field { name, ty });
        }
        Some(v) => match literal(v) {
            Some(c) => {
                if let Some(ty) = declared {
                    let ok = c.ty() == ty || (ty == Ty::Float && c.ty() == Ty::Int);
                    if !ok {
                        diags.push(Diagnostic::error(span_of(v), format!("expected {ty}, found {}", c.ty())));
                        return;
                    }
                    if let (Ty::Float, Const::Int(i)) = (ty, &c) {
                        attrs.remove(&name);
                        constants.insert(name, Const::Float(*i as f64));
                        return;
                    }
                }
                attrs.remove(&name);
                constants.insert(name, c);
            }
            None => {
                if let Some(ty) = crate::class_attrs::attr_type(&name, v, declared, typer, diags) {
                    constants.remove(&name);
                    attrs.insert(name, ty);
                }
            }
        },
    }
}

/// The value of a literal class constant (`3`, `-2.5`, `"s"`, `True`).
fn literal(e: &ast::Expr) -> Option<Const> {
    match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Int(i) => i.to_string().parse().ok().map(Const::Int),
            ast::Constant::Float(f) => Some(Const::Float(*f)),
            ast::Constant::Bool(b) => Some(Const::Bool(*b)),
            ast::Constant::Str(s) => Some(Const::Str(s.clone())),
            _ => None,
        },
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match literal(&u.operand)? {
            Const::Int(i) => i.checked_neg().map(Const::Int),
            Const::Float(f) => Some(Const::Float(-f)),
            _ => None,
        },
        _ => None,
    }
}

/// The name of the first parameter (`self`) of a method.
pub(crate) fn self_name(def: &ast::StmtFunctionDef) -> Option<&str> {
    // (`self` may be positional-only: `def __eq__(self, other, /)`.)
    def.args.posonlyargs.iter().chain(&def.args.args).next().map(|a| a.def.arg.as_str())
}

/// `self.x = value` / `self.x: T = value` (anywhere in `__init__`): the target
/// field and the statement's annotation and value.
fn self_assignment<'s>(stmt: &'s ast::Stmt, self_name: &str) -> Option<(&'s str, Option<&'s ast::Expr>, &'s ast::Expr)> {
    let (target, ann, value) = match stmt {
        // (In a chained assignment, its first `self.x` target.)
        ast::Stmt::Assign(a) => {
            let is_self_attr =
                |t: &&ast::Expr| matches!(t, ast::Expr::Attribute(at) if matches!(&*at.value, ast::Expr::Name(n) if n.id.as_str() == self_name));
            (a.targets.iter().find(is_self_attr)?, None, &*a.value)
        }
        ast::Stmt::AnnAssign(a) => (&*a.target, Some(&*a.annotation), a.value.as_deref()?),
        _ => return None,
    };
    let ast::Expr::Attribute(attr) = target else { return None };
    match &*attr.value {
        ast::Expr::Name(n) if n.id.as_str() == self_name => Some((attr.attr.as_str(), ann, value)),
        _ => None,
    }
}

/// Fields declared by `self.x = ...` in `__init__`, typed by an annotation, or
/// else by the parameter or literal assigned.
fn init_fields(
    def: &ast::StmtFunctionDef,
    sig: Option<&FuncSig>,
    (scan, sigs, classes): (&ModuleScan<'_>, &[FuncSig], &[(ClassId, Vec<hir::Field>)]),
    setters: &[String],
    fields: &mut Vec<hir::Field>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(self_name) = self_name(def) else { return };
    let mut stmts = Vec::new();
    collect_stmts(&def.body, &mut stmts);
    // Parameters, then the locals assigned before each statement.
    let mut names: HashMap<String, Ty> = HashMap::new();
    for p in sig.map_or(&[][..], |s| &s.params[..]).iter().skip(1) {
        names.insert(p.name.clone(), p.ty);
    }
    let mut pending: Vec<PendingField<'_>> = Vec::new();
    for stmt in stmts.iter().copied() {
        if !pending.is_empty() {
            let typer = crate::field_infer::FieldTyper { scan, sigs, classes, names: names.clone(), self_name, fields };
            let filled: Vec<(usize, Ty)> = pending
                .iter()
                .enumerate()
                .filter_map(|(i, p)| crate::field_partial::filled_type(p.value, stmt, self_name, p.name, &typer).map(|t| (i, t)))
                .collect();
            for (i, ty) in filled.into_iter().rev() {
                let p = pending.remove(i);
                if !fields.iter().any(|f| f.name == p.name) {
                    fields.insert(p.position.min(fields.len()), hir::Field { name: p.name.to_string(), ty });
                    for later in pending.iter_mut().filter(|l| l.position >= p.position) {
                        later.position += 1;
                    }
                }
            }
        }
        // The names a `for` loop binds (`for i, w in enumerate(words)`).
        if let ast::Stmt::For(f) = stmt {
            let typer = crate::field_infer::FieldTyper { scan, sigs, classes, names: names.clone(), self_name, fields };
            let bound = typer.for_targets(f);
            for n in crate::scan::target_names(&f.target) {
                match bound.as_ref().and_then(|b| b.get(n)) {
                    Some(ty) => names.insert(n.to_string(), *ty),
                    None => names.remove(n),
                };
            }
        }
        // Locals the statement assigns (`x = ...`, `self.x = x = ...`).
        let (local_names, ann, value): (Vec<String>, _, _) = match stmt {
            ast::Stmt::Assign(a) => {
                let names = a.targets.iter().filter_map(|t| name_of(t).map(str::to_string)).collect();
                (names, None, Some(&*a.value))
            }
            ast::Stmt::AnnAssign(a) => match &*a.target {
                ast::Expr::Name(n) => (vec![n.id.to_string()], Some(&*a.annotation), a.value.as_deref()),
                _ => (Vec::new(), None, None),
            },
            _ => (Vec::new(), None, None),
        };
        if let (false, Some(value)) = (local_names.is_empty(), value) {
            let typer = crate::field_infer::FieldTyper { scan, sigs, classes, names: names.clone(), self_name, fields };
            let ty = match ann {
                Some(a) => annotation::resolve(a, &scan.imports, &mut Vec::new()).and_then(|a| a.ty),
                None => typer.ty(value),
            };
            for local in local_names {
                match ty {
                    Some(ty) => names.insert(local, ty),
                    None => names.remove(&local),
                };
            }
        }
        let Some((name, ann, value)) = self_assignment(stmt, self_name) else { continue };
        if ann.is_none() && setters.iter().any(|s| s == name) {
            continue;
        }
        let declared = ann.and_then(|a| annotation::resolve(a, &scan.imports, diags)).and_then(|a| a.ty);
        if let Some(old) = fields.iter().find(|f| f.name == name) {
            if let Some(ty) = declared {
                if ty != old.ty {
                    let msg = format!("field '{name}' is redeclared with type {ty} (was {})", old.ty);
                    diags.push(Diagnostic::error(span_of(stmt), msg));
                }
            }
            continue;
        }
        let inferred = declared.or_else(|| match value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. }) => Some(Ty::None),
            other => {
                let typer = crate::field_infer::FieldTyper { scan, sigs, classes, names: names.clone(), self_name, fields };
                typer.ty(other)
            }
        });
        if inferred.is_none() && crate::field_partial::is_empty_container(value) {
            // Typed by the statement that fills it, if one does (`field_partial.rs`).
            pending.push(PendingField { name, value, stmt, position: fields.len() });
            continue;
        }
        match inferred {
            Some(ty) if ty != Ty::Unknown && ty != Ty::None => fields.push(hir::Field { name: name.to_string(), ty }),
            Some(_) => {}
            None => diags.push(cannot_infer_field(stmt, name)),
        }
    }
    for p in pending {
        if !fields.iter().any(|f| f.name == p.name) {
            diags.push(cannot_infer_field(p.stmt, p.name));
        }
    }
}

/// A field assigned an empty container, waiting for the statement of
/// `__init__` that fills it; `position` is where it goes among the fields.
struct PendingField<'s> {
    name: &'s str,
    value: &'s ast::Expr,
    stmt: &'s ast::Stmt,
    position: usize,
}

fn cannot_infer_field(stmt: &ast::Stmt, name: &str) -> Diagnostic {
    Diagnostic::error(span_of(stmt), format!("cannot infer the type of field '{name}': annotate it (self.{name}: T = ...)"))
}

/// Every statement of a body, nested ones included, in source order.
fn collect_stmts<'s>(body: &'s [ast::Stmt], out: &mut Vec<&'s ast::Stmt>) {
    for stmt in body {
        out.push(stmt);
        for_each_child(Node::Stmt(stmt), &mut |child| {
            if let Node::Stmt(s) = child {
                collect_stmts(std::slice::from_ref(s), out);
            }
        });
    }
}

/// Whether the name occurs anywhere in the node.
fn mentions(node: Node<'_>, name: &str) -> bool {
    if let Node::Expr(ast::Expr::Name(n)) = node {
        if n.id.as_str() == name {
            return true;
        }
    }
    let mut found = false;
    for_each_child(node, &mut |child| found = found || mentions(child, name));
    found
}

/// Every field must be assigned by the leading statements of `__init__` that
/// are `self.f = <value not using self>`, `super().__init__(<args not using
/// self>)` (assigning the inherited fields), or do not use `self` at all.
/// After that prefix the instance may escape (`self` passed, a method called),
/// so every field must hold a value of its type by then.
fn check_init_assigns_fields(
    class: &str,
    def: &ast::StmtFunctionDef,
    fields: &[hir::Field],
    n_inherited: usize,
    has_base: bool,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(self_name) = self_name(def) else { return };
    let mut assigned = vec![false; fields.len()];
    if !has_base {
        assigned[..n_inherited].iter_mut().for_each(|a| *a = true);
    }
    for stmt in &def.body {
        // Reading a field already assigned is safe: it has its value.
        let unsafe_use = |node: Node<'_>, assigned: &[bool]| {
            !reads_only_assigned_fields(node, self_name, &|f: &str| {
                fields.iter().position(|fd| fd.name == f).is_some_and(|i| assigned[i])
            })
        };
        if let Some((name, _, value)) = self_assignment(stmt, self_name) {
            if unsafe_use(Node::Expr(value), &assigned) {
                break;
            }
            match fields.iter().position(|f| f.name == name) {
                Some(i) => assigned[i] = true,
                // A property's setter: `self` escapes to it.
                None => break,
            }
            continue;
        }
        if is_super_init(stmt, self_name) {
            assigned[..n_inherited].iter_mut().for_each(|a| *a = true);
            continue;
        }
        if unsafe_use(Node::Stmt(stmt), &assigned) {
            break;
        }
    }
    let missing: Vec<&str> =
        fields.iter().zip(&assigned).filter(|(_, a)| !**a).map(|(f, _)| f.name.as_str()).collect();
    if let Some(first) = missing.first() {
        let msg = if n_inherited > 0 && fields[..n_inherited].iter().any(|f| f.name == *first) {
            format!(
                "{class}.__init__ must call super().__init__(...) before using 'self' otherwise, \
                 so that inherited field '{first}' is assigned"
            )
        } else {
            format!(
                "{class}.__init__ must assign field '{first}' before using 'self' otherwise \
                 (every field is assigned when the instance is made)"
            )
        };
        diags.push(Diagnostic::error(span_of(def), msg));
    }
}

/// Whether every use of `self_name` in the node reads a field for which
/// `assigned` holds (`self.x`, not `self.method()`, not `self` itself).
fn reads_only_assigned_fields(node: Node<'_>, self_name: &str, assigned: &dyn Fn(&str) -> bool) -> bool {
    match node {
        Node::Expr(ast::Expr::Attribute(a)) if matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == self_name) => {
            a.ctx == ast::ExprContext::Load && assigned(a.attr.as_str())
        }
        Node::Expr(ast::Expr::Name(n)) if n.id.as_str() == self_name => false,
        _ => {
            let mut ok = true;
            for_each_child(node, &mut |child| ok = ok && reads_only_assigned_fields(child, self_name, assigned));
            ok
        }
    }
}

/// `super().__init__(args)` whose arguments do not use `self`.
fn is_super_init(stmt: &ast::Stmt, self_name: &str) -> bool {
    let ast::Stmt::Expr(e) = stmt else { return false };
    let ast::Expr::Call(call) = &*e.value else { return false };
    let ast::Expr::Attribute(a) = &*call.func else { return false };
    if a.attr.as_str() != "__init__" || !is_super_call(&a.value) {
        return false;
    }
    !call.args.iter().any(|x| mentions(Node::Expr(x), self_name))
        && !call.keywords.iter().any(|k| mentions(Node::Expr(&k.value), self_name))
}

/// `super()` with no arguments.
pub(crate) fn is_super_call(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Call(c) => {
            matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "super") && c.args.is_empty() && c.keywords.is_empty()
        }
        _ => false,
    }
}

/// An override must take and return what the method it overrides does, so a
/// call through the base class type-checks for every subclass.
fn check_override(
    class: &str,
    method: &str,
    sigs: &[FuncSig],
    old: FuncId,
    new: FuncId,
    span: Span,
    diags: &mut Vec<Diagnostic>,
) {
    if method == "__init__" {
        return;
    }
    let (Some(old_sig), Some(new_sig)) = (sigs.get(old.index()), sigs.get(new.index())) else { return };
    let params = |s: &FuncSig| s.params.iter().skip(1).map(|p| p.ty).collect::<Vec<_>>();
    if params(old_sig) != params(new_sig) || old_sig.ret != new_sig.ret {
        let msg = format!(
            "{class}.{method} overrides {} with a different signature (parameter and return types must match)",
            old_sig.name
        );
        diags.push(Diagnostic::error(span, msg));
    }
}
