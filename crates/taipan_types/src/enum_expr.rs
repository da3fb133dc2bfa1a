//! Uses of an enum class (`enum_class.rs` rewrote it into a plain class):
//! its members (`Color.RED`: a hidden module global holding the member,
//! made where the `class` statement runs), the class iterated (`for c in
//! Color`, `list(Color)`, `c in Color`: a hidden global list of the
//! canonical members in definition order), `len(Color)`, the lookups
//! `Color(value)` and `Color['NAME']` (the generated static methods), and
//! an `IntEnum` member read as its int (`Level.HIGH + 1`, `int(m)`,
//! comparisons, an `int` argument).

use std::collections::HashMap;

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{name_of, Checker, Resolved};
use crate::enum_class::{EnumInfo, EnumKind, BY_NAME, BY_VALUE};
use crate::env::{ModuleEnv, ModuleState};
use crate::hir::{AssignTarget, Expr, ExprKind, GlobalId, Place, Stmt, StmtKind, Ty};

/// Where an enum class's members live.
pub(crate) struct EnumStorage {
    /// By member index: the global holding it (canonical members only).
    members: Vec<Option<GlobalId>>,
    /// The list of the canonical members, in definition order.
    list: GlobalId,
}

/// The storage of each enum class, by class declaration index.
pub(crate) type EnumGlobals = HashMap<usize, EnumStorage>;

/// Gives each enum class's members and member list their hidden globals.
pub(crate) fn allocate(env: &ModuleEnv<'_>, state: &mut ModuleState) {
    for (c, decl) in env.scan.classes.iter().enumerate() {
        let Some(info) = decl.enum_info else { continue };
        let ty = Ty::Instance(env.classes.infos[c].id);
        let members = info
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.canonical == i).then(|| state.add_global(&format!("{}.{}", decl.name, m.name), Some(ty))))
            .collect();
        let list = state.add_global(&format!("{}.<members>", decl.name), Some(Ty::list(ty)));
        state.enum_globals.insert(c, EnumStorage { members, list });
    }
}

impl Checker<'_, '_> {
    /// The enum class `c` is, if it is one.
    pub(crate) fn enum_info(&self, c: usize) -> Option<&'static EnumInfo> {
        self.env.scan.classes.get(c).and_then(|d| d.enum_info)
    }

    /// The enum class a name expression names.
    fn enum_class_named(&self, e: &ast::Expr) -> Option<usize> {
        match self.resolve(name_of(e)?) {
            Resolved::Class(c) if self.enum_info(c).is_some() => Some(c),
            _ => None,
        }
    }

    /// Module code before the `class` statement would find no members
    /// (CPython: `NameError`); functions run after it (`class_order.rs`).
    fn check_enum_defined(&mut self, c: usize, span: Span) -> bool {
        if self.is_module_scope() && self.stmt_index <= self.env.scan.classes[c].stmt_index {
            let msg = format!("enum '{}' is used before its class statement", self.env.scan.classes[c].name);
            self.error(span, msg);
            return false;
        }
        true
    }

    /// `C.attr` when `attr` is a member of enum class `c`.
    pub(crate) fn enum_member(&mut self, c: usize, attr: &str, span: Span) -> Option<Expr> {
        let info = self.enum_info(c)?;
        let member = info.member(attr)?;
        if !self.check_enum_defined(c, span) {
            return Some(Self::error_expr(span));
        }
        let id = self.state.enum_globals.get(&c)?.members[member]?;
        let ty = Ty::Instance(self.env.classes.infos[c].id);
        Some(Expr { kind: ExprKind::Global { id, checked: false }, ty, span })
    }

    /// The enum class `e` names, iterated: the list of its members.
    pub(crate) fn enum_members_iterable(&mut self, e: &ast::Expr) -> Option<Expr> {
        let c = self.enum_class_named(e)?;
        let span = taipan_syntax::span_of(e);
        if !self.check_enum_defined(c, span) {
            return Some(Self::error_expr(span));
        }
        let id = self.state.enum_globals.get(&c)?.list;
        let ty = Ty::list(Ty::Instance(self.env.classes.infos[c].id));
        Some(Expr { kind: ExprKind::Global { id, checked: false }, ty, span })
    }

    /// Whether a parameter default is an enum member (`c: Color = Color.RED`):
    /// each call that omits it reads the member (`call.rs`), the same object
    /// CPython evaluated once.
    pub(crate) fn enum_member_default(&self, default: &ast::Expr) -> bool {
        let ast::Expr::Attribute(a) = default else { return false };
        let Some(c) = self.enum_class_named(&a.value) else { return false };
        self.enum_info(c).is_some_and(|i| i.member(a.attr.as_str()).is_some())
    }

    /// `len(C)` of an enum class: its number of members (aliases excluded).
    pub(crate) fn enum_len(&mut self, e: &ast::Expr) -> Option<Expr> {
        let c = self.enum_class_named(e)?;
        let span = taipan_syntax::span_of(e);
        if !self.check_enum_defined(c, span) {
            return Some(Self::error_expr(span));
        }
        let n = self.enum_info(c)?.canonical().count();
        Some(Self::const_expr(crate::hir::Const::Int(n as i64), span))
    }

    /// `C(value)` of an enum class: the member with that value.
    pub(crate) fn enum_call(&mut self, c: usize, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        self.enum_info(c)?;
        if call.args.len() != 1 || !call.keywords.is_empty() {
            let msg = format!("{}(value) takes exactly one positional argument here (the functional API is not supported)", self.env.scan.classes[c].name);
            return Some(self.reject_call(call, span, msg));
        }
        Some(self.class_method_call(c, BY_VALUE, call, span))
    }

    /// `C['NAME']` of an enum class: the member with that name.
    pub(crate) fn enum_subscript(&mut self, sub: &ast::ExprSubscript, span: Span) -> Option<Expr> {
        let c = self.enum_class_named(&sub.value)?;
        let call = ast::ExprCall { range: sub.range, func: sub.value.clone(), args: vec![(*sub.slice).clone()], keywords: Vec::new() };
        Some(self.class_method_call(c, BY_NAME, &call, span))
    }

    /// `C.attr = v` of an enum class, or a field of a member assigned
    /// outside the generated `__init__`: rejected (CPython raises
    /// `AttributeError`).
    pub(crate) fn reject_enum_assignment(&mut self, c: usize, attr: &str, class_itself: bool, span: Span) -> bool {
        let Some(info) = self.enum_info(c) else { return false };
        if !class_itself {
            let in_init = matches!(self.scope, crate::checker::Scope::Function { id, closure: false, .. }
                if self.env.scan.functions[id.index()].owner == Some(c)
                    && self.env.scan.functions[id.index()].def.name.as_str() == "__init__");
            if in_init {
                return false;
            }
        }
        let msg = if class_itself && info.member(attr).is_some() {
            format!("cannot reassign member '{attr}'")
        } else {
            format!("cannot assign '{attr}' of enum '{}': enum members are constants", self.env.scan.classes[c].name)
        };
        self.error(span, msg);
        true
    }

    /// Where the `class` statement of an enum runs: each member is made, then
    /// the list of members.
    pub(crate) fn init_enum_members(&mut self, def: &ast::StmtClassDef, span: Span, out: &mut Vec<Stmt>) {
        let Some(&c) = self.env.scan.class_index.get(def.name.as_str()) else { return };
        if self.env.scan.classes[c].stmt_index != self.stmt_index {
            return;
        }
        let Some(info) = self.enum_info(c) else { return };
        let Some(storage) = self.state.enum_globals.get(&c) else { return };
        let (globals, list) = (storage.members.clone(), storage.list);
        let ty = Ty::Instance(self.env.classes.infos[c].id);
        let mut items = Vec::new();
        for (i, member) in info.canonical() {
            let Some(id) = globals[i] else { continue };
            let range = def.range;
            let name = ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Str(member.name.clone()), kind: None });
            let func = ast::Expr::Name(ast::ExprName { range, id: def.name.clone(), ctx: ast::ExprContext::Load });
            let call = ast::ExprCall { range, func: Box::new(func), args: vec![name, member.value.clone()], keywords: Vec::new() };
            let value = self.construct(c, &call, span);
            out.push(Stmt {
                kind: StmtKind::Assign { targets: vec![AssignTarget { place: Place::Global(id), convert: None }], value },
                span,
            });
            items.push(Expr { kind: ExprKind::Global { id, checked: false }, ty, span });
        }
        let value = Expr { kind: ExprKind::List { items }, ty: Ty::list(ty), span };
        out.push(Stmt {
            kind: StmtKind::Assign { targets: vec![AssignTarget { place: Place::Global(list), convert: None }], value },
            span,
        });
    }

    /// The operands of a comparison chain, `IntEnum` members read as their
    /// ints, except as either operand of `in` (a member in a list of members
    /// is found by identity, as CPython's `==` on equal ints would).
    pub(crate) fn int_enum_compared(&self, ops: &[crate::hir::CmpOp], operands: Vec<Expr>) -> Vec<Expr> {
        use crate::hir::CmpOp;
        let membership = |i: usize| matches!(ops.get(i), Some(CmpOp::In | CmpOp::NotIn));
        operands
            .into_iter()
            .enumerate()
            .map(|(i, o)| if membership(i) || (i > 0 && membership(i - 1)) { o } else { self.int_enum_as_int(o) })
            .collect()
    }

    /// The value `format(member, spec)` formats: CPython 3.11's
    /// `Enum.__format__` formats `str(member)`; an `IntEnum`'s, the int.
    pub(crate) fn enum_format_operand(&mut self, value: Expr, span: Span) -> Expr {
        let Ty::Instance(id) = value.ty else { return value };
        let Some((c, _)) = self.env.classes.by_id(id) else { return value };
        match self.enum_info(c).map(|i| i.kind) {
            Some(EnumKind::Enum) => self.str_of(value, span),
            Some(EnumKind::IntEnum) => self.int_enum_as_int(value),
            None => value,
        }
    }

    /// The explanation for an `IntEnum` member stored where a number goes
    /// (empty for other values): in CPython the int slot still holds the
    /// member, whose `repr` differs, so it is not converted silently.
    pub(crate) fn int_enum_stored_as_number(&self, from: Ty, to: Ty) -> &'static str {
        let Ty::Instance(id) = from else { return "" };
        let int_enum = self.env.classes.by_id(id).and_then(|(c, _)| self.enum_info(c)).is_some_and(|i| i.kind == EnumKind::IntEnum);
        if int_enum && matches!(to.without_none(), Ty::Int | Ty::Float) {
            " (an IntEnum member stays a member, with its own repr: store int(m) or m.value)"
        } else {
            ""
        }
    }

    /// An `IntEnum` member read as its int (`_value_`); anything else as it is.
    pub(crate) fn int_enum_as_int(&self, e: Expr) -> Expr {
        let Ty::Instance(id) = e.ty else { return e };
        let Some((c, _)) = self.env.classes.by_id(id) else { return e };
        if !self.enum_info(c).is_some_and(|i| i.kind == EnumKind::IntEnum) {
            return e;
        }
        let Some((index, ty)) = self.env.classes.field(c, "_value_") else { return e };
        let span = e.span;
        Expr { kind: ExprKind::FieldGet { obj: Box::new(e), index }, ty, span }
    }
}
