//! The special methods the runtime calls back (`taipan_abi::class_table`):
//! the class table's entries, and where compiled code must ask whether one
//! of them raised.
//!
//! The frontend decided which method each class contributes
//! (`hir::Class::runtime`). The runtime calls a method through a small
//! function with the slot ABI (a *thunk*: `f(self[, other]) -> (slot, err)`)
//! that calls the method directly, since compiled methods keep their native
//! ABI for the direct calls of compiled code.

use std::collections::HashMap;

use taipan_abi::class_table::{Special, SPECIAL_COUNT};
use taipan_abi::RuntimeFn;
use taipan_ir as ir;
use taipan_types::hir;

use crate::symbols::Symbols;
use crate::{ir_type, slot_kind};

/// Whether the program's classes give the runtime anything to call back (or
/// an error to report: an unhashable class), so that lowering must check
/// after each runtime operation that may call back.
pub(crate) fn has_callbacks(classes: &[hir::Class]) -> bool {
    classes.iter().any(|c| {
        let r = &c.runtime;
        r.unhashable || r.hash_fields || r.methods.iter().any(Option::is_some)
    })
}

/// Whether `func` may call a special method back (or fail in a way it cannot
/// report itself): operations that print, compare, hash or test elements.
pub(crate) fn may_call_back(func: RuntimeFn) -> bool {
    use RuntimeFn::*;
    match func {
        ReprSlot | StrSlot | EqSlot | CompareSlot | HashSlot | FormatSlot | ExcNew => true,
        // `==` between elements.
        DequeRemove | DequeIndex => true,
        // Raises what it called back raised itself.
        InstanceTruth | InstanceEq | InstanceNe => false,
        // Building, indexing and iterating never look at the elements.
        ListNew | ListAppend | ListExtend | ListInsert | ListPop | ListGetItem | ListSetItem | ListDelItem
        | ListReverse | ListCopy | ListConcat | ListRepeat | ListRepeatInPlace | ListGetSlice | ListSetSlice
        | ListDelSlice | TupleNew | TupleSetItem | TupleGetItem | TupleGetSlice | TupleConcat | TupleRepeat
        | TupleToList | ListToTuple | DictNew | DictIterNext | DictKeyAt | DictValueAt | DictSetValueAt
        | DictKeys | DictValues | DictItems | SetNew | SetIterNext | SetKeyAt | SetToList => false,
        other => ["tp_list_", "tp_tuple_", "tp_dict_", "tp_set_", "tp_counter_"].iter().any(|p| other.symbol().starts_with(p)),
    }
}

/// The class table entries of `classes`; the thunks they need are appended
/// to `functions` (HIR function `i` is IR function `i`).
pub(crate) fn class_data(
    module: &hir::Module,
    functions: &mut Vec<ir::Function>,
    symbols: &mut Symbols,
) -> Vec<ir::ClassData> {
    let mut thunks: HashMap<(Special, hir::FuncId), ir::FuncId> = HashMap::new();
    module
        .classes
        .iter()
        .map(|c| {
            let mut specials = [None; SPECIAL_COUNT];
            for special in Special::ALL {
                let Some(m) = c.runtime.methods[special as usize] else { continue };
                let thunk = *thunks
                    .entry((special, m.func))
                    .or_insert_with(|| add_thunk(module, m.func, special, functions, symbols));
                specials[special as usize] = Some(thunk);
            }
            ir::ClassData {
                qualname: c.qualname.clone(),
                fields: c
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| if module.nums.field(c.id, i as u32) { ir::SlotKind::Num } else { slot_kind(f.ty) })
                    .collect(),
                end: c.runtime.end,
                unhashable: c.runtime.unhashable,
                hash_fields: c.runtime.hash_fields,
                eq_tristate: c.runtime.eq_tristate,
                ne_tristate: c.runtime.ne_tristate,
                specials,
                other_classes: std::array::from_fn(|i| c.runtime.methods[i].map_or((0, 0), |m| m.other)),
            }
        })
        .collect()
}

/// Appends the thunk through which the runtime calls `method` as `special`.
fn add_thunk(
    module: &hir::Module,
    method: hir::FuncId,
    special: Special,
    functions: &mut Vec<ir::Function>,
    symbols: &mut Symbols,
) -> ir::FuncId {
    let target = &functions[method.0 as usize];
    let (name, line) = (target.name.clone(), target.line);
    let ret = ir_type(module.functions[method.0 as usize].ret);
    let arity = if special.is_binary() { 2 } else { 1 };
    let mut locals: Vec<ir::LocalData> = (0..arity).map(|_| ir::LocalData { name: None, ty: ir::Type::Obj }).collect();
    locals.push(ir::LocalData { name: None, ty: ret });
    let params: Vec<ir::Local> = (0..arity).map(ir::Local).collect();
    let result = ir::Local(arity);
    let call = ir::Op::Call { func: ir::FuncId(method.0), args: params.iter().map(|p| ir::Operand::Local(*p)).collect() };
    let block = ir::Block {
        insts: vec![ir::Inst { dest: Some(result), op: call, line }],
        term: ir::Terminator::Return(Some(ir::Operand::Local(result))),
        on_error: None,
    };
    let symbol = symbols.unique(&format!("{name}_runtime"));
    functions.push(ir::Function {
        name,
        symbol,
        params,
        ret,
        locals,
        blocks: vec![block],
        line,
        counts_depth: false,
        slot_abi: true,
        // The method adds its own entry: CPython shows one frame.
        traceback_frame: false,
    });
    ir::FuncId(functions.len() as u32 - 1)
}
