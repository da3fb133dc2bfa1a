//! `class Color(Enum)` / `class Level(IntEnum)` (`from enum import Enum,
//! IntEnum, auto`, or `enum.Enum`): the class is rewritten before the scan
//! sees it, as `dataclass.rs` rewrites dataclasses, into an ordinary class
//! with the two fields CPython's members carry (`_name_: str`, `_value_: T`)
//! and the methods CPython's `Enum` gives them, written out as Python:
//! the `name`/`value` properties, `__repr__` (`<Color.RED: 1>`), `__str__`
//! (`Color.RED`; an `IntEnum`'s is `int.__str__`, as in 3.11), `__hash__`
//! (`hash(self._name_)`, CPython's `Enum.__hash__`; an `IntEnum` hashes as
//! its int), for an `IntEnum` its int's truth (`__bool__`) and the
//! orderings (by value, so `sorted` works),
//! and two static lookups, by value (`Color(1)`: `ValueError: 1 is not a
//! valid Color`) and by name (`Color['RED']`: `KeyError: 'RED'`).
//!
//! The members themselves are not class attributes: each (aliases share
//! their canonical member) is a hidden module global holding the one
//! instance, made where the `class` statement runs, and the definition-order
//! list of the canonical members is one more (`enum_expr.rs`), so members
//! are singletons and `==` is identity, as in CPython.
//!
//! The statically typed subset: every member's value is a literal of one
//! type (`int`, `str`, `float`, `bool`, or a tuple of those), or `auto()`
//! among int values (CPython's `_generate_next_value_`: one more than the
//! largest value so far, 1 for the first). Mixed value types, `Flag` &
//! co., the functional API, `_missing_` and the other hooks, and
//! subclassing an enum are rejected.

use std::collections::HashMap;

use taipan_diagnostics::Diagnostic;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::scan::{Imported, ModuleScan};

/// The `enum` members taipan accepts in `from enum import ...`.
pub(crate) const ENUM_MEMBERS: &[&str] = &["Enum", "IntEnum", "auto"];

/// The name of the generated lookup by value (`Color(1)`).
pub(crate) const BY_VALUE: &str = "_taipan_by_value_";
/// The name of the generated lookup by name (`Color['RED']`).
pub(crate) const BY_NAME: &str = "_taipan_by_name_";

/// Which base the class derives from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EnumKind {
    Enum,
    /// Members are also ints: arithmetic, comparisons and `int()` read the value.
    IntEnum,
}

/// A name the class body binds to a member.
#[derive(Debug)]
pub(crate) struct EnumMember {
    pub name: String,
    /// The literal (an `auto()` replaced by the int it stands for).
    pub value: ast::Expr,
    /// The member it is: its own index, or the earlier member with an equal
    /// value it is an alias of.
    pub canonical: usize,
}

/// An enum class as the checker needs it.
#[derive(Debug)]
pub(crate) struct EnumInfo {
    pub kind: EnumKind,
    /// Every member name in definition order, aliases included.
    pub members: Vec<EnumMember>,
}

impl EnumInfo {
    /// The members that are not aliases, in definition order (iteration order).
    pub fn canonical(&self) -> impl Iterator<Item = (usize, &EnumMember)> {
        self.members.iter().enumerate().filter(|(i, m)| m.canonical == *i)
    }

    /// The canonical member that `name` names.
    pub fn member(&self, name: &str) -> Option<usize> {
        self.members.iter().find(|m| m.name == name).map(|m| m.canonical)
    }
}

/// A member value, compared as CPython compares values to find aliases.
#[derive(Clone, Debug, PartialEq)]
enum Literal {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    Tuple(Vec<Literal>),
}

impl Literal {
    /// The annotation of values like this one.
    fn annotation(&self) -> String {
        match self {
            Literal::Int(_) => "int".to_string(),
            Literal::Float(_) => "float".to_string(),
            Literal::Bool(_) => "bool".to_string(),
            Literal::Str(_) => "str".to_string(),
            Literal::Tuple(items) => {
                let items: Vec<String> = items.iter().map(Literal::annotation).collect();
                format!("tuple[{}]", items.join(", "))
            }
        }
    }
}

/// The literal an expression spells, if it is one taipan accepts as a value.
fn literal(e: &ast::Expr) -> Option<Literal> {
    match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Int(n) => i64::try_from(n.clone()).ok().map(Literal::Int),
            ast::Constant::Float(x) => Some(Literal::Float(*x)),
            ast::Constant::Bool(b) => Some(Literal::Bool(*b)),
            ast::Constant::Str(s) => Some(Literal::Str(s.clone())),
            _ => None,
        },
        ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) => {
            let negate = u.op == ast::UnaryOp::USub;
            match literal(&u.operand)? {
                Literal::Int(n) if negate => n.checked_neg().map(Literal::Int),
                Literal::Float(x) if negate => Some(Literal::Float(-x)),
                l @ (Literal::Int(_) | Literal::Float(_)) => Some(l),
                _ => None,
            }
        }
        ast::Expr::Tuple(t) if !t.elts.is_empty() => t.elts.iter().map(literal).collect::<Option<Vec<_>>>().map(Literal::Tuple),
        _ => None,
    }
}

/// Which enum base `base` names: `Some(Err(msg))` for an `enum` class taipan
/// does not support (`Flag`, `StrEnum`, ...).
fn base_kind(base: &ast::Expr, imports: &HashMap<String, Imported>) -> Option<Result<EnumKind, String>> {
    let member = match base {
        ast::Expr::Name(n) => match imports.get(n.id.as_str()) {
            Some(Imported::Enum(m)) => m.clone(),
            _ => return None,
        },
        ast::Expr::Attribute(a) => match &*a.value {
            ast::Expr::Name(n) if imports.get(n.id.as_str()) == Some(&Imported::EnumModule) => a.attr.to_string(),
            _ => return None,
        },
        _ => return None,
    };
    Some(match member.as_str() {
        "Enum" => Ok(EnumKind::Enum),
        "IntEnum" => Ok(EnumKind::IntEnum),
        other => Err(format!("enum.{other} classes are not supported yet")),
    })
}

/// Whether `e` is `auto()` (or `enum.auto()`).
fn is_auto_call(e: &ast::Expr, imports: &HashMap<String, Imported>) -> bool {
    let ast::Expr::Call(call) = e else { return false };
    match &*call.func {
        ast::Expr::Name(n) => matches!(imports.get(n.id.as_str()), Some(Imported::Enum(m)) if m == "auto"),
        ast::Expr::Attribute(a) => {
            a.attr.as_str() == "auto"
                && matches!(&*a.value, ast::Expr::Name(n) if imports.get(n.id.as_str()) == Some(&Imported::EnumModule))
        }
        _ => false,
    }
}

/// Methods an enum class may not define: CPython's hooks, and what would
/// replace the members' own attributes.
const RESERVED_METHODS: &[&str] =
    &["__init__", "__new__", "_missing_", "_generate_next_value_", "__eq__", "__ne__", "__hash__", "name", "value", BY_VALUE, BY_NAME];

/// If `class` derives from `Enum`/`IntEnum` (or from an enum class, which is
/// rejected): the rewritten class (leaked, like the dataclass rewrites) and,
/// for an enum, what the checker needs to know. Errors are reported.
pub(crate) fn expand_in_scan(
    class: &ast::StmtClassDef,
    scan: &ModuleScan<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<(&'static ast::StmtClassDef, Option<&'static EnumInfo>)> {
    let imports = &scan.imports;
    let [base] = class.bases.as_slice() else {
        if let Some(b) = class.bases.iter().find(|b| base_kind(b, imports).is_some()) {
            diags.push(Diagnostic::error(span_of(b), "enum classes with more than one base are not supported yet"));
        }
        return None;
    };
    let kind = match base_kind(base, imports) {
        Some(Ok(kind)) => kind,
        Some(Err(msg)) => {
            diags.push(Diagnostic::error(span_of(base), msg));
            return Some((without_bases(class), None));
        }
        None => {
            let ast::Expr::Name(n) = base else { return None };
            let &b = scan.class_index.get(n.id.as_str())?;
            scan.classes[b].enum_info?;
            // CPython forbids it when the base has members; a base without
            // members (a mixin of methods) is not supported yet.
            diags.push(Diagnostic::error(span_of(base), format!("subclassing enum class '{}' is not supported", n.id)));
            return Some((without_bases(class), None));
        }
    };
    let at = span_of(class);
    let name = class.name.as_str();
    let mut members: Vec<EnumMember> = Vec::new();
    let mut literals: Vec<Literal> = Vec::new();
    let mut value_annotation: Option<String> = None;
    let mut body: Vec<ast::Stmt> = Vec::new();
    for stmt in &class.body {
        match stmt {
            ast::Stmt::Pass(_) => {}
            ast::Stmt::Assign(a) => {
                let [ast::Expr::Name(target)] = a.targets.as_slice() else {
                    diags.push(Diagnostic::error(span_of(stmt), "only 'NAME = value' assignments are supported in an enum body"));
                    continue;
                };
                let member = target.id.to_string();
                if member.starts_with('_') {
                    let msg = format!("enum attribute '{member}' is not supported (members are public names)");
                    diags.push(Diagnostic::error(span_of(stmt), msg));
                    continue;
                }
                if member == "name" || member == "value" {
                    let msg = format!("an enum member named '{member}' would hide the members' '{member}' (not supported)");
                    diags.push(Diagnostic::error(span_of(stmt), msg));
                    continue;
                }
                if members.iter().any(|m| m.name == member) {
                    diags.push(Diagnostic::error(span_of(stmt), format!("attempted to reuse key: '{member}'")));
                    continue;
                }
                let auto = match &*a.value {
                    ast::Expr::Call(c) if is_auto_call(&a.value, imports) => Some(c),
                    _ => None,
                };
                let (lit, value) = if let Some(call) = auto {
                    if !call.args.is_empty() || !call.keywords.is_empty() {
                        diags.push(Diagnostic::error(span_of(&*a.value), "auto() takes no arguments"));
                        continue;
                    }
                    // `_generate_next_value_`: one more than the largest value
                    // so far (CPython 3.11 warns when that is not the last
                    // one), 1 for the first member.
                    let mut largest: Option<i64> = None;
                    let mut ints = true;
                    for l in &literals {
                        match l {
                            Literal::Int(n) => largest = Some(largest.map_or(*n, |m| m.max(*n))),
                            _ => ints = false,
                        }
                    }
                    if !ints {
                        let msg = "auto() in an enum whose values are not ints is not supported";
                        diags.push(Diagnostic::error(span_of(&*a.value), msg));
                        continue;
                    }
                    let Some(next) = largest.map_or(Some(1), |n| n.checked_add(1)) else {
                        let msg = "auto() would give a value that does not fit in 64 bits";
                        diags.push(Diagnostic::error(span_of(&*a.value), msg));
                        continue;
                    };
                    let range = call.range;
                    let value = ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Int(next.into()), kind: None });
                    (Literal::Int(next), value)
                } else {
                    let Some(lit) = literal(&a.value) else {
                        let msg = "enum member values must be int, str, float, bool or tuple literals, or auto()";
                        diags.push(Diagnostic::error(span_of(&*a.value), msg));
                        continue;
                    };
                    (lit, (*a.value).clone())
                };
                let annotation = lit.annotation();
                if kind == EnumKind::IntEnum && annotation != "int" {
                    diags.push(Diagnostic::error(span_of(&*a.value), format!("IntEnum member values must be ints, not {annotation}")));
                    continue;
                }
                match &value_annotation {
                    Some(first) if *first != annotation => {
                        let msg = format!("enum member values of different types ({first} and {annotation}) are not supported");
                        diags.push(Diagnostic::error(span_of(&*a.value), msg));
                        continue;
                    }
                    _ => value_annotation = Some(annotation),
                }
                let index = members.len();
                let canonical = literals.iter().position(|l| *l == lit).map_or(index, |k| members[k].canonical);
                literals.push(lit);
                members.push(EnumMember { name: member, value, canonical });
            }
            ast::Stmt::AnnAssign(_) => {
                diags.push(Diagnostic::error(span_of(stmt), "annotated names in an enum body are not supported yet"));
            }
            ast::Stmt::FunctionDef(def) if RESERVED_METHODS.contains(&def.name.as_str()) => {
                let msg = format!("defining '{}' in an enum class is not supported", def.name);
                diags.push(Diagnostic::error(span_of(stmt), msg));
            }
            other => body.push(other.clone()),
        }
    }
    let defines = |m: &str| body.iter().any(|s| matches!(s, ast::Stmt::FunctionDef(f) if f.name.as_str() == m));
    let value_ty = value_annotation.unwrap_or_else(|| "int".to_string());
    let source = generated_source(name, kind, &value_ty, &members, !defines("__repr__"), !defines("__str__"));
    match taipan_syntax::parse_generated(&source, at) {
        Ok(suite) => body.extend(suite),
        Err(msg) => diags.push(Diagnostic::error(at, format!("internal error: generated enum code does not parse: {msg}"))),
    }
    let mut rewritten = class.clone();
    rewritten.bases.clear();
    rewritten.body = body;
    let info = EnumInfo { kind, members };
    Some((Box::leak(Box::new(rewritten)), Some(Box::leak(Box::new(info)))))
}

/// The class without its bases (after an error about them).
fn without_bases(class: &ast::StmtClassDef) -> &'static ast::StmtClassDef {
    let mut c = class.clone();
    c.bases.clear();
    Box::leak(Box::new(c))
}

/// The methods CPython's `Enum` (or `IntEnum`) gives the members, as Python.
fn generated_source(
    class: &str,
    kind: EnumKind,
    value_ty: &str,
    members: &[EnumMember],
    repr: bool,
    str: bool,
) -> String {
    let mut s = format!(
        "def __init__(self, _name_: str, _value_: {value_ty}) -> None:\n    self._name_ = _name_\n    self._value_ = _value_\n\
         @property\ndef name(self) -> str:\n    return self._name_\n\
         @property\ndef value(self) -> {value_ty}:\n    return self._value_\n"
    );
    if repr {
        s.push_str(&format!(
            "def __repr__(self) -> str:\n    return \"<{class}.\" + self._name_ + \": \" + repr(self._value_) + \">\"\n"
        ));
    }
    if str {
        match kind {
            EnumKind::Enum => s.push_str(&format!("def __str__(self) -> str:\n    return \"{class}.\" + self._name_\n")),
            EnumKind::IntEnum => s.push_str("def __str__(self) -> str:\n    return str(self._value_)\n"),
        }
    }
    match kind {
        EnumKind::Enum => s.push_str("def __hash__(self) -> int:\n    return hash(self._name_)\n"),
        EnumKind::IntEnum => {
            // An int's hash and truth (`Code.OK = 0` is false).
            s.push_str("def __hash__(self) -> int:\n    return hash(self._value_)\n");
            s.push_str("def __bool__(self) -> bool:\n    return self._value_ != 0\n");
            for op in ["lt", "le", "gt", "ge"] {
                let sym = match op {
                    "lt" => "<",
                    "le" => "<=",
                    "gt" => ">",
                    _ => ">=",
                };
                s.push_str(&format!(
                    "def __{op}__(self, other: \"{class}\") -> bool:\n    return self._value_ {sym} other._value_\n"
                ));
            }
        }
    }
    // Canonical members in definition order: the first with an equal value
    // wins, as CPython's `_value2member_map_` does.
    s.push_str(&format!(
        "@staticmethod\ndef {BY_VALUE}(value: {value_ty}) -> \"{class}\":\n    for member in {class}:\n        \
         if member._value_ == value:\n            return member\n    \
         raise ValueError(repr(value) + \" is not a valid {class}\")\n"
    ));
    s.push_str(&format!("@staticmethod\ndef {BY_NAME}(name: str) -> \"{class}\":\n"));
    for m in members {
        let canonical = &members[m.canonical].name;
        s.push_str(&format!("    if name == \"{}\":\n        return {class}.{canonical}\n", m.name));
    }
    s.push_str("    raise KeyError(name)\n");
    s
}
