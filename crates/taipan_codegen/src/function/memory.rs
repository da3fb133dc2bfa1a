//! Memory flags of the object accesses compiled code makes inline.
//!
//! Every access is `notrap` + `aligned`: the IR only hands these ops live objects
//! of the right type (null object locals are checked before refcount accesses),
//! and every field is 8-aligned (`taipan_abi` layouts) except the byte-sized
//! ones, which are trivially aligned.
//!
//! Each class of object field also gets its own Cranelift alias region
//! (type-based alias analysis): a store to a list element or a refcount can then
//! not change a list's length or item pointer as far as Cranelift knows, so those
//! loads are reused instead of repeated. This is sound because the same bytes are
//! only ever accessed through one region: a byte changes what it is part of only
//! when an object is freed and its memory reused, both of which happen inside
//! runtime calls, and a call is a barrier for every region.
//!
//! No access is marked `readonly`: even the fields of immutable objects (tuple
//! fields, str lengths) change when the object is freed and its memory reused
//! within the function, and without `can_move` the flag would buy nothing.

use cranelift_codegen::ir::{AliasRegionData, MemFlagsData};
use cranelift_module::Module;

use super::FunctionTranslator;

/// A class of object fields that no other class overlaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Region {
    /// The reference count at offset 0 of every object.
    Refcount,
    /// Fields only the runtime writes: container lengths, a list's item pointer,
    /// a str's byte and code-point lengths.
    ObjectFields,
    /// The elements of a list (its separately allocated item array).
    ListItems,
    /// A tuple's slots and kind bytes (written inline only while it is built).
    TupleFields,
    /// The field slots of instances of user classes.
    InstanceFields,
}

impl Region {
    fn description(self) -> &'static str {
        match self {
            Region::Refcount => "object refcount",
            Region::ObjectFields => "object fields",
            Region::ListItems => "list items",
            Region::TupleFields => "tuple fields",
            Region::InstanceFields => "instance fields",
        }
    }
}

impl<M: Module + ?Sized> FunctionTranslator<'_, '_, M> {
    /// Flags for a load or store of a field in `region`. Regions are declared in
    /// the function on first use (so functions without objects are unchanged).
    pub(super) fn mem(&mut self, region: Region) -> MemFlagsData {
        let data = AliasRegionData { user_id: region as u32, description: region.description().into() };
        let id = self.b.func.dfg.alias_regions.insert(data);
        MemFlagsData::trusted().with_alias_region(Some(id))
    }
}
