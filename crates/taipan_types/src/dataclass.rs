//! `@dataclass` (from `dataclasses import dataclass`): the class is rewritten
//! before the scan sees it, with the methods CPython's `dataclasses` module
//! would generate written out as Python and parsed (every generated node
//! carries the span of the decorator). The class is then an ordinary class.
//!
//! Generated, as in CPython 3.11 (unless the class defines them itself):
//! `__init__` (fields in order, with their defaults), `__repr__`
//! (`Point(x=1.0, y=2)`), `__eq__` (field by field), and with `order=True`
//! `__lt__`/`__le__`/`__gt__`/`__ge__` (the fields compared as tuples: the
//! first field that differs decides). `frozen=True` makes assigning a
//! field anywhere but in the generated `__init__` a compile error (CPython
//! raises `FrozenInstanceError` at run time).
//!
//! A dataclass may subclass a dataclass: the base's fields come first (a
//! field the subclass declares again keeps its place), and the generated
//! methods cover all of them. Each generated `__eq__` takes its own class
//! as `other`, unlike the one it overrides (exempt from the same-signature
//! rule for overrides): CPython's compares only instances of the very same
//! class, and taipan calls `__eq__` only for `a == b` whose left operand's
//! class has no subclasses, with a right operand of that class (calls that
//! would dispatch are rejected). Generated ordering methods likewise take
//! their own class; the runtime calls one (inherited or not) only with an
//! operand of the receiver's very class, as CPython's decline others
//! (`generated_ordering`, `runtime_ordering.rs`). A subclass with
//! `eq=False`/`repr=False` gets its own copy of the base's generated method
//! over the base's fields (`DataclassInfo::eq_fields`, `repr_fields`).
//! `ClassVar` annotations are class attributes, not fields. A dataclass may
//! also subclass a plain class (an `ABC` with abstract methods, say) whose
//! `__init__` assigns no fields: CPython's generated `__init__` does not
//! call the base's.

use crate::dataclass_field::FieldOptions;
use std::collections::HashMap;

use taipan_diagnostics::Diagnostic;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::scan::Imported;

/// What a dataclass's decorator asked for.
#[derive(Clone, Copy, Debug)]
struct Options {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    frozen: bool,
}

/// A dataclass as the rest of the checker needs to know it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct DataclassInfo {
    /// `frozen=True`: fields are assigned only by the generated `__init__`.
    pub frozen: bool,
    /// The `__init__` was generated (not written by the user).
    pub generated_init: bool,
    /// The `__eq__` was generated: it returns `NotImplemented` for an
    /// operand of another class (such as `None`), so `==` between optional
    /// instances is `a is b` when either is `None`.
    pub generated_eq: bool,
    /// `order=True`.
    pub order: bool,
    /// It defines or inherits `__post_init__`, which a generated `__init__`
    /// calls last.
    pub post_init: bool,
    /// Its fields, inherited ones first, for a dataclass subclassing it.
    pub fields: &'static [InheritedField],
    /// The fields the class's `__eq__` compares when it is one a dataclass
    /// generated (its own, or inherited through `eq=False`), and those its
    /// generated `__repr__` shows: CPython's methods use the fields of the
    /// class that generated them.
    pub eq_fields: Option<&'static [InheritedField]>,
    pub repr_fields: Option<&'static [InheritedField]>,
    /// A `typing.NamedTuple` compiled as a dataclass (`named_tuple.rs`),
    /// which CPython's `dataclasses` functions do not take.
    pub named_tuple: bool,
}

impl DataclassInfo {
    /// The fields' names, in order (`dataclasses.fields()`).
    pub(crate) fn field_names(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.name.clone()).collect()
    }

    /// Whether field `name` is a parameter of the generated `__init__`
    /// (`None`: no such field).
    pub(crate) fn field_init(&self, name: &str) -> Option<bool> {
        self.fields.iter().find(|f| f.name == name).map(|f| f.options.init)
    }
}

/// A field as a subclass inherits it: its annotation and default.
#[derive(Debug)]
pub(crate) struct InheritedField {
    name: String,
    annotation: ast::Expr,
    default: Option<ast::Expr>,
    options: FieldOptions,
}

/// One field: its name, annotation, default and `field()` options.
struct FieldDecl<'a> {
    name: String,
    annotation: &'a ast::Expr,
    default: Option<&'a ast::Expr>,
    options: FieldOptions,
}

/// Whether `d` names `dataclasses.dataclass` (bare or called with options).
fn is_dataclass_decorator(d: &ast::Expr, imports: &HashMap<String, Imported>) -> bool {
    let callee = match d {
        ast::Expr::Call(c) => &*c.func,
        other => other,
    };
    matches!(callee, ast::Expr::Name(n) if matches!(imports.get(n.id.as_str()), Some(Imported::Dataclasses(m)) if m == "dataclass")
        || n.id.as_str() == crate::named_tuple::MARKER)
}

/// [`expand`] with the base dataclass `class` names, if it has one.
pub(crate) fn expand_in_scan<'a>(
    class: &'a ast::StmtClassDef,
    scan: &crate::scan::ModuleScan<'a>,
    diags: &mut Vec<Diagnostic>,
) -> Option<(&'a ast::StmtClassDef, DataclassInfo)> {
    if crate::named_tuple::is_named_tuple(class, &scan.imports) {
        return expand(crate::named_tuple::as_dataclass(class)?, &scan.imports, None, false, diags);
    }
    let base = match class.bases.as_slice() {
        [ast::Expr::Name(n)] => scan.class_index.get(n.id.as_str()).and_then(|&b| scan.classes[b].dataclass),
        _ => None,
    };
    match base {
        Some(base) if class.decorator_list.is_empty() => plain_subclass(class, base, diags),
        _ => expand(class, &scan.imports, base, scan.base_names.contains(class.name.as_str()), diags),
    }
}

/// A plain class subclassing a dataclass: it inherits the fields (CPython
/// finds `__dataclass_fields__` on it, so a dataclass subclassing it starts
/// from them) and the generated methods, which CPython's write for the
/// instance's own class (`Sub(x=1)`; only instances of the same class are
/// equal). Taipan's generated code names its class, so the subclass gets its
/// own `__repr__` and `__eq__` over the inherited fields.
fn plain_subclass<'a>(
    class: &'a ast::StmtClassDef,
    base: DataclassInfo,
    diags: &mut Vec<Diagnostic>,
) -> Option<(&'a ast::StmtClassDef, DataclassInfo)> {
    let at = class.bases.first().map_or(span_of(class), span_of);
    let name = class.name.as_str();
    if base.frozen {
        diags.push(Diagnostic::error(at, "a plain class subclassing a frozen dataclass is not supported yet"));
        return None;
    }
    let defines = |m: &str| class.body.iter().any(|s| matches!(s, ast::Stmt::FunctionDef(f) if f.name.as_str() == m));
    let repr_fields = base.repr_fields.filter(|_| !defines("__repr__"));
    let eq_fields = base.eq_fields.filter(|_| !defines("__eq__"));
    let mut source = String::new();
    if let Some(fields) = repr_fields {
        source.push_str(&repr_source(name, &as_decls(fields)));
    }
    if let Some(fields) = eq_fields {
        source.push_str(&eq_source(name, &as_decls(fields), true));
    }
    let mut expanded = class.clone();
    match taipan_syntax::parse_generated(&source, at) {
        Ok(suite) => expanded.body.extend(suite),
        Err(msg) => diags.push(Diagnostic::error(at, format!("internal error: generated dataclass code does not parse: {msg}"))),
    }
    let info = DataclassInfo {
        generated_init: false,
        generated_eq: eq_fields.is_some(),
        eq_fields,
        repr_fields,
        ..base
    };
    Some((Box::leak(Box::new(expanded)), info))
}

/// If `class` is a dataclass: the class with its generated methods (leaked,
/// like the interned types: the AST must live as long as the scan that
/// borrows it) and what the checker needs to know. Errors are reported; the
/// class keeps the fields and methods that were valid. `subclassed`: some
/// class statement names it as its base.
pub(crate) fn expand<'a>(
    class: &'a ast::StmtClassDef,
    imports: &HashMap<String, Imported>,
    base: Option<DataclassInfo>,
    subclassed: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<(&'a ast::StmtClassDef, DataclassInfo)> {
    let [decorator] = class.decorator_list.as_slice() else { return None };
    if !is_dataclass_decorator(decorator, imports) {
        return None;
    }
    let at = span_of(decorator);
    let options = options(decorator, diags);
    if let Some(base) = base {
        check_inheritance(&options, &base, at, diags);
    }
    let inherited = base.map_or(&[][..], |b| b.fields);
    let named_tuple = matches!(decorator, ast::Expr::Call(c) if matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == crate::named_tuple::MARKER));
    let fields = fields(class, inherited, imports, named_tuple, at, diags);
    let defined: Vec<&str> = class
        .body
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::FunctionDef(f) => Some(f.name.as_str()),
            _ => None,
        })
        .collect();
    let name = class.name.as_str();
    if options.order && !options.eq {
        diags.push(Diagnostic::error(at, "eq must be true if order is true"));
    }
    if options.order {
        for m in ["__lt__", "__le__", "__gt__", "__ge__"] {
            if defined.contains(&m) {
                let msg = format!("Cannot overwrite attribute {m} in class {name}. Consider using functools.total_ordering");
                diags.push(Diagnostic::error(at, msg));
            }
        }
    }
    let mut source = String::new();
    let post_init = defined.contains(&"__post_init__") || base.is_some_and(|b| b.post_init);
    let generate_init = options.init && !defined.contains(&"__init__");
    if generate_init {
        source.push_str(&init_source(&fields, post_init));
    }
    let generate_repr = options.repr && !defined.contains(&"__repr__");
    if generate_repr {
        source.push_str(&repr_source(name, &fields));
    }
    let generate_eq = options.eq && !defined.contains(&"__eq__");
    if generate_eq {
        source.push_str(&eq_source(name, &fields, base.is_some() || subclassed));
    }
    // `eq=False`/`repr=False` under a base with generated methods: CPython's
    // inherited ones compare and print the instance's own class with the
    // base's fields; taipan's generated code names its class, so the
    // subclass gets its own copy over those fields.
    let inherited_eq = base.and_then(|b| b.eq_fields).filter(|_| !generate_eq && !defined.contains(&"__eq__"));
    if let Some(eq_fields) = inherited_eq {
        source.push_str(&eq_source(name, &as_decls(eq_fields), true));
        // A frozen base's `__hash__` (of its compared fields) comes with it.
        if options.frozen && !defined.contains(&"__hash__") {
            source.push_str(&hash_source(&as_decls(eq_fields)));
        }
    }
    let inherited_repr = base.and_then(|b| b.repr_fields).filter(|_| !generate_repr && !defined.contains(&"__repr__"));
    if let Some(repr_fields) = inherited_repr {
        source.push_str(&repr_source(name, &as_decls(repr_fields)));
    }
    if options.order {
        for (method, op, all_equal) in [("__lt__", "<", false), ("__le__", "<=", true), ("__gt__", ">", false), ("__ge__", ">=", true)] {
            if !defined.contains(&method) {
                source.push_str(&order_source(name, &fields, method, op, all_equal));
            }
        }
    }
    // A frozen dataclass hashes its fields as a tuple (`runtime_specials.rs`);
    // with `compare=False` fields, only the compared ones: written out.
    if options.frozen && generate_eq && fields.iter().any(|f| !f.options.compare) && !defined.contains(&"__hash__") {
        source.push_str(&hash_source(&fields));
    }
    let generated = match taipan_syntax::parse_generated(&source, at) {
        Ok(suite) => suite,
        Err(msg) => {
            diags.push(Diagnostic::error(at, format!("internal error: generated dataclass code does not parse: {msg}")));
            let mut c = class.clone();
            c.decorator_list.clear();
            return Some((Box::leak(Box::new(c)), DataclassInfo::default()));
        }
    };
    let mut expanded = class.clone();
    expanded.decorator_list.clear();
    // Class-body defaults are the generated `__init__`'s defaults: the fields
    // are plain declarations (the rejected ones are dropped: reported once).
    // `ClassVar`s stay class attributes, with their values.
    expanded.body.retain(|stmt| match stmt {
        _ if crate::class_var_decl::is_class_var_decl(stmt, imports) => true,
        ast::Stmt::AnnAssign(a) => matches!(&*a.target, ast::Expr::Name(n) if fields.iter().any(|f| f.name == n.id.as_str())),
        _ => true,
    });
    for stmt in &mut expanded.body {
        let class_var = crate::class_var_decl::is_class_var_decl(stmt, imports);
        if let (ast::Stmt::AnnAssign(a), false) = (stmt, class_var) {
            a.value = None;
        }
    }
    for mut stmt in generated {
        if let ast::Stmt::FunctionDef(def) = &mut stmt {
            if def.name.as_str() == "__init__" {
                // The parameters' annotations and defaults are the fields' own.
                let init_fields = fields.iter().filter(|f| f.options.init);
                for (arg, field) in def.args.args.iter_mut().skip(1).zip(init_fields) {
                    arg.def.annotation = Some(Box::new(field.annotation.clone()));
                    arg.default = field.default.map(|d| Box::new(d.clone()));
                }
                // An `init=False` field is set from its default (a factory's
                // call makes a new value each time).
                for (body_stmt, field) in def.body.iter_mut().zip(&fields) {
                    let (ast::Stmt::Assign(assign), Some(default)) = (body_stmt, field.default) else { continue };
                    if !field.options.init {
                        let value = crate::dataclass_field::factory_call(default).unwrap_or_else(|| default.clone());
                        assign.value = Box::new(value);
                    }
                }
            }
        }
        expanded.body.push(stmt);
    }
    let inherited_by_subclasses: Vec<InheritedField> = fields
        .iter()
        .map(|f| InheritedField {
            name: f.name.clone(),
            annotation: f.annotation.clone(),
            default: f.default.cloned(),
            options: f.options,
        })
        .collect();
    let all_fields: &'static [InheritedField] = Box::leak(inherited_by_subclasses.into_boxed_slice());
    let info = DataclassInfo {
        frozen: options.frozen,
        generated_init: generate_init,
        generated_eq: generate_eq || inherited_eq.is_some(),
        eq_fields: if generate_eq { Some(all_fields) } else { inherited_eq },
        repr_fields: if generate_repr { Some(all_fields) } else { inherited_repr },
        order: options.order,
        post_init,
        fields: all_fields,
        named_tuple,
    };
    Some((Box::leak(Box::new(expanded)), info))
}

/// `@dataclass` or `@dataclass(order=True, frozen=True, ...)`.
fn options(decorator: &ast::Expr, diags: &mut Vec<Diagnostic>) -> Options {
    let mut o = Options { init: true, repr: true, eq: true, order: false, frozen: false };
    let ast::Expr::Call(call) = decorator else { return o };
    if let Some(a) = call.args.first() {
        diags.push(Diagnostic::error(span_of(a), "dataclass() takes its options as keywords"));
    }
    for k in &call.keywords {
        let Some(name) = k.arg.as_ref().map(|a| a.as_str()) else {
            diags.push(Diagnostic::error(span_of(k), "dataclass(**options) is not supported"));
            continue;
        };
        let value = match &k.value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(b), .. }) => *b,
            other => {
                diags.push(Diagnostic::error(span_of(other), format!("dataclass option '{name}' must be True or False")));
                continue;
            }
        };
        match name {
            "init" => o.init = value,
            "repr" => o.repr = value,
            "eq" => o.eq = value,
            "order" => o.order = value,
            "frozen" => o.frozen = value,
            other => diags.push(Diagnostic::error(span_of(k), format!("dataclass option '{other}' is not supported yet"))),
        }
    }
    o
}

/// The fields: the inherited ones, then the class body's annotated names,
/// in order (one the class declares again keeps its inherited place).
fn fields<'a>(
    class: &'a ast::StmtClassDef,
    inherited: &'a [InheritedField],
    imports: &HashMap<String, Imported>,
    named_tuple: bool,
    at: taipan_diagnostics::Span,
    diags: &mut Vec<Diagnostic>,
) -> Vec<FieldDecl<'a>> {
    let mut out: Vec<FieldDecl<'a>> = inherited
        .iter()
        .map(|f| FieldDecl { name: f.name.clone(), annotation: &f.annotation, default: f.default.as_ref(), options: f.options })
        .collect();
    for stmt in &class.body {
        let ast::Stmt::AnnAssign(a) = stmt else { continue };
        let ast::Expr::Name(n) = &*a.target else { continue };
        let name = n.id.to_string();
        let annotation = &*a.annotation;
        // A class attribute, not a field (`class_var_decl.rs`); CPython's
        // `NamedTuple` rejects it when the class is created.
        if crate::class_var_decl::is_class_var_decl(stmt, imports) {
            if named_tuple {
                let msg = "ClassVar is not valid in a NamedTuple (CPython: TypeError: typing.ClassVar[...] is not valid as type argument)";
                diags.push(Diagnostic::error(span_of(annotation), msg));
            }
            continue;
        }
        // CPython reads a field's default as the class attribute, which a
        // field declared again without one inherits from the base.
        let inherited_default = || inherited.iter().find(|f| f.name == name).and_then(|f| f.default.as_ref());
        let mut options = FieldOptions::default();
        let default = match a.value.as_deref().or_else(inherited_default) {
            Some(ast::Expr::Call(c)) if matches!(&*c.func, ast::Expr::Name(f) if f.id.as_str() == "field") => {
                match crate::dataclass_field::field_default(c, &name, &mut options, diags) {
                    Some(d) => d,
                    None => continue,
                }
            }
            d => d,
        };
        if !options.init && default.is_none() {
            let msg = format!("field {name} with init=False and no default is not supported (its attribute would be unset)");
            diags.push(Diagnostic::error(span_of(stmt), msg));
            continue;
        }
        if let Some(d) = default {
            let mutable = match d {
                ast::Expr::List(_) | ast::Expr::ListComp(_) => Some("list"),
                ast::Expr::Dict(_) | ast::Expr::DictComp(_) => Some("dict"),
                ast::Expr::Set(_) | ast::Expr::SetComp(_) => Some("set"),
                _ => None,
            };
            if let Some(kind) = mutable {
                let msg = format!("mutable default <class '{kind}'> for field {name} is not allowed: use default_factory");
                diags.push(Diagnostic::error(span_of(d), msg));
                continue;
            }
        } else if out.iter().take_while(|f| f.name != name).any(|f| f.default.is_some()) {
            diags.push(Diagnostic::error(span_of(stmt), format!("non-default argument '{name}' follows default argument")));
            continue;
        }
        if name == "self" {
            diags.push(Diagnostic::error(span_of(stmt), "a dataclass field named 'self' is not supported"));
            continue;
        }
        if let Some(i) = out.iter().position(|f| f.name == name) {
            if i < inherited.len() {
                out[i] = FieldDecl { name, annotation, default, options };
            }
            continue;
        }
        out.push(FieldDecl { name, annotation, default, options });
    }
    // A field redeclared with a default may now precede inherited fields
    // without one (reported at the decorator: the field is the base's).
    let first_default = out.iter().position(|f| f.default.is_some());
    if let Some(f) = first_default.and_then(|d| out[d..].iter().find(|f| f.default.is_none())) {
        if inherited.iter().any(|i| i.name == f.name) {
            diags.push(Diagnostic::error(at, format!("non-default argument '{}' follows default argument", f.name)));
            // The class is rejected; its generated `__init__` must still parse.
            out.iter_mut().for_each(|f| f.default = None);
        }
    }
    out
}

/// Whether method `name` of dataclass `info` was generated with a
/// signature naming its own class (`__eq__`), which may differ from the
/// method it overrides.
pub(crate) fn own_class_signature(info: Option<DataclassInfo>, name: &str) -> bool {
    info.is_some_and(|dc| (name == "__eq__" && dc.generated_eq) || (dc.order && ORDER_METHODS.contains(&name)))
}

/// The ordering methods `order=True` generates.
const ORDER_METHODS: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];

/// Whether method `f` is an ordering method a dataclass generated (its
/// class has `order=True`, which forbids writing them): CPython's compares
/// only instances of the receiver's very class, and returns
/// `NotImplemented` for others.
pub(crate) fn generated_ordering(env: &crate::env::ModuleEnv<'_>, f: crate::hir::FuncId) -> bool {
    let Some(decl) = env.scan.functions.get(f.index()) else { return false };
    let Some(owner) = decl.owner else { return false };
    let method = decl.name.rsplit('.').next().unwrap_or_default();
    ORDER_METHODS.contains(&method) && env.scan.classes[owner].dataclass.is_some_and(|dc| dc.order)
}

/// CPython's rules for a dataclass subclassing a dataclass: frozen and
/// non-frozen classes do not mix.
fn check_inheritance(
    options: &Options,
    base: &DataclassInfo,
    at: taipan_diagnostics::Span,
    diags: &mut Vec<Diagnostic>,
) {
    if base.frozen && !options.frozen {
        diags.push(Diagnostic::error(at, "cannot inherit non-frozen dataclass from a frozen one"));
    }
    if !base.frozen && options.frozen {
        diags.push(Diagnostic::error(at, "cannot inherit frozen dataclass from a non-frozen one"));
    }
}

/// Inherited fields as the generators take them.
fn as_decls(fields: &[InheritedField]) -> Vec<FieldDecl<'_>> {
    fields
        .iter()
        .map(|f| FieldDecl { name: f.name.clone(), annotation: &f.annotation, default: f.default.as_ref(), options: f.options })
        .collect()
}

/// `def __init__(self, x, y=...)`: annotations and defaults are patched in
/// from the fields after parsing (placeholders here). With `post_init`, it
/// ends by calling `self.__post_init__()`, as CPython's does.
fn init_source(fields: &[FieldDecl<'_>], post_init: bool) -> String {
    let params: String = fields
        .iter()
        .filter(|f| f.options.init)
        .map(|f| format!(", {}: int{}", f.name, if f.default.is_some() { " = 0" } else { "" }))
        .collect();
    let mut s = format!("def __init__(self{params}) -> None:\n");
    if fields.is_empty() {
        s.push_str("    pass\n");
    }
    for f in fields {
        s.push_str(&format!("    self.{0} = {0}\n", f.name));
    }
    if post_init {
        s.push_str("    self.__post_init__()\n");
    }
    s
}

/// `Point(x=1.0, y=2)`: each field's `repr` (but `repr=False` ones).
fn repr_source(class: &str, fields: &[FieldDecl<'_>]) -> String {
    // (A generic dataclass's instance `Box[int]` shows as `Box(...)`.)
    let class = crate::generics::source_name(class);
    let parts: Vec<String> = fields.iter().filter(|f| f.options.repr).map(|f| format!("{0}={{self.{0}!r}}", f.name)).collect();
    format!("def __repr__(self) -> str:\n    return f\"{class}({})\"\n", parts.join(", "))
}

/// Field-by-field equality (CPython compares the fields as tuples). In a
/// hierarchy (`exact`), CPython's `__eq__` compares only instances of the
/// very same class (`other.__class__ is self.__class__`, else
/// `NotImplemented`, so `A(1) == B(1, 2)` is False): it takes `other:
/// object`, and the run-time classes decide (`object_eq.rs`). The method
/// runs only for instances of its own class (each subclass generates its
/// own), so `self.__class__` is `class`. Without subclasses, `other` is the
/// class itself, a direct call.
fn eq_source(class: &str, fields: &[FieldDecl<'_>], exact: bool) -> String {
    let compared: Vec<&FieldDecl<'_>> = fields.iter().filter(|f| f.options.compare).collect();
    let test = if compared.is_empty() {
        "True".to_string()
    } else {
        compared.iter().map(|f| format!("self.{0} == other.{0}", f.name)).collect::<Vec<_>>().join(" and ")
    };
    // CPython compares tuples of the fields, whose items are first compared
    // by identity: an instance is equal to itself even with a NaN field.
    if exact {
        return format!(
            "def __eq__(self, other: object) -> bool:\n    if not isinstance(other, {class}):\n        return NotImplemented\n    \
             if type(other) is not {class}:\n        return NotImplemented\n    if self is other:\n        return True\n    return {test}\n"
        );
    }
    format!("def __eq__(self, other: \"{class}\") -> bool:\n    if self is other:\n        return True\n    return {test}\n")
}

/// `hash((self.a, self.b))` of the compared fields, as CPython's `__hash__`.
fn hash_source(fields: &[FieldDecl<'_>]) -> String {
    let items: String = fields.iter().filter(|f| f.options.compare).map(|f| format!("self.{}, ", f.name)).collect();
    format!("def __hash__(self) -> int:\n    return hash(({items}))\n")
}

/// Tuple ordering of the fields: the first field that is not equal decides
/// with `op`; all equal gives `all_equal` (`<=`, `>=`: true).
fn order_source(class: &str, fields: &[FieldDecl<'_>], method: &str, op: &str, all_equal: bool) -> String {
    let mut s = format!("def {method}(self, other: \"{class}\") -> bool:\n    if self is other:\n        return {}\n", if all_equal { "True" } else { "False" });
    for f in fields.iter().filter(|f| f.options.compare) {
        s.push_str(&format!("    if not (self.{0} == other.{0}):\n        return self.{0} {op} other.{0}\n", f.name));
    }
    s.push_str(&format!("    return {}\n", if all_equal { "True" } else { "False" }));
    s
}
