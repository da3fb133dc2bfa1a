//! Expressions → instructions. Each returns the operand holding its value.

use taipan_ir as ir;
use taipan_ir::{CmpOp, ExcKind, FloatBinOp, IntBinOp, Op, Operand, RuntimeFn, Terminator, UnaryOp};
use taipan_types::hir::{self, BinOp, BoolOpKind, Const, Conversion, ExprKind, Ty};

use crate::stmt::int;
use crate::{ir_type, FnLowerer};

impl FnLowerer<'_, '_> {
    /// Lowers an expression; its instructions carry its own start line.
    pub fn expr(&mut self, e: &hir::Expr) -> Operand {
        let saved = self.b.line;
        self.b.line = self.line_of(e.span);
        let value = self.expr_at_line(e);
        // A num place read where a float is needed (`num.rs`).
        let value = if e.ty == Ty::Float { self.to_type(value, ir::Type::Float) } else { value };
        self.b.line = saved;
        value
    }

    pub(crate) fn expr_at_line(&mut self, e: &hir::Expr) -> Operand {
        match &e.kind {
            // An int constant where a float is declared (a num constant
            // when `num_expr` lowers it).
            ExprKind::Const(Const::Int(i)) if e.ty == Ty::Float => Operand::Const(ir::Const::Float(*i as f64)),
            ExprKind::Const(c) => self.constant(c),
            ExprKind::Local { id, checked } => {
                if *checked {
                    self.check_bound(*id);
                }
                Operand::Local(ir::Local(id.0))
            }
            ExprKind::Global { id, checked } => {
                self.borrowed_value(self.read_type(e), Op::LoadGlobal { global: ir::GlobalId(id.0), checked: *checked })
            }
            // A narrowed optional number or union read as the number it holds.
            ExprKind::Convert { conv: Conversion::Unbox, arg } if e.ty.is_number() => {
                let v = self.expr(arg);
                self.unbox_number(v, e.ty)
            }
            ExprKind::Convert { conv: Conversion::Reinterpret, arg } => {
                let v = self.expr(arg);
                let t = self.b.temp(ir_type(e.ty));
                self.b.copy(t, v);
                Operand::Local(t)
            }
            ExprKind::Convert { conv, arg } => {
                // A float boxed for a `float | None` keeps an int it holds (`num.rs`).
                let v = if *conv == Conversion::Box { self.expr_keeping_num(arg) } else { self.expr(arg) };
                self.convert(*conv, v, arg.ty).0
            }
            ExprKind::Unary { op, arg } => {
                let v = self.expr(arg);
                match (op, arg.ty) {
                    (hir::UnaryOp::Not, ty) => {
                        let b = self.truthy(v, ty);
                        self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::BoolNot, b))
                    }
                    (hir::UnaryOp::Neg, Ty::Float) => self.b.value(ir::Type::Float, Op::Unary(UnaryOp::FloatNeg, v)),
                    (hir::UnaryOp::Neg, _) => self.b.value(ir::Type::Int, Op::Unary(UnaryOp::IntNeg, v)),
                    (hir::UnaryOp::Invert, _) => self.b.value(ir::Type::Int, Op::Unary(UnaryOp::IntInvert, v)),
                }
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let a = self.expr(lhs);
                let b = self.expr(rhs);
                self.binary(*op, a, b, lhs.ty)
            }
            ExprKind::Compare { operands, ops } => self.compare_chain(operands, ops),
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values, e.ty),
            ExprKind::IfExp { cond, then_value, else_value } => {
                let result = self.b.temp(ir_type(e.ty));
                let c = self.condition(cond);
                let then_block = self.b.new_block();
                let else_block = self.b.new_block();
                let join = self.b.new_block();
                self.b.branch(c, then_block, else_block);
                self.b.switch_to(then_block);
                let v = self.expr(then_value);
                self.set_result(result, v);
                self.b.jump(join);
                self.b.switch_to(else_block);
                let v = self.expr(else_value);
                self.set_result(result, v);
                self.b.jump(join);
                self.b.switch_to(join);
                self.own_result(result)
            }
            ExprKind::Call { func, args, slots, check_defined } => {
                // CPython looks the function up before evaluating the arguments.
                if let Some(marker) = check_defined {
                    self.b.value(ir::Type::Bool, Op::LoadGlobal { global: ir::GlobalId(marker.0), checked: true });
                }
                let call_args = self.call_arguments(*func, args, slots, 0);
                let op = Op::Call { func: ir::FuncId(func.0), args: call_args };
                if e.ty == Ty::None {
                    self.b.emit(None, op);
                    Operand::Const(ir::Const::None)
                } else {
                    self.new_value(self.read_type(e), op)
                }
            }
            ExprKind::Builtin { func, args } => self.builtin(*func, args, e.ty),
            ExprKind::Print { args, sep, end, flush, to_stderr: false } => {
                self.print(args, sep.as_deref(), end.as_deref(), *flush);
                Operand::Const(ir::Const::None)
            }
            ExprKind::Print { args, sep, end, to_stderr: true, .. } => {
                self.print_to_stderr(args, sep.as_deref(), end.as_deref());
                Operand::Const(ir::Const::None)
            }
            ExprKind::ObjOp { op, args } => self.obj_op(*op, args, e.ty),
            ExprKind::List { items } => self.list_display(items, e.ty),
            ExprKind::Tuple { items } => self.tuple_display(items),
            ExprKind::Dict { items } => self.dict_display(items, e.ty),
            ExprKind::Set { items, constant } => self.set_display(items, *constant, e.ty),
            ExprKind::Comprehension(c) => self.comprehension(c, e.ty),
            ExprKind::FString { parts } => self.fstring(parts),
            ExprKind::CurrentItem => self.current_item.unwrap_or(Operand::Const(ir::Const::None)),
            ExprKind::New { class, init, args, slots } => self.new_instance(*class, *init, args, slots),
            ExprKind::NewException { class, init, args, positional, slots } => {
                self.new_exception(*class, *init, args, *positional, slots)
            }
            ExprKind::FieldGet { obj, index } => self.field_get(obj, *index, e.ty),
            ExprKind::MethodCall { call, overrides } => {
                let ret = self.read_type(e);
                self.method_call(call, overrides, e.ty, ret)
            }
            ExprKind::IsNone { arg, negated } => self.is_none(arg, *negated),
            ExprKind::IsInstance { arg, lo, hi } => self.is_instance(arg, *lo, *hi),
            ExprKind::InstanceLen(call) => self.instance_len(call),
            ExprKind::IsSame { lhs, rhs, negated } => {
                let (a, b) = (self.expr(lhs), self.expr(rhs));
                let same = self.b.value(ir::Type::Bool, Op::SameObject(a, b));
                if *negated {
                    self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::BoolNot, same))
                } else {
                    same
                }
            }
            ExprKind::Let { values, body } => self.let_values(values, body),
            ExprKind::LetValue(i) => self.let_value(*i),
            ExprKind::CellGet { id, checked } => self.cell_get(*id, *checked, e.ty),
            ExprKind::MakeClosure { func, captures } => self.make_closure(*func, captures),
            ExprKind::CallValue { callee, args } => self.call_value(callee, args, e.ty),
            ExprKind::AssignExpr { target, value } => {
                // An int going to a num place stays one (`num.rs`).
                let v = if self.target_type(target) == Some(ir::Type::Num) {
                    self.expr_keeping_num(value)
                } else {
                    self.expr(value)
                };
                self.store(target, v, value.ty);
                v
            }
        }
    }

    pub fn constant(&mut self, c: &Const) -> Operand {
        Operand::Const(match c {
            Const::Int(i) => ir::Const::Int(*i),
            Const::Float(f) => ir::Const::Float(*f),
            Const::Bool(b) => ir::Const::Bool(*b),
            Const::None => ir::Const::None,
            Const::Str(s) => ir::Const::Str(self.cx.intern(s)),
        })
    }

    /// Raises `UnboundLocalError` unless local `id` is bound.
    pub(crate) fn check_bound(&mut self, id: hir::LocalId) {
        let Some(flag) = self.bound_flags.get(id.index()).copied().flatten() else { return };
        let name = self.hir_locals[id.index()].name.clone();
        let line = self.b.line;
        let bound = self.b.new_block();
        let unbound = self.b.new_block();
        self.b.branch(Operand::Local(flag), bound, unbound);
        self.b.switch_to(unbound);
        let message =
            self.str_const(&format!("cannot access local variable '{name}' where it is not associated with a value"));
        self.b.terminate(Terminator::Raise { kind: ExcKind::UnboundLocalError, message: Some(message), line });
        self.b.switch_to(bound);
    }

    /// Applies a conversion to `value` of HIR type `from`; returns the result and its type.
    pub fn convert(&mut self, conv: Conversion, value: Operand, from: Ty) -> (Operand, Ty) {
        match conv {
            Conversion::IntToFloat => (self.b.value(ir::Type::Float, Op::Unary(UnaryOp::IntToFloat, value)), Ty::Float),
            // `value` is already a float: `expr` read any num as one.
            Conversion::ToFloat => (self.to_type(value, ir::Type::Float), Ty::Float),
            Conversion::BoolToInt => (self.b.value(ir::Type::Int, Op::Unary(UnaryOp::BoolToInt, value)), Ty::Int),
            Conversion::FloatToInt => (self.runtime(RuntimeFn::FloatToInt, vec![value], ir::Type::Int), Ty::Int),
            Conversion::Truth => (self.truthy(value, from), Ty::Bool),
            // (Only a str stored into a union reaches here: a target's
            // conversion. The expression form knows its type, in `expr`.)
            Conversion::Reinterpret => {
                let t = self.b.temp(ir::Type::Obj);
                self.b.copy(t, value);
                (Operand::Local(t), Ty::Object)
            }
            // Every optional is a maybe-null object; the null fits any.
            Conversion::NoneToNull => (Operand::Const(ir::Const::Null), Ty::optional(Ty::Unknown)),
            Conversion::Box => (self.box_number(value, from), Ty::optional(from)),
            Conversion::BoxIntAsFloat => (self.box_int_as_float(value), Ty::optional(Ty::Float)),
            Conversion::Unbox => {
                let inner = from.without_none();
                (self.unbox_number(value, inner), inner)
            }
            Conversion::CheckNotNone => {
                let line = self.b.line;
                let null = self.b.value(ir::Type::Bool, Op::IsNull(value));
                let (fail, ok) = (self.b.new_block(), self.b.new_block());
                self.b.branch(null, fail, ok);
                self.b.switch_to(fail);
                self.b.terminate(Terminator::RaiseCode { code: ir::ErrCode::NarrowedAttributeIsNone, line });
                self.b.switch_to(ok);
                (value, from)
            }
        }
    }

    /// Python truthiness of `value` of type `ty`, as a `bool`.
    pub fn truthy(&mut self, value: Operand, ty: Ty) -> Operand {
        // A num read from a container (`num.rs`): its value as a float.
        let value = if ty == Ty::Float { self.to_type(value, ir::Type::Float) } else { value };
        let op = match ty {
            Ty::Bool => return value,
            Ty::None => return Operand::Const(ir::Const::Bool(false)),
            Ty::Int | Ty::Unknown => UnaryOp::IntToBool,
            Ty::Float => UnaryOp::FloatToBool,
            other => return self.object_truthy(value, other),
        };
        self.b.value(ir::Type::Bool, Op::Unary(op, value))
    }

    /// The truthiness of a condition expression. The temps it made are
    /// released at once: a loop evaluates its condition again and again.
    pub fn condition(&mut self, cond: &hir::Expr) -> Operand {
        let mark = self.temp_mark();
        let v = self.expr(cond);
        let t = self.truthy(v, cond.ty);
        self.release_temps(mark);
        t
    }

    /// `result = v` for the result local of a conditional expression or an
    /// `and`/`or`: an object result takes its own reference.
    fn set_result(&mut self, result: ir::Local, v: Operand) {
        if self.b.locals[result.index()].ty.is_object() {
            self.b.emit(None, Op::IncRef(v));
        }
        self.b.copy(result, v);
    }

    /// A result local filled by `set_result`, registered as an owned temp.
    fn own_result(&mut self, result: ir::Local) -> Operand {
        if self.b.locals[result.index()].ty.is_object() {
            self.temps.push(result);
        }
        Operand::Local(result)
    }

    /// A runtime call; an object result is a new reference (an owned temp).
    /// (A float element read from a container that may hold nums is a
    /// `Num`: `FnBuilder::result_type`.)
    pub fn runtime(&mut self, func: RuntimeFn, args: Vec<Operand>, ret: ir::Type) -> Operand {
        let op = Op::CallRuntime { func, args };
        self.new_value(self.b.result_type(ret, &op), op)
    }

    /// `a op b` where both operands have HIR type `ty`.
    fn binary(&mut self, op: BinOp, a: Operand, b: Operand, ty: Ty) -> Operand {
        let (a, b) = if ty == Ty::Float {
            (self.to_type(a, ir::Type::Float), self.to_type(b, ir::Type::Float))
        } else {
            (a, b)
        };
        match ty {
            Ty::Float => {
                let float = |op| Op::FloatBin(op, a, b);
                match op {
                    BinOp::Add => self.b.value(ir::Type::Float, float(FloatBinOp::Add)),
                    BinOp::Sub => self.b.value(ir::Type::Float, float(FloatBinOp::Sub)),
                    BinOp::Mul => self.b.value(ir::Type::Float, float(FloatBinOp::Mul)),
                    BinOp::TrueDiv => self.b.value(ir::Type::Float, float(FloatBinOp::Div)),
                    BinOp::FloorDiv => self.runtime(RuntimeFn::FloatFloorDiv, vec![a, b], ir::Type::Float),
                    BinOp::Mod => self.runtime(RuntimeFn::FloatMod, vec![a, b], ir::Type::Float),
                    BinOp::Pow => self.runtime(RuntimeFn::FloatPow, vec![a, b], ir::Type::Float),
                    // The checker rejects bit operations on floats (and `@`
                    // on anything but an instance).
                    BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMul => {
                        Operand::Const(ir::Const::Float(f64::NAN))
                    }
                }
            }
            Ty::Bool => match op {
                BinOp::BitAnd => self.select(a, b, Operand::Const(ir::Const::Bool(false))),
                BinOp::BitOr => self.select(a, Operand::Const(ir::Const::Bool(true)), b),
                _ => self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, a, b)),
            },
            _ => {
                let int = |op| Op::IntBin(op, a, b);
                match op {
                    BinOp::Add => self.b.value(ir::Type::Int, int(IntBinOp::Add)),
                    BinOp::Sub => self.b.value(ir::Type::Int, int(IntBinOp::Sub)),
                    BinOp::Mul => self.b.value(ir::Type::Int, int(IntBinOp::Mul)),
                    BinOp::FloorDiv => self.b.value(ir::Type::Int, int(IntBinOp::FloorDiv)),
                    BinOp::Mod => self.b.value(ir::Type::Int, int(IntBinOp::Mod)),
                    BinOp::BitAnd => self.b.value(ir::Type::Int, int(IntBinOp::BitAnd)),
                    BinOp::BitOr => self.b.value(ir::Type::Int, int(IntBinOp::BitOr)),
                    BinOp::BitXor => self.b.value(ir::Type::Int, int(IntBinOp::BitXor)),
                    BinOp::TrueDiv => self.runtime(RuntimeFn::IntTrueDiv, vec![a, b], ir::Type::Float),
                    BinOp::Pow => self.runtime(RuntimeFn::IntPow, vec![a, b], ir::Type::Int),
                    BinOp::LShift => self.runtime(RuntimeFn::IntLshift, vec![a, b], ir::Type::Int),
                    BinOp::RShift => self.runtime(RuntimeFn::IntRshift, vec![a, b], ir::Type::Int),
                    // The checker turns `@` into a method call or rejects it.
                    BinOp::MatMul => Operand::Const(ir::Const::Int(0)),
                }
            }
        }
    }

    /// `a < b <= c ...`: each operand evaluated once, stopping at the first false link.
    fn compare_chain(&mut self, operands: &[hir::Expr], ops: &[hir::CmpOp]) -> Operand {
        let Some((first, rest)) = operands.split_first() else { return Operand::Const(ir::Const::Bool(true)) };
        let mut left = self.expr(first);
        let mut left_ty = first.ty;
        if ops.len() == 1 {
            let right = self.expr(&rest[0]);
            return self.compare(ops[0], left, left_ty, right, rest[0].ty);
        }
        let result = self.b.temp(ir::Type::Bool);
        let done = self.b.new_block();
        for (i, (op, operand)) in ops.iter().zip(rest).enumerate() {
            let right = self.expr(operand);
            let c = self.compare(*op, left, left_ty, right, operand.ty);
            self.b.copy(result, c);
            if i + 1 == ops.len() {
                self.b.jump(done);
            } else {
                let next = self.b.new_block();
                self.b.branch(c, next, done);
                self.b.switch_to(next);
            }
            left = right;
            left_ty = operand.ty;
        }
        self.b.switch_to(done);
        Operand::Local(result)
    }

    /// One comparison of two numbers of any mix of types, exactly as CPython.
    pub(crate) fn compare(&mut self, op: hir::CmpOp, a: Operand, a_ty: Ty, b: Operand, b_ty: Ty) -> Operand {
        let a = if a_ty == Ty::Float { self.to_type(a, ir::Type::Float) } else { a };
        let b = if b_ty == Ty::Float { self.to_type(b, ir::Type::Float) } else { b };
        if a_ty.is_object() || b_ty.is_object() {
            return self.compare_objects(op, a, a_ty, b, b_ty);
        }
        let op = cmp_op(op);
        // bools compare as the ints 0 and 1.
        let (a, a_ty) = self.bool_as_int(a, a_ty, b_ty);
        let (b, b_ty) = self.bool_as_int(b, b_ty, a_ty);
        match (a_ty, b_ty) {
            (Ty::Int, Ty::Float) => match exact_float_const(a) {
                Some(a) => self.b.value(ir::Type::Bool, Op::Cmp(op, a, b)),
                None => self.int_float_compare(op, a, b),
            },
            (Ty::Float, Ty::Int) => match exact_float_const(b) {
                Some(b) => self.b.value(ir::Type::Bool, Op::Cmp(op, a, b)),
                None => self.int_float_compare(mirror(op), b, a),
            },
            _ => self.b.value(ir::Type::Bool, Op::Cmp(op, a, b)),
        }
    }

    /// A `bool` compared with a non-`bool` becomes an `int`.
    fn bool_as_int(&mut self, v: Operand, ty: Ty, other: Ty) -> (Operand, Ty) {
        if ty == Ty::Bool && other != Ty::Bool {
            self.convert(Conversion::BoolToInt, v, ty)
        } else {
            (v, ty)
        }
    }

    /// `i op f` for an int and a float, exact even where the int has no exact
    /// float (beyond 2**53).
    fn int_float_compare(&mut self, op: CmpOp, i: Operand, f: Operand) -> Operand {
        // -1, 0, 1 for less, equal, greater; 2 when the float is NaN.
        let order = self.runtime(RuntimeFn::IntFloatCmp, vec![i, f], ir::Type::Int);
        let cmp = |op, n| Op::Cmp(op, order, int(n));
        match op {
            CmpOp::Eq => self.b.value(ir::Type::Bool, cmp(CmpOp::Eq, 0)),
            CmpOp::Ne => self.b.value(ir::Type::Bool, cmp(CmpOp::Ne, 0)),
            CmpOp::Lt => self.b.value(ir::Type::Bool, cmp(CmpOp::Eq, -1)),
            CmpOp::Le => self.b.value(ir::Type::Bool, cmp(CmpOp::Le, 0)),
            CmpOp::Gt => self.b.value(ir::Type::Bool, cmp(CmpOp::Eq, 1)),
            CmpOp::Ge => {
                let not_less = self.b.value(ir::Type::Bool, cmp(CmpOp::Ge, 0));
                let not_nan = self.b.value(ir::Type::Bool, cmp(CmpOp::Le, 1));
                self.select(not_less, not_nan, Operand::Const(ir::Const::Bool(false)))
            }
        }
    }

    /// `a and b ...` / `a or b ...`: the first deciding value, or the last.
    fn bool_op(&mut self, op: BoolOpKind, values: &[hir::Expr], ty: Ty) -> Operand {
        let result = self.b.temp(ir_type(ty));
        let done = self.b.new_block();
        for (i, value) in values.iter().enumerate() {
            let v = self.expr(value);
            self.set_result(result, v);
            if i + 1 == values.len() {
                self.b.jump(done);
                break;
            }
            let t = self.truthy(v, value.ty);
            let next = self.b.new_block();
            match op {
                BoolOpKind::And => self.b.branch(t, next, done),
                BoolOpKind::Or => self.b.branch(t, done, next),
            }
            self.b.switch_to(next);
            // Not the result: this value's reference goes.
            if ty.is_object() {
                self.b.emit(None, Op::DecRef(Operand::Local(result)));
            }
        }
        self.b.switch_to(done);
        self.own_result(result)
    }
}

/// An int constant that converts to a float exactly (|n| <= 2**53), as that float.
fn exact_float_const(v: Operand) -> Option<Operand> {
    match v {
        Operand::Const(ir::Const::Int(n)) if (-(1i64 << 53)..=(1i64 << 53)).contains(&n) => {
            Some(Operand::Const(ir::Const::Float(n as f64)))
        }
        _ => None,
    }
}

pub(crate) fn cmp_op(op: hir::CmpOp) -> CmpOp {
    match op {
        hir::CmpOp::Eq => CmpOp::Eq,
        hir::CmpOp::Ne => CmpOp::Ne,
        hir::CmpOp::Lt => CmpOp::Lt,
        hir::CmpOp::Le => CmpOp::Le,
        hir::CmpOp::Gt => CmpOp::Gt,
        hir::CmpOp::Ge => CmpOp::Ge,
        // Membership is lowered by `compare_objects`, never as a `Cmp`.
        hir::CmpOp::In | hir::CmpOp::NotIn => CmpOp::Eq,
    }
}

/// The comparison with its operands swapped: `a < b` is `b > a`.
fn mirror(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}
