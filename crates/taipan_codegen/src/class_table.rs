//! The program's class table: the bytes `main` hands the runtime
//! (`tp_register_classes`), laid out per `taipan_abi::class_table`, and the
//! function addresses (relocations) of the special methods the runtime calls.

use taipan_abi::class_table::{self, Special, WORD};
use taipan_ir as ir;

/// The class table of a module: its bytes, and where the address of which
/// function goes (byte offset, IR function).
pub(crate) struct ClassTable {
    pub bytes: Vec<u8>,
    pub addresses: Vec<(usize, ir::FuncId)>,
}

/// The class table blob of `classes` (ids are indices).
pub(crate) fn class_table(classes: &[ir::ClassData]) -> ClassTable {
    let word = |n: usize| (n as u32).to_ne_bytes();
    let first = class_table::first_record(classes.len());
    let mut offsets = Vec::new();
    let mut records = Vec::new();
    let mut addresses = Vec::new();
    for class in classes {
        let at = first + records.len();
        offsets.extend(word(at));
        records.extend(word(class.fields.len()));
        records.extend(word(class.qualname.len()));
        records.extend(word(class.end as usize));
        let mut flags = 0;
        if class.unhashable {
            flags |= class_table::UNHASHABLE;
        }
        if class.hash_fields {
            flags |= class_table::HASH_FIELDS;
        }
        if class.eq_tristate {
            flags |= class_table::EQ_TRISTATE;
        }
        if class.ne_tristate {
            flags |= class_table::NE_TRISTATE;
        }
        records.extend(word(flags as usize));
        for special in Special::ALL {
            if let Some(func) = class.specials[special as usize] {
                addresses.push((at + class_table::address_offset(special), func));
            }
            // The address is written by relocation.
            records.extend([0u8; class_table::ADDRESS]);
            let (lo, hi) = class.other_classes[special as usize];
            records.extend(word(lo as usize));
            records.extend(word(hi as usize));
        }
        records.extend(class.fields.iter().map(|k| *k as u8));
        records.extend(class.qualname.as_bytes());
        records.resize(records.len().div_ceil(8) * 8, 0);
    }
    let mut bytes = word(classes.len()).to_vec();
    bytes.extend(offsets);
    bytes.resize(first.max(WORD), 0);
    bytes.extend(records);
    ClassTable { bytes, addresses }
}

#[cfg(test)]
mod tests {
    use super::*;
    use taipan_abi::SlotKind;

    #[test]
    fn records_follow_the_offsets() {
        let mut p = ir::ClassData::plain("__main__.P", vec![SlotKind::Float, SlotKind::Obj], 0);
        p.end = 2;
        p.unhashable = true;
        p.specials[Special::Eq as usize] = Some(ir::FuncId(7));
        let classes = [p, ir::ClassData::plain("__main__.Q", vec![], 1)];
        let table = class_table(&classes);
        let bytes = &table.bytes;
        let word = |at: usize| u32::from_ne_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        assert_eq!(word(0), 2);
        let p = word(4);
        assert_eq!(p % 8, 0);
        assert_eq!((word(p), word(p + 4), word(p + 8), word(p + 12)), (2, 10, 2, 1));
        let kinds = p + class_table::KINDS;
        assert_eq!(&bytes[kinds..kinds + 2], &[SlotKind::Float as u8, SlotKind::Obj as u8]);
        assert_eq!(&bytes[kinds + 2..kinds + 12], b"__main__.P");
        assert_eq!(table.addresses, vec![(p + class_table::address_offset(Special::Eq), ir::FuncId(7))]);
        let q = word(8);
        assert_eq!(q, p + class_table::record_len(2, 10));
        assert_eq!((word(q), word(q + 4), word(q + 8), word(q + 12)), (0, 10, 2, 0));
        assert_eq!(bytes.len(), q + class_table::record_len(0, 10));
    }
}
