//! Str methods and str builtins (`ObjOp::StrOp`), `divmod` and three-argument
//! `pow`: each is one runtime call, with the runtime's encoding of omitted
//! arguments decided here.

use taipan_ir as ir;
use taipan_ir::{CmpOp, ExcKind, IntBinOp, Op, Operand, RuntimeFn, SlotKind, Terminator};
use taipan_types::hir::{self, StrOp, Ty};

use crate::stmt::int;
use crate::{ir_type, FnLowerer};

/// CPython's message for `divmod(x, 0.0)`.
const FLOAT_DIVMOD_BY_ZERO: &str = "float divmod()";

/// An omitted operand (the checker passes the `None` constant).
fn omitted(v: Operand) -> bool {
    v == Operand::Const(ir::Const::None)
}

impl FnLowerer<'_, '_> {
    pub fn str_op(&mut self, op: StrOp, args: &[hir::Expr], ty: Ty) -> Operand {
        // Every operand is evaluated, left to right, before the call.
        let values: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
        let ret = ir_type(ty);
        let arg = |i: usize| values.get(i).copied().unwrap_or(Operand::Const(ir::Const::None));
        // `start`/`end` bounds: i64::MIN when omitted.
        let bound = |i: usize| if omitted(arg(i)) { int(i64::MIN) } else { arg(i) };
        // `maxsplit`/`count`: -1 (no limit) when omitted.
        let limit = |i: usize| if omitted(arg(i)) { int(-1) } else { arg(i) };
        use StrOp as S;
        match op {
            S::Split | S::Rsplit => {
                let func = if op == S::Split { RuntimeFn::StrSplit } else { RuntimeFn::StrRsplit };
                let sep = self.str_or_null(arg(1));
                self.runtime(func, vec![arg(0), sep, limit(2)], ret)
            }
            S::Splitlines => {
                let keepends = if omitted(arg(1)) { Operand::Const(ir::Const::Bool(false)) } else { arg(1) };
                self.runtime(RuntimeFn::StrSplitlines, vec![arg(0), keepends], ret)
            }
            S::Partition => self.runtime(RuntimeFn::StrPartition, vec![arg(0), arg(1)], ret),
            S::Rpartition => self.runtime(RuntimeFn::StrRpartition, vec![arg(0), arg(1)], ret),
            S::Join => self.runtime(RuntimeFn::StrJoin, vec![arg(0), arg(1)], ret),
            S::Strip | S::Lstrip | S::Rstrip => {
                let func = match op {
                    S::Strip => RuntimeFn::StrStrip,
                    S::Lstrip => RuntimeFn::StrLstrip,
                    _ => RuntimeFn::StrRstrip,
                };
                let chars = self.str_or_null(arg(1));
                self.runtime(func, vec![arg(0), chars], ret)
            }
            S::Replace => self.runtime(RuntimeFn::StrReplace, vec![arg(0), arg(1), arg(2), limit(3)], ret),
            S::Removeprefix => self.runtime(RuntimeFn::StrRemoveprefix, vec![arg(0), arg(1)], ret),
            S::Removesuffix => self.runtime(RuntimeFn::StrRemovesuffix, vec![arg(0), arg(1)], ret),
            S::Find | S::Rfind | S::Index | S::Rindex | S::Count => {
                let func = match op {
                    S::Find => RuntimeFn::StrFind,
                    S::Rfind => RuntimeFn::StrRfind,
                    S::Index => RuntimeFn::StrIndex,
                    S::Rindex => RuntimeFn::StrRindex,
                    _ => RuntimeFn::StrCount,
                };
                self.runtime(func, vec![arg(0), arg(1), bound(2), bound(3)], ret)
            }
            S::Startswith | S::Endswith => {
                let with_tuple = args.get(1).is_some_and(|a| a.ty != Ty::Str);
                let func = match (op, with_tuple) {
                    (S::Startswith, false) => RuntimeFn::StrStartswith,
                    (S::Startswith, true) => RuntimeFn::StrStartswithTuple,
                    (_, false) => RuntimeFn::StrEndswith,
                    (_, true) => RuntimeFn::StrEndswithTuple,
                };
                self.runtime(func, vec![arg(0), arg(1), bound(2), bound(3)], ret)
            }
            S::Zfill => self.runtime(RuntimeFn::StrZfill, vec![arg(0), arg(1)], ret),
            S::Ljust | S::Rjust | S::Center => {
                let func = match op {
                    S::Ljust => RuntimeFn::StrLjust,
                    S::Rjust => RuntimeFn::StrRjust,
                    _ => RuntimeFn::StrCenter,
                };
                let fill = if omitted(arg(2)) { self.str_const(" ") } else { arg(2) };
                self.runtime(func, vec![arg(0), arg(1), fill], ret)
            }
            S::Ord => self.runtime(RuntimeFn::StrOrd, vec![arg(0)], ret),
            S::Chr => self.runtime(RuntimeFn::Chr, vec![arg(0)], ret),
            _ => {
                let func = match op {
                    S::Upper => RuntimeFn::StrUpper,
                    S::Lower => RuntimeFn::StrLower,
                    S::Casefold => RuntimeFn::StrCasefold,
                    S::Swapcase => RuntimeFn::StrSwapcase,
                    S::Title => RuntimeFn::StrTitle,
                    S::Capitalize => RuntimeFn::StrCapitalize,
                    S::Isdigit => RuntimeFn::StrIsdigit,
                    S::Isdecimal => RuntimeFn::StrIsdecimal,
                    S::Isnumeric => RuntimeFn::StrIsnumeric,
                    S::Isalpha => RuntimeFn::StrIsalpha,
                    S::Isalnum => RuntimeFn::StrIsalnum,
                    S::Isspace => RuntimeFn::StrIsspace,
                    S::Isprintable => RuntimeFn::StrIsprintable,
                    S::Isascii => RuntimeFn::StrIsascii,
                    S::Isupper => RuntimeFn::StrIsupper,
                    S::Islower => RuntimeFn::StrIslower,
                    S::Istitle => RuntimeFn::StrIstitle,
                    S::Hex => RuntimeFn::IntHex,
                    S::Oct => RuntimeFn::IntOct,
                    _ => RuntimeFn::IntBin,
                };
                self.runtime(func, vec![arg(0)], ret)
            }
        }
    }

    /// A str operand, or null for an omitted one (the runtime's "whitespace"
    /// for `split`/`strip`): a temp that is never assigned stays null, as
    /// every object local starts null (`taipan_ir`'s reference rules).
    fn str_or_null(&mut self, v: Operand) -> Operand {
        if omitted(v) {
            Operand::Local(self.b.temp(ir::Type::Str))
        } else {
            v
        }
    }

    /// `divmod(a, b)` of two ints or two floats: `(a // b, a % b)` after one
    /// evaluation of each, with CPython's division-by-zero messages.
    pub fn divmod(&mut self, args: &[hir::Expr]) -> Operand {
        let a = self.expr(&args[0]);
        let b = self.expr(&args[1]);
        let (quotient, remainder, kind) = if args[0].ty == Ty::Float {
            let line = self.b.line;
            let is_zero = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Eq, b, Operand::Const(ir::Const::Float(0.0))));
            let zero_block = self.b.new_block();
            let go_on = self.b.new_block();
            self.b.branch(is_zero, zero_block, go_on);
            self.b.switch_to(zero_block);
            let message = self.str_const(FLOAT_DIVMOD_BY_ZERO);
            self.b.terminate(Terminator::Raise { kind: ExcKind::ZeroDivisionError, message: Some(message), line });
            self.b.switch_to(go_on);
            let q = self.runtime(RuntimeFn::FloatFloorDiv, vec![a, b], ir::Type::Float);
            let r = self.runtime(RuntimeFn::FloatMod, vec![a, b], ir::Type::Float);
            (q, r, SlotKind::Float)
        } else {
            let q = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::FloorDiv, a, b));
            let r = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::Mod, a, b));
            (q, r, SlotKind::Int)
        };
        self.new_value(ir::Type::Obj, Op::TupleNew { items: vec![(quotient, kind), (remainder, kind)] })
    }
}
