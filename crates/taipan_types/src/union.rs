//! Union types (`int | str`, `Union[Leaf, Node]`, `int | float | None`).
//!
//! Representation (`Ty::Union`): one pointer, every member a heap object —
//! numbers boxed (`Conversion::Box`, as in an `int | None`), strs, containers
//! and instances as themselves — so the run-time type code
//! (`taipan_abi::type_code`, the runtime's `tp_type_code`) says which member
//! a value is. A nullable union is the `Optional` of a union: None is null.
//!
//! A union is accepted only where its members can be told apart at run time:
//! not two containers of one kind (`list[int] | list[str]`). `int | bool` is
//! a union like any other (a bool is a box of its own kind), and
//! `isinstance(x, int)` is true for both members, as in CPython, so it
//! narrows to `int | bool`; `isinstance(x, bool)` or `type(x) is int` tell
//! them apart. On an un-narrowed union a
//! program may convert, store and pass it, print it (`str`/`repr`/f-strings),
//! compare it with `==`/`!=` (by value, `1 == 1.0` across members), hash it
//! and test its truth; `isinstance(x, T)` / `type(x) is T` narrow it
//! (`cond_narrowings`), and every other operation asks for that narrowing.

use taipan_abi::type_code;
use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{name_of, Checker, Resolved};
use crate::container_expr::obj_op;
use crate::hir::{BoolOpKind, CmpOp, Const, Conversion, Expr, ExprKind, ObjOp, Ty};
use crate::narrowing::Narrowings;
use crate::types::ClassId;

impl Ty {
    /// The union of `members` (each may itself be a union, an optional or
    /// None), normalised: flattened, deduplicated and in a canonical order; a
    /// single member is itself; with None, the optional of the rest (`int |
    /// None` stays `Optional(int)`). Does not check that the members can be
    /// told apart (`checked_union` does).
    pub fn union(members: &[Ty]) -> Ty {
        let mut flat: Vec<Ty> = Vec::new();
        let mut none = false;
        let push = |t: Ty, flat: &mut Vec<Ty>| {
            if !flat.contains(&t) {
                flat.push(t);
            }
        };
        for m in members {
            match *m {
                Ty::None => none = true,
                Ty::Optional(inner) => {
                    none = true;
                    match *inner {
                        Ty::Union(ms) => ms.iter().for_each(|t| push(*t, &mut flat)),
                        t => push(t, &mut flat),
                    }
                }
                Ty::Union(ms) => ms.iter().for_each(|t| push(*t, &mut flat)),
                t => push(t, &mut flat),
            }
        }
        flat.sort_by_key(|t| (member_rank(*t), t.to_string()));
        let inner = match flat.as_slice() {
            [] => return Ty::None,
            [one] => *one,
            many => Ty::Union(crate::types::intern_slice(many)),
        };
        if none {
            Ty::optional(inner)
        } else {
            inner
        }
    }

    /// The members of a union (None included for a nullable one) or of an
    /// optional; `None` for other types.
    pub fn union_members(self) -> Option<Vec<Ty>> {
        match self {
            Ty::Union(ms) => Some(ms.to_vec()),
            Ty::Optional(inner) => {
                let mut ms = match *inner {
                    Ty::Union(ms) => ms.to_vec(),
                    t => vec![t],
                };
                ms.push(Ty::None);
                Some(ms)
            }
            _ => None,
        }
    }

    /// `A | B` or `A | B | None`.
    pub fn is_union(self) -> bool {
        matches!(self.without_none(), Ty::Union(_))
    }
}

/// Where a member sorts in a union's canonical order (the order it prints in).
fn member_rank(t: Ty) -> u8 {
    match t {
        Ty::Int => 0,
        Ty::Float => 1,
        Ty::Bool => 2,
        Ty::Str => 3,
        Ty::List(_) => 4,
        Ty::Tuple(_) | Ty::TupleOf(_) => 5,
        Ty::Dict(..) => 6,
        Ty::Set(_) => 7,
        Ty::Deque(_) => 8,
        Ty::Instance(_) => 9,
        _ => 10,
    }
}

/// The type code (`taipan_abi::type_code`) of the values of member `t`, for
/// the members a union may have (instances: `None`, told apart by class).
fn member_code(t: Ty) -> Option<i64> {
    Some(match t {
        Ty::Int => type_code::INT,
        Ty::Float => type_code::FLOAT,
        Ty::Bool => type_code::BOOL,
        Ty::Str => type_code::STR,
        Ty::List(_) => type_code::LIST,
        Ty::Tuple(_) | Ty::TupleOf(_) => type_code::TUPLE,
        Ty::Dict(..) => type_code::DICT,
        Ty::Set(_) => type_code::SET,
        Ty::Deque(_) => type_code::DEQUE,
        _ => return None,
    })
}

/// The union of `members` as an annotation writes it, or why it is rejected.
pub(crate) fn checked_union(members: &[Ty]) -> Result<Ty, String> {
    let ty = Ty::union(members);
    let Some(ms) = ty.union_members() else { return Ok(ty) };
    for m in &ms {
        let allowed = member_code(*m).is_some() || matches!(m, Ty::Instance(_) | Ty::None);
        if !allowed {
            return Err(format!("a union with a member of type {m} is not supported yet ({ty})"));
        }
        if m.has_callable() {
            return Err(format!("a union with a member holding functions is not supported yet ({ty})"));
        }
    }
    for (i, a) in ms.iter().enumerate() {
        for b in &ms[i + 1..] {
            if member_code(*a).is_some() && member_code(*a) == member_code(*b) {
                return Err(format!(
                    "union members '{a}' and '{b}' cannot be told apart at run time (both are {}s): {ty} is not supported",
                    a.python_name()
                ));
            }
        }
    }
    Ok(ty)
}

/// A class `isinstance` or `type(x) is` tests against.
#[derive(Clone, Copy, Debug)]
enum Tested {
    Builtin(&'static str),
    /// A user class: `lo..end` are its id and its subclasses'.
    Class { id: ClassId, lo: u32, end: u32 },
}

/// How the values of one member relate to a tested class.
enum Relation {
    /// Every value of the member is an instance.
    All,
    /// Some are: those of this narrower type.
    Some(Ty),
    None,
}

/// The builtin classes a test can name, and the type codes each accepts
/// (`isinstance(True, int)` is true; `type(True) is int` is not).
fn builtin_codes(name: &str, exact: bool) -> &'static [i64] {
    match name {
        "int" if exact => &[type_code::INT],
        "int" => &[type_code::INT, type_code::BOOL],
        "float" => &[type_code::FLOAT],
        "bool" => &[type_code::BOOL],
        "str" => &[type_code::STR],
        "list" => &[type_code::LIST],
        "tuple" => &[type_code::TUPLE],
        "dict" => &[type_code::DICT],
        "set" => &[type_code::SET],
        _ => &[],
    }
}

const BUILTIN_NAMES: &[&str] = &["int", "float", "bool", "str", "list", "tuple", "dict", "set"];

impl Checker<'_, '_> {
    /// The classes `class` names (a class or a tuple of them), if all are
    /// builtin or user classes.
    fn tested_classes(&self, class: &ast::Expr) -> Option<Vec<Tested>> {
        let one = |e: &ast::Expr| -> Option<Tested> {
            let name = name_of(e)?;
            match self.resolve(name) {
                Resolved::Builtin(_) => BUILTIN_NAMES.iter().find(|b| **b == name).map(|b| Tested::Builtin(b)),
                Resolved::Class(k) => {
                    let info = self.env.classes.infos.get(k)?;
                    Some(Tested::Class { id: info.id, lo: info.id.index, end: info.end })
                }
                _ => None,
            }
        };
        match class {
            ast::Expr::Tuple(t) => t.elts.iter().map(one).collect(),
            e => one(e).map(|t| vec![t]),
        }
    }

    /// How member `member` relates to the tested class `tested`.
    fn relation(&self, member: Ty, tested: Tested, exact: bool) -> Relation {
        match (member, tested) {
            (Ty::Instance(c), Tested::Class { id, lo, end }) => {
                let Some((_, info)) = self.env.classes.by_id(c) else { return Relation::None };
                let (clo, cend) = (info.id.index, info.end);
                if exact {
                    if c == id && cend == clo + 1 {
                        Relation::All
                    } else if (clo..cend).contains(&lo) {
                        Relation::Some(Ty::Instance(id))
                    } else {
                        Relation::None
                    }
                } else if (lo..end).contains(&clo) {
                    Relation::All
                } else if (clo..cend).contains(&lo) {
                    Relation::Some(Ty::Instance(id))
                } else {
                    Relation::None
                }
            }
            (m, Tested::Builtin(name)) => match member_code(m) {
                Some(code) if builtin_codes(name, exact).contains(&code) => Relation::All,
                _ => Relation::None,
            },
            _ => Relation::None,
        }
    }

    /// The type codes `tested` accepts, as inclusive ranges.
    fn tested_ranges(tested: Tested, exact: bool) -> Vec<(i64, i64)> {
        match tested {
            Tested::Builtin(name) => builtin_codes(name, exact).iter().map(|c| (*c, *c)).collect(),
            Tested::Class { lo, end, .. } => {
                let hi = if exact { lo } else { end.saturating_sub(1).max(lo) };
                vec![(type_code::INSTANCE + i64::from(lo), type_code::INSTANCE + i64::from(hi))]
            }
        }
    }

    /// The types a value of (union or optional) type `ty` has where a test of
    /// `classes` is true, and where it is false (`None`: nothing there).
    fn split_by(&self, ty: Ty, classes: &[Tested], exact: bool) -> Option<(Option<Ty>, Option<Ty>)> {
        // (A plain type with a type code is a union of one member here.)
        let members = ty.union_members().or_else(|| member_code(ty).map(|_| vec![ty]))?;
        let (mut yes, mut no) = (Vec::new(), Vec::new());
        for m in members {
            let relations: Vec<Relation> = classes.iter().map(|t| self.relation(m, *t, exact)).collect();
            if relations.iter().any(|r| matches!(r, Relation::All)) {
                yes.push(m);
                continue;
            }
            no.push(m);
            yes.extend(relations.into_iter().filter_map(|r| if let Relation::Some(t) = r { Some(t) } else { None }));
        }
        let join = |ts: Vec<Ty>| (!ts.is_empty()).then(|| Ty::union(&ts));
        Some((join(yes), join(no)))
    }

    /// `isinstance(value, class)` (`exact`: `type(value) is class`) of a
    /// union value: a test of its type code. `Err` gives the value back when
    /// it is not a union or `class` does not name classes.
    pub(crate) fn union_isinstance(&mut self, value: Expr, class: &ast::Expr, exact: bool, span: Span) -> Result<Expr, Expr> {
        // (`type(x) is int` of a plain `int` is decided by its type.)
        let decided_by_type = exact && member_code(value.ty).is_some();
        if !(value.ty.is_union() || decided_by_type) {
            return Err(value);
        }
        let Some(classes) = self.tested_classes(class) else { return Err(value) };
        let Some((yes, no)) = self.split_by(value.ty, &classes, exact) else { return Err(value) };
        if yes.is_none() || no.is_none() {
            // Decided by the static type (the value is still evaluated).
            let result = Self::const_expr(Const::Bool(yes.is_some()), span);
            return Ok(Expr { kind: ExprKind::Let { values: vec![value], body: Box::new(result) }, ty: Ty::Bool, span });
        }
        let code = Expr { kind: ExprKind::LetValue(0), ty: Ty::Int, span };
        let int = |n: i64| Self::const_expr(Const::Int(n), span);
        let tests: Vec<Expr> = classes
            .iter()
            .flat_map(|t| Self::tested_ranges(*t, exact))
            .map(|(lo, hi)| {
                let (operands, ops) = if lo == hi {
                    (vec![code.clone(), int(lo)], vec![CmpOp::Eq])
                } else {
                    (vec![int(lo), code.clone(), int(hi)], vec![CmpOp::Le, CmpOp::Le])
                };
                Expr { kind: ExprKind::Compare { operands, ops }, ty: Ty::Bool, span }
            })
            .collect();
        let body = match <[Expr; 1]>::try_from(tests) {
            Ok([one]) => one,
            Err(tests) => Expr { kind: ExprKind::BoolOp { op: BoolOpKind::Or, values: tests }, ty: Ty::Bool, span },
        };
        let code_of = obj_op(ObjOp::TypeCode, vec![value], Ty::Int, span);
        Ok(Expr { kind: ExprKind::Let { values: vec![code_of], body: Box::new(body) }, ty: Ty::Bool, span })
    }

    /// The narrowings of `isinstance(x, class)` (`exact`: `type(x) is
    /// class`) for a variable `x` whose type here is a union or an optional:
    /// where true, the members that may pass; where false, the others.
    pub(crate) fn union_test_narrowings(&self, x: &ast::Expr, class: &ast::Expr, exact: bool) -> Option<(Narrowings, Narrowings)> {
        let x = match x {
            ast::Expr::NamedExpr(walrus) => &*walrus.target,
            e => e,
        };
        let ast::Expr::Name(n) = x else { return None };
        let var = self.narrowable(n.id.as_str())?;
        let current = self.narrowed.get(&var).copied().or_else(|| self.declared_type(var))?;
        let optional = matches!(current, Ty::Optional(_)) && !exact;
        if !(current.is_union() || optional) {
            return None;
        }
        let classes = self.tested_classes(class)?;
        let (yes, no) = self.split_by(current, &classes, exact)?;
        // An empty side is unreachable: left as it is. (Nor is a variable
        // narrowed to None: its reads keep their object type, as after `is None`.)
        let side = |t: Option<Ty>| -> Narrowings {
            t.filter(|t| *t != current && *t != Ty::None).map(|t| vec![(var, t)]).unwrap_or_default()
        };
        Some((side(yes), side(no)))
    }

    /// The narrowings of `type(x) is C` / `type(x) is not C` for a union `x`.
    pub(crate) fn union_type_is_narrowings(&self, c: &ast::ExprCompare) -> Option<(Narrowings, Narrowings)> {
        let (x, class, op) = type_is_parts(c)?;
        let (t, f) = self.union_test_narrowings(x, class, true)?;
        Some(if op == ast::CmpOp::IsNot { (f, t) } else { (t, f) })
    }

    /// `type(x) is T` / `is not T` of a union variable `x`, if `c` is that.
    pub(crate) fn union_type_is(&mut self, c: &ast::ExprCompare, span: Span) -> Option<Expr> {
        let (x, class, op) = type_is_parts(c)?;
        let ast::Expr::Name(n) = x else { return None };
        let var = self.narrowable(n.id.as_str())?;
        let current = self.narrowed.get(&var).copied().or_else(|| self.declared_type(var))?;
        // (`type(x) is int` of a plain `int` too: decided by its type. Of a
        // user class, `exact_type_test` rejects it.)
        let builtin_class = self.tested_classes(class).is_some_and(|cs| cs.iter().all(|c| matches!(c, Tested::Builtin(_))));
        let decided_by_type = member_code(current).is_some() && builtin_class;
        if !(current.is_union() || decided_by_type) {
            return None;
        }
        let value = self.expr(x, None);
        let test = match self.union_isinstance(value, class, true, span) {
            Ok(test) => test,
            Err(_) => {
                self.error(span, "type(x) is C of a union is supported only with builtin types (int, str, ...) or user classes");
                return Some(Self::error_expr(span));
            }
        };
        Some(match op {
            ast::CmpOp::IsNot => Expr { kind: ExprKind::Unary { op: crate::hir::UnaryOp::Not, arg: Box::new(test) }, ty: Ty::Bool, span },
            _ => test,
        })
    }

    /// A union of instances only, as their nearest common base class (one
    /// representation: the same pointer), so its methods and attributes
    /// dispatch on the run-time class (`leaf_or_node.area()`); `Err` gives it
    /// back otherwise.
    pub(crate) fn union_as_common_class(&self, e: Expr) -> Result<Expr, Expr> {
        let Ty::Union(members) = e.ty else { return Err(e) };
        match self.instance_join(members) {
            Some(base) => Ok(Expr { ty: base, ..e }),
            None => Err(e),
        }
    }

    /// The conversion of a `from` value to the union (or optional union)
    /// type `to`, or of a union to another type; `None` when neither is a
    /// union (the caller decides). Reports a mismatch.
    pub(crate) fn union_conversion(&mut self, from: Ty, to: Ty, span: Span) -> Option<Option<Conversion>> {
        if !from.is_union() && !to.is_union() {
            return None;
        }
        if from == to || from == Ty::Unknown || to == Ty::Unknown {
            return Some(None);
        }
        if let Some(targets) = to.union_members().filter(|_| to.is_union()) {
            // A member (or a subclass instance of one): a number is boxed,
            // an object is itself; None is null.
            let fits = |t: Ty, this: &Self| targets.iter().any(|m| *m == t || crate::class_expr::fits_as_is(&this.env.classes, t, *m));
            if from == Ty::None && targets.contains(&Ty::None) {
                return Some(Some(Conversion::NoneToNull));
            }
            if fits(from, self) {
                return Some(match from {
                    Ty::Int | Ty::Float | Ty::Bool => Some(Conversion::Box),
                    Ty::Str => Some(Conversion::Reinterpret),
                    _ => None,
                });
            }
            if from == Ty::optional(Ty::Str) && targets.contains(&Ty::Str) && targets.contains(&Ty::None) {
                return Some(Some(Conversion::Reinterpret));
            }
            if from == Ty::Int && targets.contains(&Ty::Float) {
                return Some(Some(Conversion::BoxIntAsFloat));
            }
            // A narrower union (or optional of a member): the same pointer.
            if let Some(sources) = from.union_members() {
                if sources.iter().all(|s| fits(*s, self)) {
                    return Some(None);
                }
            }
        }
        let hint = if from.is_union() { ": narrow it with isinstance() first" } else { "" };
        self.error(span, format!("expected {to}, found {from}{hint}"));
        Some(None)
    }

    /// `==`/`!=` with a union operand: the runtime's equality of values (the
    /// other operand boxed if it is a number), as CPython compares them
    /// (`1 == 1.0` is true). Orderings are rejected. `Err` gives the operands
    /// back when neither is a union.
    pub(crate) fn union_comparison(&mut self, op: CmpOp, lhs: Expr, rhs: Expr, span: Span) -> Result<Expr, (Expr, Expr)> {
        let Some(union) = [lhs.ty, rhs.ty].into_iter().find(|t| t.is_union()) else { return Err((lhs, rhs)) };
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let symbol = crate::expr::cmp_symbol(op);
            self.error(span, narrow_first(&format!("operator '{symbol}'"), union));
            return Ok(Self::error_expr(span));
        }
        let as_object = |this: &mut Self, e: Expr| -> Expr {
            match e.ty {
                Ty::Int | Ty::Float | Ty::Bool => {
                    let ty = Ty::optional(e.ty);
                    crate::checker::convert(Conversion::Box, e, ty)
                }
                Ty::None => crate::checker::convert(Conversion::NoneToNull, e, Ty::optional(union)),
                _ if e.ty.is_object() => e,
                other => {
                    let msg = format!("'==' between {union} and {other} is not supported");
                    this.unsupported(span, &msg)
                }
            }
        };
        // (Lowering compares two objects one of which is a union by value.)
        let (lhs, rhs) = (as_object(self, lhs), as_object(self, rhs));
        Ok(Expr { kind: ExprKind::Compare { operands: vec![lhs, rhs], ops: vec![op] }, ty: Ty::Bool, span })
    }
}

/// Whether a value of type `value` converts to the union type `union` (a
/// member, None for a nullable one, an int for a float member, a narrower
/// union). Instances of subclasses are not seen here (`union_conversion` is).
pub(crate) fn fits_union(value: Ty, union: Ty) -> bool {
    let Some(targets) = union.union_members().filter(|_| union.is_union()) else { return false };
    let sources = value.union_members().unwrap_or_else(|| vec![value]);
    sources.iter().all(|s| targets.contains(s) || (*s == Ty::Int && targets.contains(&Ty::Float)))
}

/// The type a display `e` should have where `expected` is: where a union is
/// expected, its one member of the display's kind (`[]` for an `int |
/// list[int]` is a `list[int]`); otherwise `expected` itself.
pub(crate) fn display_expected(e: &ast::Expr, expected: Option<Ty>) -> Option<Ty> {
    let Some(Ty::Union(members)) = expected else { return expected };
    let kind: fn(&Ty) -> bool = match e {
        ast::Expr::List(_) | ast::Expr::ListComp(_) => |t| matches!(t, Ty::List(_)),
        ast::Expr::Dict(_) | ast::Expr::DictComp(_) => |t| matches!(t, Ty::Dict(..)),
        ast::Expr::Set(_) | ast::Expr::SetComp(_) => |t| matches!(t, Ty::Set(_)),
        ast::Expr::Tuple(_) => |t| matches!(t, Ty::Tuple(_) | Ty::TupleOf(_)),
        _ => return expected,
    };
    match members.iter().filter(|m| kind(m)).collect::<Vec<_>>().as_slice() {
        [one] => Some(**one),
        _ => expected,
    }
}

/// The type a variable declared `declared` (a union) has after a value of
/// type `value` is assigned to it (as mypy narrows it): the member the value
/// is (a float for an int stored in a `float | str`), the narrower union, or
/// an instance's own class; `None` (not narrowed) for anything else.
pub(crate) fn assigned_member(declared: Ty, value: Ty) -> Option<Ty> {
    let members = declared.union_members()?;
    match value {
        Ty::None | Ty::Unknown => None,
        v if v == declared => None,
        v if members.contains(&v) => Some(v),
        Ty::Int if members.contains(&Ty::Float) => Some(Ty::Float),
        Ty::Instance(_) => Some(value),
        v if v.is_union() && fits_union(v, declared) => Some(v),
        _ => None,
    }
}

/// Whether `ty` is a union with a number member (a box, whose identity is
/// not the number's: CPython shares small ints).
pub(crate) fn has_number_member(ty: Ty) -> bool {
    ty.is_union() && ty.union_members().is_some_and(|ms| ms.iter().any(|m| m.is_number()))
}

/// Whether `ty` is a container whose elements (keys, values) are or hold unions.
pub(crate) fn holds_union(ty: Ty) -> bool {
    match ty {
        Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e) | Ty::Deque(e) => e.is_union() || holds_union(*e),
        Ty::Tuple(fields) => fields.iter().any(|f| f.is_union() || holds_union(*f)),
        Ty::Dict(k, v) => k.is_union() || v.is_union() || holds_union(*k) || holds_union(*v),
        _ => false,
    }
}

/// Whether `e` is a list, tuple, dict or set display.
pub(crate) fn is_display(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::List(_) | ast::Expr::Tuple(_) | ast::Expr::Dict(_) | ast::Expr::Set(_))
}

/// Whether every member of the (non-optional) union `ty` is a list, tuple,
/// dict, set or deque (whose objects keep their length at one offset).
pub(crate) fn all_containers(ty: Ty) -> bool {
    matches!(ty, Ty::Union(ms) if ms.iter().all(|m| matches!(m, Ty::List(_) | Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Deque(_))))
}

/// The message for an operation an un-narrowed union does not support.
pub(crate) fn narrow_first(what: &str, union: Ty) -> String {
    format!("{what} is not supported for '{union}'; narrow it with isinstance() first")
}

/// `(x, C, op)` of `type(x) is C` / `type(x) is not C`.
fn type_is_parts(c: &ast::ExprCompare) -> Option<(&ast::Expr, &ast::Expr, ast::CmpOp)> {
    let ([op @ (ast::CmpOp::Is | ast::CmpOp::IsNot)], [class]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
    let ast::Expr::Call(call) = &*c.left else { return None };
    if name_of(&call.func) != Some("type") || call.args.len() != 1 || !call.keywords.is_empty() {
        return None;
    }
    Some((&call.args[0], class, *op))
}

#[cfg(test)]
mod tests {
    use super::checked_union;
    use crate::hir::Ty;

    #[test]
    fn unions_are_normalised() {
        let a = Ty::union(&[Ty::Int, Ty::Str]);
        assert_eq!(a, Ty::union(&[Ty::Str, Ty::Int, Ty::Str]));
        assert_eq!(a.to_string(), "int | str");
        // Flattened, with None as the optional of the rest.
        let nested = Ty::union(&[Ty::Float, a, Ty::None]);
        assert_eq!(nested, Ty::optional(Ty::union(&[Ty::Int, Ty::Float, Ty::Str])));
        assert_eq!(nested.to_string(), "int | float | str | None");
        assert_eq!(Ty::union(&[nested, Ty::optional(Ty::Bool)]).to_string(), "int | float | bool | str | None");
        // One member is itself; with None, the plain optional.
        assert_eq!(Ty::union(&[Ty::Int]), Ty::Int);
        assert_eq!(Ty::union(&[Ty::Int, Ty::None]), Ty::optional(Ty::Int));
        assert_eq!(Ty::union(&[Ty::None]), Ty::None);
        assert!(a.is_union() && nested.is_union() && !Ty::optional(Ty::Int).is_union());
    }

    #[test]
    fn members_must_be_told_apart() {
        assert!(checked_union(&[Ty::list(Ty::Int), Ty::list(Ty::Str)]).is_err());
        assert!(checked_union(&[Ty::tuple(&[Ty::Int]), Ty::tuple_of(Ty::Str)]).is_err());
        assert!(checked_union(&[Ty::list(Ty::Int), Ty::dict(Ty::Str, Ty::Int), Ty::Int, Ty::Bool, Ty::None]).is_ok());
        assert!(checked_union(&[Ty::Int, Ty::callable(&[], Ty::Int)]).is_err());
    }
}
