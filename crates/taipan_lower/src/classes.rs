//! Instances of user classes: construction, fields, method dispatch on the
//! receiver's class id, `is None`, `isinstance`, and `str`/`repr` through
//! `__str__`/`__repr__` (layout and class ids: `taipan_abi::instance_object`).

use taipan_ir as ir;
use taipan_ir::{CmpOp, Op, Operand, RuntimeFn, UnaryOp};
use taipan_types::hir::{self, ArgSlot, ClassId, Ty};

use crate::stmt::int;
use crate::{ir_type, FnLowerer};

/// CPython's message when `__len__` returns a negative number.
const LEN_NEGATIVE: &str = "__len__() should return >= 0";

impl FnLowerer<'_, '_> {
    /// `len(obj)` through `__len__` (`call`): CPython rejects a negative length.
    pub fn instance_len(&mut self, call: &hir::Expr) -> Operand {
        let n = self.expr(call);
        let line = self.b.line;
        let negative = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Lt, n, int(0)));
        let (bad, ok) = (self.b.new_block(), self.b.new_block());
        self.b.branch(negative, bad, ok);
        self.b.switch_to(bad);
        let message = self.str_const(LEN_NEGATIVE);
        let kind = taipan_abi::ExcKind::ValueError;
        self.b.terminate(ir::Terminator::Raise { kind, message: Some(message), line });
        self.b.switch_to(ok);
        n
    }

    /// `C(args)`: a new instance (fields zero), then `__init__(obj, args)`.
    /// The arguments are evaluated before the instance exists, as in CPython
    /// (where `__new__` comes first, but cannot fail or be observed here).
    pub fn new_instance(&mut self, class: ClassId, init: Option<hir::FuncId>, args: &[hir::Expr], slots: &[ArgSlot]) -> Operand {
        // Parameter 0 of `__init__` is `self`.
        let args = init.map(|init| self.call_arguments(init, args, slots, 1)).unwrap_or_default();
        let obj = self.runtime(RuntimeFn::InstanceNew, vec![int(i64::from(class.index))], ir::Type::Obj);
        if let Some(init) = init {
            let mut call_args = vec![obj];
            call_args.extend(args);
            self.b.emit(None, Op::Call { func: ir::FuncId(init.0), args: call_args });
        }
        obj
    }

    /// `obj.field` (an owned temp for objects).
    pub fn field_get(&mut self, obj: &hir::Expr, index: u32, ty: Ty) -> Operand {
        let o = self.expr(obj);
        let field_ty = self.field_type(obj.ty, index, ty);
        let index = crate::exception_classes::field_slot(obj.ty, index);
        self.borrowed_value(field_ty, Op::FieldGet { obj: o, index, kind: field_ty.slot_kind() })
    }

    /// `obj.field = value`: the value first, then the object, as CPython
    /// (which loads the target's object after computing the value).
    pub fn set_field(&mut self, obj: &hir::Expr, index: u32, value: &hir::Expr) {
        let field_ty = self.field_type(obj.ty, index, value.ty);
        let v = self.expr_as(value, field_ty);
        let o = self.expr(obj);
        let index = crate::exception_classes::field_slot(obj.ty, index);
        self.b.emit(None, Op::FieldSet { obj: o, index, value: v, kind: field_ty.slot_kind() });
    }

    /// A method call dispatched on the receiver's class id: each override's
    /// range is tested in order, the receiver's own method is the fallback.
    /// `ret`: the IR type of the result (the methods of one call agree on
    /// which parameters and results are nums, `taipan_types::num_places`).
    pub fn method_call(&mut self, call: &hir::Expr, overrides: &[hir::Override], ty: Ty, ret: ir::Type) -> Operand {
        let hir::ExprKind::Call { func, args, slots, .. } = &call.kind else { return Operand::Const(ir::Const::None) };
        let call_args = self.call_arguments(*func, args, slots, 0);
        let Some(&receiver) = call_args.first() else { return Operand::Const(ir::Const::None) };
        let class_id = self.b.value(ir::Type::Int, Op::ClassId(receiver));
        let result = (ty != Ty::None).then(|| self.b.temp(ret));
        let join = self.b.new_block();
        for o in overrides {
            let in_range = self.class_id_in(class_id, o.lo, o.hi);
            let this = self.b.new_block();
            let next = self.b.new_block();
            self.b.branch(in_range, this, next);
            self.b.switch_to(this);
            // An argument the call leaves out is the override's own default
            // (the checker only dispatches over overrides whose defaults are
            // constants where the method's are: `override_binding.rs`).
            let mut args = call_args.clone();
            for (p, slot) in slots.iter().enumerate() {
                let own = self.cx.functions.get(o.func.index()).and_then(|f| f.defaults.get(p).cloned().flatten());
                if let (hir::ArgSlot::Default(_), Some(c), Some(arg)) = (slot, own, args.get_mut(p)) {
                    *arg = self.default_arg(o.func, p, &c);
                }
            }
            self.b.emit(result, Op::Call { func: ir::FuncId(o.func.0), args });
            self.b.jump(join);
            self.b.switch_to(next);
        }
        self.b.emit(result, Op::Call { func: ir::FuncId(func.0), args: call_args });
        self.b.jump(join);
        self.b.switch_to(join);
        match result {
            None => Operand::Const(ir::Const::None),
            Some(r) => {
                // Each call gave a new reference into `result`: an owned temp.
                if ir_type(ty).is_object() {
                    self.temps.push(r);
                }
                Operand::Local(r)
            }
        }
    }

    /// `lo <= id < hi` as a `bool` (one compare when the range is one class).
    pub(crate) fn class_id_in(&mut self, id: Operand, lo: u32, hi: u32) -> Operand {
        if hi == lo + 1 {
            return self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Eq, id, int(i64::from(lo))));
        }
        // Unsigned `id - lo < hi - lo`, with signed ops: ids are small and non-negative.
        let ge = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ge, id, int(i64::from(lo))));
        let lt = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Lt, id, int(i64::from(hi))));
        let a = self.b.value(ir::Type::Int, Op::Unary(UnaryOp::BoolToInt, ge));
        let b = self.b.value(ir::Type::Int, Op::Unary(UnaryOp::BoolToInt, lt));
        let both = self.b.value(ir::Type::Int, Op::IntBin(ir::IntBinOp::BitAnd, a, b));
        self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::IntToBool, both))
    }

    /// `x is None` / `x is not None`.
    pub fn is_none(&mut self, arg: &hir::Expr, negated: bool) -> Operand {
        let v = self.expr(arg);
        if !ir_type(arg.ty).is_object() {
            return Operand::Const(ir::Const::Bool(negated == (arg.ty != Ty::None)));
        }
        let null = self.b.value(ir::Type::Bool, Op::IsNull(v));
        if negated {
            self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::BoolNot, null))
        } else {
            null
        }
    }

    /// `isinstance(x, C)`: `x`'s class id in `lo..hi`; false for None.
    pub fn is_instance(&mut self, arg: &hir::Expr, lo: u32, hi: u32) -> Operand {
        let v = self.expr(arg);
        // An `object` may be None (null) too.
        if let Ty::Optional(_) | Ty::Object = arg.ty {
            let result = self.b.temp(ir::Type::Bool);
            self.b.copy(result, Operand::Const(ir::Const::Bool(false)));
            let null = self.b.value(ir::Type::Bool, Op::IsNull(v));
            let (some, join) = (self.b.new_block(), self.b.new_block());
            self.b.branch(null, join, some);
            self.b.switch_to(some);
            let id = self.b.value(ir::Type::Int, Op::ClassId(v));
            let r = self.class_id_in(id, lo, hi);
            self.b.copy(result, r);
            self.b.jump(join);
            self.b.switch_to(join);
            return Operand::Local(result);
        }
        let id = self.b.value(ir::Type::Int, Op::ClassId(v));
        self.class_id_in(id, lo, hi)
    }

    /// `str(x)` / `repr(x)` of an instance or optional instance: its
    /// `__str__` (for `str`, falling back to `__repr__`) or `__repr__`, else
    /// the default `<__main__.C object at 0x...>`; `None` for a null optional.
    pub fn instance_text(&mut self, x: Operand, ty: Ty, repr: bool) -> Operand {
        let class = match ty.without_none() {
            Ty::Instance(c) => Some(c),
            _ => None,
        };
        let result = self.b.temp(ir::Type::Str);
        let join = self.b.new_block();
        if let Ty::Optional(_) = ty {
            let null = self.b.value(ir::Type::Bool, Op::IsNull(x));
            let (none, some) = (self.b.new_block(), self.b.new_block());
            self.b.branch(null, none, some);
            self.b.switch_to(none);
            let text = self.str_const("None");
            self.b.copy(result, text);
            self.b.jump(join);
            self.b.switch_to(some);
        }
        if class.is_none() {
            // An optional str or container: its own text when not None. The
            // result takes its own reference (the text may be a temp or `x`).
            let inner = ty.without_none();
            let text = if repr { self.repr_of(x, inner) } else { self.str_of(x, inner) };
            self.b.emit(None, Op::IncRef(text));
            self.b.copy(result, text);
            self.b.jump(join);
            self.b.switch_to(join);
            self.temps.push(result);
            return Operand::Local(result);
        }
        let info = class.and_then(|c| self.cx.classes.get(c.index as usize));
        let method = info.map(|c| if repr { c.repr_method.clone() } else { c.str_method.clone() });
        match method {
            Some(m) => self.dispatch_into(result, x, m.func, &m.overrides),
            None => self.b.emit(Some(result), Op::CallRuntime { func: RuntimeFn::InstanceRepr, args: vec![x] }),
        }
        self.b.jump(join);
        self.b.switch_to(join);
        self.temps.push(result);
        Operand::Local(result)
    }

    /// `result = func(x)` (the default repr for `None`), or an override's
    /// function for `x`'s class. (The result is written directly: a local owns
    /// its reference alone.)
    fn dispatch_into(&mut self, result: ir::Local, x: Operand, func: Option<hir::FuncId>, overrides: &[(u32, u32, Option<hir::FuncId>)]) {
        let join = self.b.new_block();
        if !overrides.is_empty() {
            let id = self.b.value(ir::Type::Int, Op::ClassId(x));
            for (lo, hi, f) in overrides {
                let in_range = self.class_id_in(id, *lo, *hi);
                let (this, next) = (self.b.new_block(), self.b.new_block());
                self.b.branch(in_range, this, next);
                self.b.switch_to(this);
                self.text_call(result, x, *f);
                self.b.jump(join);
                self.b.switch_to(next);
            }
        }
        self.text_call(result, x, func);
        self.b.jump(join);
        self.b.switch_to(join);
    }

    fn text_call(&mut self, result: ir::Local, x: Operand, func: Option<hir::FuncId>) {
        let op = match func {
            Some(f) => Op::Call { func: ir::FuncId(f.0), args: vec![x] },
            None => Op::CallRuntime { func: RuntimeFn::InstanceRepr, args: vec![x] },
        };
        self.b.emit(Some(result), op);
    }
}
