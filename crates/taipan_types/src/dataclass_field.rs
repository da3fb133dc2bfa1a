//! `dataclasses.field(...)` as a dataclass field's default: `default=` is a
//! plain default; `default_factory=` makes a fresh value for every
//! construction that leaves the field out. `compare=False` leaves the field
//! out of the generated `__eq__`, ordering and hash, `repr=False` out of
//! `__repr__`, `init=False` out of `__init__`'s parameters (it is set from
//! its default), as CPython's `dataclasses` does.
//!
//! A factory becomes the generated `__init__` parameter's default as the
//! marker call `<default_factory>(factory)` (no name can spell it). Its
//! value is not a constant: the call site evaluates the factory for each
//! call that omits the argument (`call.rs`), which is what CPython's
//! `__init__` does with its sentinel — a new `list()` per instance.

use taipan_diagnostics::Diagnostic;
use taipan_syntax::{ast, span_of};

/// The name of the marker callee.
const FACTORY_MARKER: &str = "<default_factory>";

/// Which generated methods a field takes part in (`field(compare=...,
/// repr=..., init=...)`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldOptions {
    pub compare: bool,
    pub repr: bool,
    pub init: bool,
}

impl Default for FieldOptions {
    fn default() -> FieldOptions {
        FieldOptions { compare: true, repr: true, init: true }
    }
}

/// What `field(...)` gives the field: `Some(None)` for no default,
/// `Some(Some(d))` for a default or the factory marker, `None` when it was
/// rejected (reported). Its options go to `options`.
pub(crate) fn field_default<'a>(
    call: &'a ast::ExprCall,
    name: &str,
    options: &mut FieldOptions,
    diags: &mut Vec<Diagnostic>,
) -> Option<Option<&'a ast::Expr>> {
    if let Some(a) = call.args.first() {
        diags.push(Diagnostic::error(span_of(a), "dataclasses.field() takes keyword arguments only"));
        return None;
    }
    let mut default: Option<&'a ast::Expr> = None;
    let mut factory: Option<&'a ast::Expr> = None;
    for k in &call.keywords {
        match k.arg.as_ref().map(|a| a.as_str()) {
            Some("default") => default = Some(&k.value),
            Some("default_factory") => factory = Some(&k.value),
            Some(flag @ ("compare" | "repr" | "init")) => {
                let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(b), .. }) = &k.value else {
                    diags.push(Diagnostic::error(span_of(k), format!("dataclasses.field({flag}=...) must be True or False")));
                    return None;
                };
                match flag {
                    "compare" => options.compare = *b,
                    "repr" => options.repr = *b,
                    _ => options.init = *b,
                }
            }
            Some(other) => {
                let msg = format!("dataclasses.field({other}=...) is not supported yet");
                diags.push(Diagnostic::error(span_of(k), msg));
                return None;
            }
            None => {
                diags.push(Diagnostic::error(span_of(k), "dataclasses.field(**kwargs) is not supported"));
                return None;
            }
        }
    }
    match (default, factory) {
        (Some(_), Some(_)) => {
            diags.push(Diagnostic::error(span_of(call), format!("cannot specify both default and default_factory (field {name})")));
            None
        }
        (Some(d), None) => Some(Some(d)),
        (None, Some(f)) => {
            let marker = ast::Expr::Call(ast::ExprCall {
                range: call.range,
                func: Box::new(ast::Expr::Name(ast::ExprName {
                    range: call.range,
                    id: ast::Identifier::new(FACTORY_MARKER),
                    ctx: ast::ExprContext::Load,
                })),
                args: vec![f.clone()],
                keywords: Vec::new(),
            });
            Some(Some(Box::leak(Box::new(marker))))
        }
        (None, None) => Some(None),
    }
}

/// The expression a call site evaluates for a parameter whose default is
/// the factory marker: `list()` for `default_factory=list`, the body of a
/// `lambda: ...` factory. `None` for any other default.
pub(crate) fn factory_call(default: &ast::Expr) -> Option<ast::Expr> {
    let ast::Expr::Call(marker) = default else { return None };
    let ast::Expr::Name(n) = &*marker.func else { return None };
    if n.id.as_str() != FACTORY_MARKER {
        return None;
    }
    let factory = marker.args.first()?;
    Some(match factory {
        ast::Expr::Lambda(l) if l.args.args.is_empty() && l.args.posonlyargs.is_empty() => (*l.body).clone(),
        f => ast::Expr::Call(ast::ExprCall { range: marker.range, func: Box::new(f.clone()), args: Vec::new(), keywords: Vec::new() }),
    })
}
