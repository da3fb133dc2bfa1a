//! The program's class table: the bytes `main` hands the runtime
//! (`tp_register_classes`), laid out per `taipan_abi::class_table`.

use taipan_abi::class_table::WORD;
use taipan_ir as ir;

/// The class table blob of `classes` (ids are indices).
pub(crate) fn class_table_bytes(classes: &[ir::ClassData]) -> Vec<u8> {
    let word = |n: usize| (n as u32).to_ne_bytes();
    let mut offsets = Vec::new();
    let mut records = Vec::new();
    let header = WORD * (1 + classes.len());
    for class in classes {
        offsets.extend(word(header + records.len()));
        records.extend(word(class.fields.len()));
        records.extend(word(class.qualname.len()));
        records.extend(class.fields.iter().map(|k| *k as u8));
        records.extend(class.qualname.as_bytes());
    }
    let mut out = word(classes.len()).to_vec();
    out.extend(offsets);
    out.extend(records);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use taipan_abi::SlotKind;

    #[test]
    fn records_follow_the_offsets() {
        let classes = [
            ir::ClassData { qualname: "__main__.P".into(), fields: vec![SlotKind::Float, SlotKind::Obj] },
            ir::ClassData { qualname: "__main__.Q".into(), fields: vec![] },
        ];
        let bytes = class_table_bytes(&classes);
        let word = |at: usize| u32::from_ne_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        assert_eq!(word(0), 2);
        let p = word(4);
        assert_eq!((word(p), word(p + 4)), (2, 10));
        assert_eq!(&bytes[p + 8..p + 10], &[SlotKind::Float as u8, SlotKind::Obj as u8]);
        assert_eq!(&bytes[p + 10..p + 20], b"__main__.P");
        let q = word(8);
        assert_eq!((word(q), word(q + 4)), (0, 10));
        assert_eq!(bytes.len(), q + 8 + 10);
    }
}
