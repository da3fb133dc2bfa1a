//! Builtin and `math` functions, and `print`.

use taipan_ir as ir;
use taipan_ir::{CmpOp, Op, Operand, RuntimeFn, UnaryOp};
use taipan_types::hir::{self, Builtin, MathFn, Ty};

use crate::{ir_type, FnLowerer};

impl FnLowerer<'_, '_> {
    pub fn builtin(&mut self, func: Builtin, args: &[hir::Expr], ty: Ty) -> Operand {
        if let (Builtin::Math(MathFn::Fsum), [arg]) = (func, args) {
            if let Some(g) = crate::comprehension::generator_of(arg) {
                return self.fsum_generated(g);
            }
            if matches!(arg.ty, Ty::Iterator(_)) {
                return self.fsum_iterated(arg);
            }
        }
        // Every argument is evaluated, left to right, before the call.
        let values: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
        let arg_ty = args.first().map_or(Ty::Int, |a| a.ty);
        match func {
            Builtin::Abs => {
                let op = if arg_ty == Ty::Float { UnaryOp::FloatAbs } else { UnaryOp::IntAbs };
                self.b.value(ir_type(ty), Op::Unary(op, values[0]))
            }
            Builtin::Round => self.runtime(RuntimeFn::FloatRound, values, ir::Type::Int),
            Builtin::RoundDigits => {
                let f = if arg_ty == Ty::Float { RuntimeFn::FloatRoundDigits } else { RuntimeFn::IntRoundDigits };
                self.runtime(f, values, ir_type(ty))
            }
            Builtin::Min | Builtin::Max => {
                // CPython keeps the first extreme value: a later argument wins
                // only when strictly smaller (larger); NaN never wins a comparison.
                let op = if func == Builtin::Max { CmpOp::Gt } else { CmpOp::Lt };
                let mut best = values[0];
                for &candidate in &values[1..] {
                    let better = self.b.value(ir::Type::Bool, Op::Cmp(op, candidate, best));
                    best = self.b.value(ir_type(ty), Op::Select { cond: better, a: candidate, b: best });
                }
                best
            }
            Builtin::Hash => {
                let kind = crate::containers::kind_operand(crate::slot_kind(arg_ty));
                self.runtime(RuntimeFn::HashSlot, vec![kind, values[0]], ir::Type::Int)
            }
            Builtin::SysArgv => self.runtime(RuntimeFn::SysArgv, values, ir_type(ty)),
            Builtin::Input => {
                // No prompt (the None constant) is the null pointer.
                let prompt = match values[0] {
                    Operand::Const(ir::Const::None) => Operand::Const(ir::Const::Null),
                    v => v,
                };
                self.runtime(RuntimeFn::Input, vec![prompt], ir_type(ty))
            }
            Builtin::Math(MathFn::Isclose) => {
                // The runtime answers 0 or 1 as an int.
                let answer = self.runtime(RuntimeFn::MathIsclose, values, ir::Type::Int);
                self.b.value(ir::Type::Bool, Op::Unary(UnaryOp::IntToBool, answer))
            }
            Builtin::Random(f) => self.random_call(f, None, values, ty),
            Builtin::RandomMethod(f) => {
                let mut values = values.into_iter();
                let generator = values.next();
                self.random_call(f, generator, values.collect(), ty)
            }
            Builtin::Time(f) => self.time_call(f, values, ty),
            Builtin::Itertools(f) => self.itertools_call(f, values, ty),
            Builtin::Math(f) => match math_runtime_fn(f) {
                Some(func) => self.runtime(func, values, ir_type(ty)),
                None => self.b.value(ir::Type::Float, Op::Unary(UnaryOp::FloatAbs, values[0])),
            },
        }
    }

    /// `print(*args, sep=sep, end=end, flush=flush)`.
    pub fn print(&mut self, args: &[hir::Expr], sep: Option<&str>, end: Option<&str>, flush: bool) {
        let values: Vec<Operand> = args.iter().map(|a| self.expr_keeping_num(a)).collect();
        let sep = sep.unwrap_or(" ");
        let end = end.unwrap_or("\n");
        for (i, (value, arg)) in values.into_iter().zip(args).enumerate() {
            if i > 0 && !sep.is_empty() {
                self.write_str(sep);
            }
            self.write_value(value, arg.ty);
        }
        if !end.is_empty() {
            self.write_str(end);
        }
        if flush {
            self.b.emit(None, Op::CallRuntime { func: RuntimeFn::Flush, args: vec![] });
        }
    }

    /// `print(*args, sep=sep, end=end, file=sys.stderr)`: the whole line is
    /// built as one str and written at once (stderr is unbuffered), so an
    /// argument's `__str__` that raises or prints cannot leave half a line.
    pub fn print_to_stderr(&mut self, args: &[hir::Expr], sep: Option<&str>, end: Option<&str>) {
        let values: Vec<Operand> = args.iter().map(|a| self.expr_keeping_num(a)).collect();
        let sep = sep.unwrap_or(" ");
        let end = end.unwrap_or("\n");
        let mut line: Option<Operand> = None;
        for (i, (value, arg)) in values.into_iter().zip(args).enumerate() {
            let mut piece = self.str_of(value, arg.ty);
            if i > 0 && !sep.is_empty() {
                let sep = self.str_const(sep);
                piece = self.runtime(RuntimeFn::StrConcat, vec![sep, piece], ir::Type::Str);
            }
            line = Some(match line {
                None => piece,
                Some(prev) => self.runtime(RuntimeFn::StrConcat, vec![prev, piece], ir::Type::Str),
            });
        }
        let end = self.str_const(end);
        let line = match line {
            None => end,
            Some(prev) => self.runtime(RuntimeFn::StrConcat, vec![prev, end], ir::Type::Str),
        };
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::WriteStderr, args: vec![line] });
    }

    fn write_str(&mut self, s: &str) {
        let s = self.str_const(s);
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::WriteStr, args: vec![s] });
    }
}

/// The runtime function of a `math` function; `None` for `fabs`, which is an
/// IR op.
fn math_runtime_fn(f: MathFn) -> Option<RuntimeFn> {
    Some(match f {
        MathFn::Sqrt => RuntimeFn::MathSqrt,
        MathFn::Exp => RuntimeFn::MathExp,
        MathFn::Log => RuntimeFn::MathLog,
        MathFn::LogBase => RuntimeFn::MathLogBase,
        MathFn::Log2 => RuntimeFn::MathLog2,
        MathFn::Log10 => RuntimeFn::MathLog10,
        MathFn::Sin => RuntimeFn::MathSin,
        MathFn::Cos => RuntimeFn::MathCos,
        MathFn::Tan => RuntimeFn::MathTan,
        MathFn::Asin => RuntimeFn::MathAsin,
        MathFn::Acos => RuntimeFn::MathAcos,
        MathFn::Atan => RuntimeFn::MathAtan,
        MathFn::Sinh => RuntimeFn::MathSinh,
        MathFn::Cosh => RuntimeFn::MathCosh,
        MathFn::Tanh => RuntimeFn::MathTanh,
        MathFn::Atan2 => RuntimeFn::MathAtan2,
        MathFn::Hypot => RuntimeFn::MathHypot,
        MathFn::Pow => RuntimeFn::MathPow,
        MathFn::Fmod => RuntimeFn::MathFmod,
        MathFn::Copysign => RuntimeFn::MathCopysign,
        MathFn::Degrees => RuntimeFn::MathDegrees,
        MathFn::Radians => RuntimeFn::MathRadians,
        MathFn::Floor => RuntimeFn::MathFloor,
        MathFn::Ceil => RuntimeFn::MathCeil,
        MathFn::Trunc => RuntimeFn::MathTrunc,
        MathFn::Isqrt => RuntimeFn::MathIsqrt,
        MathFn::Gcd => RuntimeFn::MathGcd,
        MathFn::Lcm => RuntimeFn::MathLcm,
        MathFn::Factorial => RuntimeFn::MathFactorial,
        MathFn::Comb => RuntimeFn::MathComb,
        MathFn::Perm => RuntimeFn::MathPerm,
        MathFn::Expm1 => RuntimeFn::MathExpm1,
        MathFn::Log1p => RuntimeFn::MathLog1p,
        MathFn::BitLength => RuntimeFn::IntBitLength,
        MathFn::BitCount => RuntimeFn::IntBitCount,
        MathFn::IsInteger => RuntimeFn::FloatIsInteger,
        MathFn::Isnan => RuntimeFn::MathIsnan,
        MathFn::Isinf => RuntimeFn::MathIsinf,
        MathFn::Isfinite => RuntimeFn::MathIsfinite,
        MathFn::Isclose => RuntimeFn::MathIsclose,
        MathFn::ProdInt => RuntimeFn::MathProdInt,
        MathFn::ProdFloat => RuntimeFn::MathProdFloat,
        MathFn::Fsum => RuntimeFn::MathFsum,
        MathFn::Dist => RuntimeFn::MathDist,
        MathFn::Fabs => return None,
    })
}
