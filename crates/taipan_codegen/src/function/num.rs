//! Nums (`taipan_abi::num`): a `float` place that may hold an int. Only the
//! read as a float is inline; every other num op is a runtime call.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData};
use cranelift_module::Module;
use taipan_abi::num;

use super::FunctionTranslator;

/// The bits of the int num `v`. Lowering only makes `NumInt` constants in
/// range; were one not, it would read as the float `v`.
pub(crate) fn num_int_bits(v: i64) -> u64 {
    num::from_int(v).unwrap_or((v as f64).to_bits())
}

impl<M: Module + ?Sized> FunctionTranslator<'_, '_, M> {
    /// `num::to_f64` without a branch: the float itself, or the int it holds
    /// converted (exactly: every int a num holds fits in 53 bits).
    pub(super) fn num_to_float(&mut self, x: clif::Value) -> clif::Value {
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), x);
        let tag = self.b.ins().band_imm_s(bits, num::TAG_MASK as i64);
        let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, tag, num::TAG as i64);
        let low = self.b.ins().band_imm_s(bits, num::PAYLOAD_MASK as i64);
        let low_negative = self.b.ins().iadd_imm_s(low, num::INT_MIN);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, bits, 0);
        let int = self.b.ins().select(negative, low_negative, low);
        let as_float = self.b.ins().fcvt_from_sint(types::F64, int);
        self.b.ins().select(is_int, as_float, x)
    }
}
