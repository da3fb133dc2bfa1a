//! Inline arithmetic, comparisons and conversions.
//!
//! No Cranelift trap may ever fire: in an object file a trap is a SIGILL/SIGFPE,
//! not a Python exception. So every division is preceded by explicit checks for
//! a zero divisor and for `i64::MIN / -1`, which raise the IR op's error instead.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData};
use cranelift_module::Module;
use taipan_abi::{str_object, ErrCode};
use taipan_ir as ir;

use super::FunctionTranslator;
use crate::CodegenError;

/// The operands of a float op, with a constant left operand of `+` or `*` moved
/// to the right, where x86 can read it from memory (`mulsd const(%rip), %xmm0`)
/// instead of first building it in a register. IEEE addition and multiplication
/// are commutative bit for bit, signed zeros included; a NaN constant stays where
/// it is, since with two NaN operands the first one's payload wins.
pub(super) fn constant_on_the_right<'o>(
    op: ir::FloatBinOp,
    a: &'o ir::Operand,
    b: &'o ir::Operand,
) -> (&'o ir::Operand, &'o ir::Operand) {
    let commutative = matches!(op, ir::FloatBinOp::Add | ir::FloatBinOp::Mul);
    match (a, b) {
        (ir::Operand::Const(ir::Const::Float(c)), ir::Operand::Local(_)) if commutative && !c.is_nan() => (b, a),
        _ => (a, b),
    }
}

/// `k` when the constant divisor is `2^k` (1, 2, 4, ..., 2^62).
fn positive_power_of_two(divisor: Option<i64>) -> Option<u32> {
    match divisor {
        Some(d) if d > 0 && (d as u64).is_power_of_two() => Some(d.trailing_zeros()),
        _ => None,
    }
}

impl<M: Module + ?Sized> FunctionTranslator<'_, '_, M> {
    /// `divisor` is the right operand when it is a constant: checks it cannot
    /// fail are left out.
    pub(super) fn int_binary(
        &mut self,
        op: ir::IntBinOp,
        a: clif::Value,
        b: clif::Value,
        divisor: Option<i64>,
        line: u32,
    ) -> clif::Value {
        use ir::IntBinOp::*;
        match op {
            Add => {
                let (sum, overflow) = self.b.ins().sadd_overflow(a, b);
                self.raise_if(overflow, ErrCode::IntOverflow, line);
                sum
            }
            Sub => {
                let (difference, overflow) = self.b.ins().ssub_overflow(a, b);
                self.raise_if(overflow, ErrCode::IntOverflow, line);
                difference
            }
            Mul => {
                let (product, overflow) = self.b.ins().smul_overflow(a, b);
                self.raise_if(overflow, ErrCode::IntOverflow, line);
                product
            }
            FloorDiv => self.int_floor_div(a, b, divisor, line),
            Mod => self.int_mod(a, b, divisor, line),
            AddUnchecked => self.b.ins().iadd(a, b),
            SubUnchecked => self.b.ins().isub(a, b),
            BitAnd => self.b.ins().band(a, b),
            BitOr => self.b.ins().bor(a, b),
            BitXor => self.b.ins().bxor(a, b),
        }
    }

    /// Raises `code` when `b` is zero; returns a divisor that is safe to divide by
    /// on the path that continues (a constant 0 is replaced by 1 there, since that
    /// path is never taken and Cranelift must not see a division by constant 0).
    fn check_divisor_nonzero(&mut self, b: clif::Value, divisor: Option<i64>, code: ErrCode, line: u32) -> clif::Value {
        match divisor {
            Some(0) => {
                let always = self.b.ins().iconst(types::I8, 1);
                self.raise_if(always, code, line);
                self.b.ins().iconst(types::I64, 1)
            }
            Some(_) => b,
            None => {
                let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                self.raise_if(is_zero, code, line);
                b
            }
        }
    }

    /// 1 when a truncated remainder `r` must be moved toward the divisor's sign to
    /// floor: `r != 0 && (r < 0) != (b < 0)`.
    fn needs_floor_fixup(&mut self, r: clif::Value, b: clif::Value) -> clif::Value {
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let signs = self.b.ins().bxor(r, b);
        let signs_differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
        self.b.ins().band(nonzero, signs_differ)
    }

    /// Python's `a // b`: the quotient rounded toward negative infinity.
    fn int_floor_div(&mut self, a: clif::Value, b: clif::Value, divisor: Option<i64>, line: u32) -> clif::Value {
        // Flooring division by 2^k is exactly the arithmetic shift right by k,
        // for negative `a` too (-3 // 2 == -3 >> 1 == -2).
        if let Some(k) = positive_power_of_two(divisor) {
            return self.b.ins().sshr_imm_s(a, i64::from(k));
        }
        let b = self.check_divisor_nonzero(b, divisor, ErrCode::IntFloorDivByZero, line);
        // i64::MIN // -1 is 2**63: out of range (and a CPU fault in `idiv`).
        match divisor {
            Some(-1) => {
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                self.raise_if(is_min, ErrCode::IntOverflow, line);
            }
            Some(_) => {}
            None => {
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                let is_minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let overflows = self.b.ins().band(is_min, is_minus_one);
                self.raise_if(overflows, ErrCode::IntOverflow, line);
            }
        }
        let quotient = self.b.ins().sdiv(a, b);
        let product = self.b.ins().imul(quotient, b);
        let remainder = self.b.ins().isub(a, product);
        let fixup = self.needs_floor_fixup(remainder, b);
        let fixup = self.b.ins().uextend(types::I64, fixup);
        self.b.ins().isub(quotient, fixup)
    }

    /// Python's `a % b`: the remainder with the sign of `b`.
    fn int_mod(&mut self, a: clif::Value, b: clif::Value, divisor: Option<i64>, line: u32) -> clif::Value {
        // Modulo a positive 2^k keeps the low k bits, for negative `a` too
        // (-3 % 4 == 1 == -3 & 3): two's complement is floor arithmetic.
        if let Some(k) = positive_power_of_two(divisor) {
            let mask = (1i64 << k) - 1;
            return self.b.ins().band_imm_s(a, mask);
        }
        let b = self.check_divisor_nonzero(b, divisor, ErrCode::IntModByZero, line);
        // x % -1 is 0 for every x, and `srem i64::MIN, -1` would fault: divide by 1
        // instead, which gives the same 0.
        let safe_divisor = match divisor {
            Some(-1) => return self.b.ins().iconst(types::I64, 0),
            Some(_) => b,
            None => {
                let is_minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let one = self.b.ins().iconst(types::I64, 1);
                self.b.ins().select(is_minus_one, one, b)
            }
        };
        let remainder = self.b.ins().srem(a, safe_divisor);
        let fixup = self.needs_floor_fixup(remainder, b);
        let zero = self.b.ins().iconst(types::I64, 0);
        let adjustment = self.b.ins().select(fixup, b, zero);
        self.b.ins().iadd(remainder, adjustment)
    }

    pub(super) fn float_binary(&mut self, op: ir::FloatBinOp, a: clif::Value, b: clif::Value, line: u32) -> clif::Value {
        match op {
            ir::FloatBinOp::Add => self.b.ins().fadd(a, b),
            ir::FloatBinOp::Sub => self.b.ins().fsub(a, b),
            ir::FloatBinOp::Mul => self.b.ins().fmul(a, b),
            ir::FloatBinOp::Div => {
                let zero = self.b.ins().f64const(0.0);
                // Ordered equality: true for 0.0 and -0.0, false for NaN.
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, b, zero);
                self.raise_if(is_zero, ErrCode::FloatDivByZero, line);
                self.b.ins().fdiv(a, b)
            }
        }
    }

    /// `tp_math_sqrt` inline: the square root instruction, raising the runtime
    /// function's `MathDomain` error exactly where it would, for `x < 0.0`
    /// (-inf included; -0.0 gives -0.0, NaN gives NaN, +inf gives +inf, as
    /// CPython's `math.sqrt` does).
    pub(super) fn math_sqrt(&mut self, x: clif::Value, line: u32) -> clif::Value {
        let zero = self.b.ins().f64const(0.0);
        let negative = self.b.ins().fcmp(FloatCC::LessThan, x, zero);
        self.raise_if(negative, ErrCode::MathDomain, line);
        self.b.ins().sqrt(x)
    }

    pub(super) fn compare(
        &mut self,
        op: ir::CmpOp,
        ty: ir::Type,
        a: clif::Value,
        b: clif::Value,
    ) -> Result<clif::Value, CodegenError> {
        use ir::CmpOp::*;
        Ok(match ty {
            ir::Type::Int => {
                let cc = match op {
                    Eq => IntCC::Equal,
                    Ne => IntCC::NotEqual,
                    Lt => IntCC::SignedLessThan,
                    Le => IntCC::SignedLessThanOrEqual,
                    Gt => IntCC::SignedGreaterThan,
                    Ge => IntCC::SignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, a, b)
            }
            // 0 and 1: False < True.
            ir::Type::Bool => {
                let cc = match op {
                    Eq => IntCC::Equal,
                    Ne => IntCC::NotEqual,
                    Lt => IntCC::UnsignedLessThan,
                    Le => IntCC::UnsignedLessThanOrEqual,
                    Gt => IntCC::UnsignedGreaterThan,
                    Ge => IntCC::UnsignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, a, b)
            }
            // IEEE: every comparison involving NaN is false, except `!=`.
            // (Lowering compares nums as floats, after `NumToFloat`.)
            ir::Type::Float | ir::Type::Num => {
                let cc = match op {
                    Eq => FloatCC::Equal,
                    Ne => FloatCC::NotEqual,
                    Lt => FloatCC::LessThan,
                    Le => FloatCC::LessThanOrEqual,
                    Gt => FloatCC::GreaterThan,
                    Ge => FloatCC::GreaterThanOrEqual,
                };
                self.b.ins().fcmp(cc, a, b)
            }
            ir::Type::Str | ir::Type::Obj | ir::Type::None => {
                return Err(self.unsupported(format!("no inline comparison of {ty} values")));
            }
        })
    }

    pub(super) fn unary(&mut self, op: ir::UnaryOp, a: clif::Value, line: u32) -> clif::Value {
        use ir::UnaryOp::*;
        match op {
            IntNeg | IntAbs => {
                // -i64::MIN is 2**63: out of range.
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                self.raise_if(is_min, ErrCode::IntOverflow, line);
                if op == IntNeg {
                    self.b.ins().ineg(a)
                } else {
                    self.b.ins().iabs(a)
                }
            }
            IntInvert => self.b.ins().bnot(a),
            FloatNeg => self.b.ins().fneg(a),
            FloatAbs => self.b.ins().fabs(a),
            BoolNot => self.b.ins().bxor_imm_s(a, 1),
            IntToFloat => self.b.ins().fcvt_from_sint(types::F64, a),
            FloatToNum => a,
            NumToFloat => self.num_to_float(a),
            BoolToInt => self.b.ins().uextend(types::I64, a),
            IntToBool => self.b.ins().icmp_imm_s(IntCC::NotEqual, a, 0),
            FloatToBool => {
                let zero = self.b.ins().f64const(0.0);
                // Unordered-or-not-equal: NaN is true, as in Python.
                self.b.ins().fcmp(FloatCC::NotEqual, a, zero)
            }
            StrToBool => {
                let len = self.b.ins().load(types::I64, MemFlagsData::trusted(), a, str_object::LEN);
                self.b.ins().icmp_imm_s(IntCC::NotEqual, len, 0)
            }
        }
    }
}
