//! Machine types and signatures: how IR types and runtime signatures become
//! Cranelift types (the calling convention of `taipan_abi::runtime_fns`).

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::types;
use taipan_abi::{AbiType, RuntimeFn};
use taipan_ir as ir;

/// The type of the error flag every fallible function returns last.
pub(crate) const ERR_FLAG: clif::Type = types::I8;

/// The machine type of an IR type; `None` has no value and no machine type.
pub(crate) fn clif_type(ty: ir::Type, pointer: clif::Type) -> Option<clif::Type> {
    match ty {
        ir::Type::Int => Some(types::I64),
        ir::Type::Float | ir::Type::Num => Some(types::F64),
        ir::Type::Bool => Some(types::I8),
        ir::Type::Str | ir::Type::Obj => Some(pointer),
        ir::Type::None => None,
    }
}

fn abi_clif_type(ty: AbiType, pointer: clif::Type) -> clif::Type {
    match ty {
        AbiType::I8 => types::I8,
        AbiType::I32 => types::I32,
        // A slot travels as its 8 raw bytes, whatever its kind.
        AbiType::I64 | AbiType::Slot => types::I64,
        AbiType::F64 => types::F64,
        AbiType::Ptr => pointer,
    }
}

/// A parameter. Bytes are zero-extended by the caller, as C compilers and rustc
/// expect of `bool`/`u8` arguments on SystemV.
fn param(ty: clif::Type) -> clif::AbiParam {
    let p = clif::AbiParam::new(ty);
    if ty == types::I8 {
        p.uext()
    } else {
        p
    }
}

/// The machine type a value of machine type `ty` crosses the function boundary
/// as: itself, or an 8-byte slot for a function with the slot ABI
/// (`ir::Function::slot_abi`).
pub(crate) fn boundary_type(func: &ir::Function, ty: clif::Type) -> clif::Type {
    if func.slot_abi {
        types::I64
    } else {
        ty
    }
}

/// `(params...) -> (ret?, err: I8)`: the signature of a compiled user function.
/// Every user function can raise, so every one returns the error flag.
pub(crate) fn user_signature(
    func: &ir::Function,
    mut sig: clif::Signature,
    pointer: clif::Type,
) -> clif::Signature {
    for p in &func.params {
        if let Some(ty) = func.locals.get(p.index()).and_then(|l| clif_type(l.ty, pointer)) {
            sig.params.push(param(boundary_type(func, ty)));
        }
    }
    if let Some(ty) = clif_type(func.ret, pointer) {
        sig.returns.push(clif::AbiParam::new(boundary_type(func, ty)));
    }
    sig.returns.push(clif::AbiParam::new(ERR_FLAG));
    sig
}

/// The signature of the code of a function value called through
/// `ir::Op::CallIndirect`: the native ABI of a user function (never the slot
/// ABI) with parameters of types `params` and result `ret`.
pub(crate) fn indirect_signature(
    params: &[ir::Type],
    ret: ir::Type,
    mut sig: clif::Signature,
    pointer: clif::Type,
) -> clif::Signature {
    for ty in params {
        if let Some(ty) = clif_type(*ty, pointer) {
            sig.params.push(param(ty));
        }
    }
    if let Some(ty) = clif_type(ret, pointer) {
        sig.returns.push(clif::AbiParam::new(ty));
    }
    sig.returns.push(clif::AbiParam::new(ERR_FLAG));
    sig
}

/// The signature of a runtime function: its params, then `ret` and, when it can
/// raise, the error flag.
pub(crate) fn runtime_signature(
    func: RuntimeFn,
    mut sig: clif::Signature,
    pointer: clif::Type,
) -> clif::Signature {
    let rsig = func.sig();
    for p in rsig.params {
        sig.params.push(param(abi_clif_type(*p, pointer)));
    }
    if let Some(ret) = rsig.ret {
        sig.returns.push(clif::AbiParam::new(abi_clif_type(ret, pointer)));
    }
    if rsig.can_raise {
        sig.returns.push(clif::AbiParam::new(ERR_FLAG));
    }
    sig
}

/// `int main(void)`.
pub(crate) fn main_signature(mut sig: clif::Signature) -> clif::Signature {
    sig.returns.push(clif::AbiParam::new(types::I32));
    sig
}

/// The machine type a runtime parameter or result of type `ty` has.
pub(crate) fn runtime_type(ty: AbiType, pointer: clif::Type) -> clif::Type {
    abi_clif_type(ty, pointer)
}
