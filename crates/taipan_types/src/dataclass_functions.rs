//! `dataclasses.asdict(x)`, `astuple(x)` and `replace(x, f=v, ...)`: each
//! call is written out as the Python expression CPython's function computes
//! for `x`'s static class, and that expression is checked in its place:
//!
//! - `asdict(p)` of `Point(x: int, y: int)` is `{'x': p.x, 'y': p.y}`;
//!   nested dataclasses become nested dicts (tuples for `astuple`), lists,
//!   tuples and dicts are copied with their elements converted (CPython's
//!   `_asdict_inner`), and values of immutable types are shared, as
//!   `copy.deepcopy` shares them;
//! - `replace(p, y=3)` is `Point(y=3, x=p.x)`: the changes first, in the
//!   call's order (CPython evaluates them as the call's arguments), then the
//!   other `__init__` fields read from `p`, so the class's `__init__` and
//!   `__post_init__` run as in CPython.
//!
//! The result type must be static: `asdict` gives `dict[str, V]`, so every
//! field must convert to the same `V` (taipan has no union values here);
//! the class must have no subclasses (an instance of one would have other
//! fields); what does not fit is a compile error naming why. The argument
//! is read once per field: a variable or a field of one is named again,
//! anything else is evaluated once, as the only item of a comprehension
//! (`[{...} for v in (arg,)][0]`).

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{Expr, ExprKind, Ty};

/// The comprehension variable an argument that cannot be read again is bound to.
const BOUND: &str = "__taipan_dc";

/// The `dataclasses` functions this module compiles.
pub(crate) const DATACLASS_FUNCTIONS: &[&str] = &["asdict", "astuple", "replace"];

/// What a conversion builds for a dataclass instance.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Dict,
    Tuple,
}

/// A converted value: its source text and type.
struct Converted {
    source: String,
    ty: Ty,
}

impl Checker<'_, '_> {
    /// `asdict(x)`, `astuple(x)` or `replace(x, ...)`.
    pub(crate) fn dataclass_function_call(
        &mut self,
        function: &str,
        call: &ast::ExprCall,
        span: Span,
        expected: Option<Ty>,
    ) -> Expr {
        let [arg] = call.args.as_slice() else {
            let msg = format!("dataclasses.{function}() takes one positional argument (the instance)");
            return self.reject_call(call, span, msg);
        };
        // (`asdict`'s `dict_factory=`, `astuple`'s `tuple_factory=`.)
        if function != "replace" && !call.keywords.is_empty() {
            let msg = format!("dataclasses.{function}() with keyword arguments is not supported yet");
            return self.reject_call(call, span, msg);
        }
        let checked = self.expr(arg, None);
        if checked.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        // The argument is read once per field: a variable (or fields of one)
        // is named again; anything else is bound once, as the single item
        // of a comprehension (`[... for v in (arg,)][0]`).
        let reread = reread_source(arg).filter(|_| rereadable(&checked));
        let root = reread.clone().unwrap_or_else(|| BOUND.to_string());
        let source = match function {
            "replace" => self.replace_source(&root, checked.ty, call),
            _ => {
                let shape = if function == "asdict" { Shape::Dict } else { Shape::Tuple };
                match self.instance_class(checked.ty, function) {
                    Ok(c) => self.convert_instance(&root, c, shape, 0, &[]).map(|c| c.source),
                    Err(e) => Err(e),
                }
            }
        };
        let source = match source {
            Ok(source) => source,
            Err(msg) => {
                self.error(span, msg);
                return Self::error_expr(span);
            }
        };
        let source = match reread {
            Some(_) => format!("({source})"),
            None => format!("[{source} for {BOUND} in (None,)][0]"),
        };
        let parsed = taipan_syntax::parse_generated(&format!("{source}\n"), span);
        let mut generated = match parsed.as_deref() {
            Ok([ast::Stmt::Expr(e)]) => e.value.clone(),
            _ => {
                self.error(span, format!("internal error: generated code for dataclasses.{function}() does not parse"));
                return Self::error_expr(span);
            }
        };
        // The argument in the comprehension's `(None,)`.
        let result = match &mut *generated {
            ast::Expr::Subscript(s) => match &mut *s.value {
                ast::Expr::ListComp(comp) => {
                    if let Some(ast::Expr::Tuple(t)) = comp.generators.first_mut().map(|g| &mut g.iter) {
                        t.elts = vec![arg.clone()];
                    }
                    &mut *comp.elt
                }
                other => other,
            },
            other => other,
        };
        // `replace`'s changes are the call's own keyword expressions, first.
        if let ("replace", ast::Expr::Call(constructor)) = (function, result) {
            for (slot, change) in constructor.keywords.iter_mut().zip(&call.keywords) {
                slot.value = change.value.clone();
            }
        }
        self.value(&generated, expected)
    }

    /// The dataclass `ty` is an instance of (without subclasses).
    fn instance_class(&self, ty: Ty, function: &str) -> Result<usize, String> {
        let not_dataclass = || format!("{function}() should be called on dataclass instances");
        let Ty::Instance(id) = ty else { return Err(not_dataclass()) };
        let Some((c, info)) = self.env.classes.by_id(id) else { return Err(not_dataclass()) };
        let Some(dc) = self.env.scan.classes[c].dataclass else { return Err(not_dataclass()) };
        if dc.named_tuple {
            return Err(not_dataclass());
        }
        if info.end > info.id.index + 1 {
            return Err(format!(
                "dataclasses.{function}() of a '{}', which has subclasses, is not supported yet (the instance's class decides its fields)",
                id.name
            ));
        }
        Ok(c)
    }

    /// CPython's `_asdict_inner` / `_astuple_inner` for instance `src` of
    /// dataclass `c`.
    /// `path`: the classes being converted around it.
    fn convert_instance(&self, src: &str, c: usize, shape: Shape, depth: usize, path: &[usize]) -> Result<Converted, String> {
        let info = &self.env.classes.infos[c];
        let class = info.id.name;
        if path.contains(&c) {
            let function = if shape == Shape::Dict { "asdict" } else { "astuple" };
            return Err(format!(
                "dataclasses.{function}() of '{class}', which contains itself, is not supported yet (its depth is known only at run time)"
            ));
        }
        let path: Vec<usize> = path.iter().copied().chain([c]).collect();
        let names = self.env.scan.classes[c].dataclass.map(|d| d.field_names()).unwrap_or_default();
        let mut parts: Vec<(String, Converted)> = Vec::new();
        for name in names {
            let Some(field) = info.fields.iter().find(|f| f.name == name) else { continue };
            let value = self.convert(&format!("{src}.{name}"), field.ty, shape, depth, &path)?;
            parts.push((name, value));
        }
        match shape {
            Shape::Tuple => {
                let items: Vec<&str> = parts.iter().map(|(_, p)| p.source.as_str()).collect();
                let comma = if items.len() == 1 { "," } else { "" };
                let types: Vec<Ty> = parts.iter().map(|(_, p)| p.ty).collect();
                Ok(Converted { source: format!("({}{comma})", items.join(", ")), ty: Ty::tuple(&types) })
            }
            Shape::Dict => {
                let Some((_, first)) = parts.first() else {
                    return Err(format!("asdict() of '{class}', which has no fields, is not supported yet (its value type is unknown)"));
                };
                if let Some((_, other)) = parts.iter().find(|(_, p)| p.ty != first.ty) {
                    return Err(format!(
                        "asdict() of '{class}' needs fields that all convert to one type (here {} and {}): \
                         the result would need a union value type",
                        first.ty, other.ty
                    ));
                }
                let items: Vec<String> = parts.iter().map(|(name, p)| format!("'{name}': {}", p.source)).collect();
                Ok(Converted { source: format!("{{{}}}", items.join(", ")), ty: Ty::dict(Ty::Str, first.ty) })
            }
        }
    }

    /// The converted copy of `src`, of type `ty`.
    fn convert(&self, src: &str, ty: Ty, shape: Shape, depth: usize, path: &[usize]) -> Result<Converted, String> {
        let same = || Ok(Converted { source: src.to_string(), ty });
        if self.shared_by_deepcopy(ty) {
            return same();
        }
        let var = format!("__taipan_dc{depth}");
        match ty {
            Ty::Instance(id) => {
                let function = if shape == Shape::Dict { "asdict" } else { "astuple" };
                let dataclass = self.env.classes.by_id(id).and_then(|(c, _)| self.env.scan.classes[c].dataclass);
                if !dataclass.is_some_and(|dc| !dc.named_tuple) {
                    // CPython deep-copies it (or rebuilds a NamedTuple).
                    return Err(format!("dataclasses.{function}() of a field holding a '{}' is not supported yet", id.name));
                }
                let c = self.instance_class(ty, function)?;
                self.convert_instance(src, c, shape, depth + 1, path)
            }
            Ty::List(elem) => {
                let item = self.convert(&var, *elem, shape, depth + 1, path)?;
                Ok(Converted { source: format!("[{} for {var} in {src}]", item.source), ty: Ty::list(item.ty) })
            }
            Ty::Tuple(items) => {
                let converted: Result<Vec<Converted>, String> =
                    items.iter().enumerate().map(|(i, t)| self.convert(&format!("{src}[{i}]"), *t, shape, depth, path)).collect();
                let converted = converted?;
                let sources: Vec<&str> = converted.iter().map(|c| c.source.as_str()).collect();
                let types: Vec<Ty> = converted.iter().map(|c| c.ty).collect();
                let comma = if sources.len() == 1 { "," } else { "" };
                Ok(Converted { source: format!("({}{comma})", sources.join(", ")), ty: Ty::tuple(&types) })
            }
            Ty::TupleOf(elem) => {
                let item = self.convert(&var, *elem, shape, depth + 1, path)?;
                Ok(Converted { source: format!("tuple({} for {var} in {src})", item.source), ty: Ty::tuple_of(item.ty) })
            }
            Ty::Dict(k, v) => {
                let key = self.convert(&format!("{var}k"), *k, shape, depth + 1, path)?;
                let value = self.convert(&format!("{var}v"), *v, shape, depth + 1, path)?;
                Ok(Converted {
                    source: format!("{{{}: {} for {var}k, {var}v in {src}.items()}}", key.source, value.source),
                    ty: Ty::dict(key.ty, value.ty),
                })
            }
            // `copy.deepcopy` copies the set, sharing such elements.
            Ty::Set(elem) if self.shared_by_deepcopy(*elem) => Ok(Converted { source: format!("set({src})"), ty }),
            other => Err(format!("dataclasses.asdict()/astuple() of a field of type {other} is not supported yet")),
        }
    }

    /// Whether `copy.deepcopy` returns a value of type `ty` itself: numbers,
    /// strs, None, enum members, and tuples and optionals of them.
    fn shared_by_deepcopy(&self, ty: Ty) -> bool {
        match ty {
            Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::None => true,
            Ty::Optional(inner) => self.shared_by_deepcopy(*inner),
            Ty::Tuple(items) => items.iter().all(|t| self.shared_by_deepcopy(*t)),
            Ty::TupleOf(elem) => self.shared_by_deepcopy(*elem),
            Ty::Instance(id) => {
                self.env.classes.by_id(id).is_some_and(|(c, _)| self.env.scan.classes[c].enum_info.is_some())
            }
            _ => false,
        }
    }

    /// `replace(x, f=v, ...)`: `C(f=v, ..., g=x.g, ...)`.
    fn replace_source(&self, src: &str, ty: Ty, call: &ast::ExprCall) -> Result<String, String> {
        let c = self.instance_class(ty, "replace")?;
        let dc = self.env.scan.classes[c].dataclass.unwrap_or_default();
        let class = self.env.classes.infos[c].id.name;
        let mut args: Vec<String> = Vec::new();
        let mut changed: Vec<&str> = Vec::new();
        for k in &call.keywords {
            let Some(name) = k.arg.as_ref().map(|a| a.as_str()) else {
                return Err("dataclasses.replace(**changes) is not supported yet".to_string());
            };
            if changed.contains(&name) {
                return Err(format!("keyword argument repeated: {name}"));
            }
            match dc.field_init(name) {
                Some(false) => {
                    return Err(format!("field {name} is declared with init=False, it cannot be specified with replace()"));
                }
                Some(true) => {}
                None => return Err(format!("{class}.__init__() got an unexpected keyword argument '{name}'")),
            }
            changed.push(name);
            // A placeholder: the call's own expression replaces it.
            args.push(format!("{name}=None"));
        }
        for name in dc.field_names() {
            if dc.field_init(&name) == Some(true) && !changed.contains(&name.as_str()) {
                args.push(format!("{name}={src}.{name}"));
            }
        }
        Ok(format!("{class}({})", args.join(", ")))
    }
}

/// The source text of `e` if reading it again has no effects: a name or a
/// chain of attributes of one (`p`, `self.pos`).
fn reread_source(e: &ast::Expr) -> Option<String> {
    match e {
        ast::Expr::Name(n) => Some(n.id.to_string()),
        ast::Expr::Attribute(a) => Some(format!("{}.{}", reread_source(&a.value)?, a.attr)),
        _ => None,
    }
}

/// Whether the checked argument is a variable or fields of one (an
/// attribute could have been a property, which runs code).
fn rereadable(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Local { .. } | ExprKind::Global { .. } => true,
        ExprKind::FieldGet { obj, .. } => rereadable(obj),
        _ => false,
    }
}
