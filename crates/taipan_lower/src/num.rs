//! Nums: `float` places that may hold ints (`taipan_types::num_places`).
//!
//! A num place (local, parameter, return value, global, field) has the IR
//! type `Num`. Reading one where a float is needed goes through `expr`,
//! which converts it (`NumToFloat`); the consumers that tell an int from a
//! float (`print`, `str`, `repr`, `format`, f-strings) and the stores into
//! num places lower the value with [`FnLowerer::num_expr`] instead, whose
//! arithmetic follows int rules when both operands are ints.

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn, UnaryOp};
use taipan_types::hir::{self, BinOp, Builtin, Const, Conversion, ExprKind, Ty};

use crate::{ir_type, FnLowerer};

impl FnLowerer<'_, '_> {
    /// The IR type of an operand.
    pub(crate) fn operand_type(&self, v: Operand) -> ir::Type {
        match v {
            Operand::Local(l) => self.b.locals[l.index()].ty,
            Operand::Const(c) => c.ty(),
        }
    }

    /// Whether `e` may give an int although its type is `float`.
    pub(crate) fn may_be_int(&self, e: &hir::Expr) -> bool {
        self.cx.nums.may_be_int(self.func, e)
    }

    /// The IR type a read of a place (`e`: a local, global, field, or call)
    /// gives: `Num` for a num place.
    pub(crate) fn read_type(&self, e: &hir::Expr) -> ir::Type {
        let place = matches!(
            e.kind,
            ExprKind::Local { .. } | ExprKind::Global { .. } | ExprKind::FieldGet { .. } | ExprKind::Call { .. } | ExprKind::MethodCall { .. }
        );
        if place && self.may_be_int(e) {
            ir::Type::Num
        } else {
            ir_type(e.ty)
        }
    }

    /// The IR type of parameter `p` of `func`.
    pub(crate) fn param_type(&self, func: hir::FuncId, p: usize) -> Option<ir::Type> {
        let f = self.cx.functions.get(func.index())?;
        let id = *f.params.get(p)?;
        let ty = f.locals.get(id.index())?.ty;
        Some(if self.cx.nums.local(Some(func), id) { ir::Type::Num } else { ir_type(ty) })
    }

    /// The IR type of field `index` of an instance of static type `obj_ty`
    /// whose HIR type is `ty`.
    pub(crate) fn field_type(&self, obj_ty: Ty, index: u32, ty: Ty) -> ir::Type {
        match obj_ty {
            Ty::Instance(class) if ty == Ty::Float && self.cx.nums.field(class, index) => ir::Type::Num,
            _ => ir_type(ty),
        }
    }

    /// `e` as a value of IR type `want` (`Num` for a num place).
    pub(crate) fn expr_as(&mut self, e: &hir::Expr, want: ir::Type) -> Operand {
        if want == ir::Type::Num {
            self.num_expr(e)
        } else {
            self.expr(e)
        }
    }

    /// `e`, kept a num when it may be an int (for the consumers that print
    /// an int differently from a float).
    pub(crate) fn expr_keeping_num(&mut self, e: &hir::Expr) -> Operand {
        if self.may_be_int(e) {
            self.num_expr(e)
        } else {
            self.expr(e)
        }
    }

    /// The IR type of an element of HIR type `ty` read from a container:
    /// `Num` for a float when the module's float containers may hold nums.
    pub(crate) fn elem_type(&self, ty: Ty) -> ir::Type {
        if self.cx.nums.containers && ty == Ty::Float {
            ir::Type::Num
        } else {
            ir_type(ty)
        }
    }

    /// `e` as a container element: kept a num when the module's float
    /// containers may hold nums (`taipan_types::num_places`).
    pub(crate) fn elem_expr(&mut self, e: &hir::Expr) -> Operand {
        if self.cx.nums.containers {
            self.expr_keeping_num(e)
        } else {
            self.expr(e)
        }
    }

    /// The `float` expression `e` as a `Num`.
    pub(crate) fn num_expr(&mut self, e: &hir::Expr) -> Operand {
        let saved = self.b.line;
        self.b.line = self.line_of(e.span);
        let value = self.num_at_line(e);
        self.b.line = saved;
        value
    }

    fn num_at_line(&mut self, e: &hir::Expr) -> Operand {
        if !self.may_be_int(e) {
            let v = self.expr(e);
            return self.to_type(v, ir::Type::Num);
        }
        match &e.kind {
            // `folded` made only ints a num holds constants.
            ExprKind::Const(Const::Int(i)) => Operand::Const(ir::Const::NumInt(*i)),
            ExprKind::Convert { conv: Conversion::IntToFloat, arg } => {
                let v = self.expr(arg);
                self.to_type(v, ir::Type::Num)
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let a = self.num_expr(lhs);
                let b = self.num_expr(rhs);
                let func = match op {
                    BinOp::Add => RuntimeFn::NumAdd,
                    BinOp::Sub => RuntimeFn::NumSub,
                    BinOp::Mul => RuntimeFn::NumMul,
                    BinOp::FloorDiv => RuntimeFn::NumFloorDiv,
                    BinOp::Mod => RuntimeFn::NumMod,
                    _ => RuntimeFn::NumPow,
                };
                self.runtime(func, vec![a, b], ir::Type::Num)
            }
            ExprKind::Unary { arg, .. } => {
                let v = self.num_expr(arg);
                self.runtime(RuntimeFn::NumNeg, vec![v], ir::Type::Num)
            }
            ExprKind::Builtin { func: Builtin::Abs, args } => {
                let v = self.num_expr(&args[0]);
                self.runtime(RuntimeFn::NumAbs, vec![v], ir::Type::Num)
            }
            ExprKind::Builtin { func: Builtin::RoundDigits, args } => {
                let v = self.num_expr(&args[0]);
                let digits = self.expr(&args[1]);
                self.runtime(RuntimeFn::NumRoundDigits, vec![v, digits], ir::Type::Num)
            }
            // As `builtins.rs` does, comparing the values as floats (exact
            // for every int a num holds) and keeping the winning num.
            ExprKind::Builtin { func: func @ (Builtin::Min | Builtin::Max), args } => {
                let values: Vec<Operand> = args.iter().map(|a| self.num_expr(a)).collect();
                let op = if *func == Builtin::Max { ir::CmpOp::Gt } else { ir::CmpOp::Lt };
                let mut best = values[0];
                for &candidate in &values[1..] {
                    let (c, b) = (self.to_type(candidate, ir::Type::Float), self.to_type(best, ir::Type::Float));
                    let better = self.b.value(ir::Type::Bool, Op::Cmp(op, c, b));
                    best = self.b.value(ir::Type::Num, Op::Select { cond: better, a: candidate, b: best });
                }
                best
            }
            ExprKind::IfExp { cond, then_value, else_value } => {
                let result = self.b.temp(ir::Type::Num);
                let c = self.condition(cond);
                let then_block = self.b.new_block();
                let else_block = self.b.new_block();
                let join = self.b.new_block();
                self.b.branch(c, then_block, else_block);
                for (block, value) in [(then_block, then_value), (else_block, else_value)] {
                    self.b.switch_to(block);
                    let v = self.num_expr(value);
                    self.b.copy(result, v);
                    self.b.jump(join);
                }
                self.b.switch_to(join);
                Operand::Local(result)
            }
            // A read of a num place: `expr_at_line` gives it as a `Num`.
            _ => {
                let v = self.expr_at_line(e);
                self.to_type(v, ir::Type::Num)
            }
        }
    }

    /// `v` converted to IR type `want` where a num is involved (`Int` →
    /// `Num` keeps the int; `Num` → `Float` reads the value as a float);
    /// any other operand as it is.
    pub(crate) fn to_type(&mut self, v: Operand, want: ir::Type) -> Operand {
        match (self.operand_type(v), want) {
            (ir::Type::Float, ir::Type::Num) => self.b.value(ir::Type::Num, Op::Unary(UnaryOp::FloatToNum, v)),
            (ir::Type::Num, ir::Type::Float) => match v {
                Operand::Const(ir::Const::NumInt(i)) => Operand::Const(ir::Const::Float(i as f64)),
                _ => self.b.value(ir::Type::Float, Op::Unary(UnaryOp::NumToFloat, v)),
            },
            (ir::Type::Int, ir::Type::Num) => match v {
                Operand::Const(ir::Const::Int(i)) if taipan_abi::num::from_int(i).is_some() => {
                    Operand::Const(ir::Const::NumInt(i))
                }
                _ => self.runtime(RuntimeFn::NumFromInt, vec![v], ir::Type::Num),
            },
            _ => v,
        }
    }
}

impl FnLowerer<'_, '_> {
    /// The arguments of a call of `func` (parameters from `skip` on: `self`
    /// comes first for `__init__`), in parameter order: the call's `args`
    /// evaluated in source order, each as its parameter's IR type, and the
    /// defaults of the others.
    pub(crate) fn call_arguments(
        &mut self,
        func: hir::FuncId,
        args: &[hir::Expr],
        slots: &[hir::ArgSlot],
        skip: usize,
    ) -> Vec<Operand> {
        let mut param_of = vec![None; args.len()];
        for (p, s) in slots.iter().enumerate() {
            if let Some(slot) = match s {
                hir::ArgSlot::Arg(i) => param_of.get_mut(*i),
                hir::ArgSlot::Default(_) => None,
            } {
                *slot = Some(p + skip);
            }
        }
        let values: Vec<Operand> = args
            .iter()
            .zip(param_of)
            .map(|(a, p)| match p.and_then(|p| self.param_type(func, p)) {
                Some(want) => self.expr_as(a, want),
                None => self.expr(a),
            })
            .collect();
        slots
            .iter()
            .enumerate()
            .map(|(p, s)| match s {
                hir::ArgSlot::Arg(i) => values.get(*i).copied().unwrap_or(Operand::Const(ir::Const::None)),
                hir::ArgSlot::Default(c) => self.default_arg(func, p + skip, c),
            })
            .collect()
    }
}
