//! The dict subclasses of `collections`, as flavors of the one dict object
//! (`taipan_abi::DictFlavor` in the header): `defaultdict` (a missing key
//! inserts the factory's value, CPython's `__missing__`) and `Counter` (a
//! missing key reads 0 and inserts nothing; repr by count; `update` adds;
//! `del` of a missing key does nothing; `==` treats missing counts as 0).
//! The Counter methods raise CPython's `AttributeError` on other dicts, so
//! a program that calls them on a plain dict fails as it does in CPython.

use taipan_abi::{dict_object, DictFlavor, ExcKind, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, I64Result, PtrResult};
use crate::list_ops::List;
use crate::object::slot_kind_or_none;
use crate::set_ops::Set;
use crate::str_object::new_str;
use crate::tuple_ops::Tuple;

use super::{Dict, Entry};

impl Dict {
    pub fn flavor(self) -> DictFlavor {
        // SAFETY: the handle contract; the flavor is a header byte.
        DictFlavor::from_u8(unsafe { self.as_obj().add(dict_object::FLAVOR as usize).read() })
    }

    /// The kinds of the containers a `defaultdict(list/set/dict)` makes.
    fn factory_kinds(self) -> (SlotKind, SlotKind) {
        // SAFETY: the handle contract; header bytes.
        let (a, b) = unsafe {
            (
                self.as_obj().add(dict_object::FACTORY_KIND_A as usize).read(),
                self.as_obj().add(dict_object::FACTORY_KIND_B as usize).read(),
            )
        };
        (slot_kind_or_none(i64::from(a)), slot_kind_or_none(i64::from(b)))
    }

    fn set_flavor(self, flavor: DictFlavor, kind_a: u8, kind_b: u8) {
        // SAFETY: the handle contract; header bytes no other code uses for dicts.
        unsafe {
            self.as_obj().add(dict_object::FLAVOR as usize).write(flavor as u8);
            self.as_obj().add(dict_object::FACTORY_KIND_A as usize).write(kind_a);
            self.as_obj().add(dict_object::FACTORY_KIND_B as usize).write(kind_b);
        }
    }

    /// `d[key]` of a flavored dict, as a new reference.
    pub(super) fn get_item_flavored(self, key: i64) -> Result<i64, Exc> {
        if let Some(position) = self.find(key) {
            return Ok(self.value_ref(position));
        }
        let (kind_a, kind_b) = self.factory_kinds();
        let value = match self.flavor() {
            DictFlavor::Plain | DictFlavor::Ordered => return Err(self.key_error(key)),
            // `Counter.__missing__`: 0, not stored.
            DictFlavor::Counter => return Ok(0),
            DictFlavor::DefaultInt | DictFlavor::DefaultBool => 0,
            DictFlavor::DefaultFloat => 0.0f64.to_bits() as i64,
            DictFlavor::DefaultStr => new_str("") as i64,
            DictFlavor::DefaultList => List::new(kind_a, 0).as_obj() as i64,
            DictFlavor::DefaultSet => Set::new(kind_a).as_obj() as i64,
            DictFlavor::DefaultDict => Dict::new(kind_a, kind_b).as_obj() as i64,
        };
        // The dict takes its own reference; the caller gets the factory's.
        self.set_item(key, value);
        Ok(value)
    }

    /// The name CPython's `AttributeError` gives the object's type.
    pub(super) fn type_name(self) -> &'static str {
        match self.flavor() {
            DictFlavor::Plain => "dict",
            DictFlavor::Counter => "Counter",
            DictFlavor::Ordered => "collections.OrderedDict",
            _ => "collections.defaultdict",
        }
    }

    /// `AttributeError` unless this is a Counter.
    fn counter_only(self, method: &str) -> Result<(), Exc> {
        if self.flavor() == DictFlavor::Counter {
            return Ok(());
        }
        let msg = format!("'{}' object has no attribute '{method}'", self.type_name());
        Err(Exc::new(ExcKind::AttributeError, msg))
    }

    /// The count of `key` (0 when missing).
    fn count_of(self, key: i64) -> i64 {
        self.find(key).map_or(0, |p| self.table().entries()[p].value)
    }

    /// `c[key] += delta` (the key borrowed), as CPython's counting loops do.
    fn add_count(self, key: i64, delta: i64) {
        self.set_item(key, self.count_of(key).wrapping_add(delta));
    }

    /// `Counter.update(mapping)`: adds the other's counts (`update` of two
    /// dicts with a Counter on the left).
    pub(super) fn add_counts(self, other: Dict) {
        let entries: Vec<Entry> = other.table().live_entries().copied().collect();
        for entry in entries {
            self.add_count(entry.key, entry.value);
        }
    }

    /// The entries by count, largest first, ties in insertion order (CPython's
    /// stable `sorted(..., reverse=True)`).
    fn by_count(self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = self.table().live_entries().copied().collect();
        entries.sort_by(|a, b| b.value.cmp(&a.value));
        entries
    }

    /// `a == b` of two Counters: a missing key counts as 0.
    pub(super) fn counter_equals(self, other: Dict) -> bool {
        let covers = |a: Dict, b: Dict| a.table().live_entries().all(|e| b.count_of(e.key) == e.value);
        covers(self, other) && covers(other, self)
    }
}

/// `repr()` of a flavored dict: `defaultdict(<class 'int'>, {...})`,
/// `Counter({'a': 2, 'b': 1})`, `Counter()`, `OrderedDict([('a', 1)])`.
/// `entries_repr` prints a `{...}`.
pub(super) fn flavored_repr_into(out: &mut String, dict: Dict, entries: Vec<Entry>, entries_repr: impl Fn(&mut String, &[Entry])) {
    match dict.flavor() {
        DictFlavor::Ordered => super::ordered::ordered_repr_into(out, dict, &entries),
        DictFlavor::Counter if entries.is_empty() => out.push_str("Counter()"),
        DictFlavor::Counter => {
            let mut sorted = entries;
            sorted.sort_by(|a, b| b.value.cmp(&a.value));
            out.push_str("Counter(");
            entries_repr(out, &sorted);
            out.push(')');
        }
        flavor => {
            out.push_str(&format!("defaultdict(<class '{}'>, ", flavor.factory_name().unwrap_or("object")));
            entries_repr(out, &entries);
            out.push(')');
        }
    }
}

/// `tp_dict_new_flavored(key_kind, value_kind, flavor, factory_kind_a,
/// factory_kind_b)`: an empty `defaultdict` or `Counter`.
#[no_mangle]
pub extern "C" fn tp_dict_new_flavored(key_kind: i64, value_kind: i64, flavor: i64, kind_a: i64, kind_b: i64) -> *mut u8 {
    let dict = Dict::new(slot_kind_or_none(key_kind), slot_kind_or_none(value_kind));
    dict.set_flavor(DictFlavor::from_u8(flavor as u8), kind_a as u8, kind_b as u8);
    dict.as_obj()
}

/// `tp_dict_copy_flavored(d)`: `d.copy()`, which keeps a `defaultdict`'s
/// factory and a `Counter`'s flavor (`dict(d)` does not).
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_copy_flavored(dict: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    let copy = dict.copy();
    let (a, b) = dict.factory_kinds();
    copy.set_flavor(dict.flavor(), a as u8, b as u8);
    copy.as_obj()
}

/// `tp_counter_add_elements(c, xs, sign)`: `c.update(xs)` (`sign` 1) or
/// `c.subtract(xs)` (-1) for a list of keys: each element counts once.
///
/// # Safety
/// `c` is a live dict; `xs` a live list of its key kind.
#[no_mangle]
pub unsafe extern "C" fn tp_counter_add_elements(c: *mut u8, xs: *mut u8, sign: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let (c, xs) = unsafe { (Dict::from_obj(c), List::from_obj(xs)) };
    let method = if sign < 0 { "subtract" } else { "update" };
    if c.flavor() != DictFlavor::Counter && sign < 0 {
        return ErrFlag::from(c.counter_only(method));
    }
    if c.flavor() != DictFlavor::Counter {
        // `dict.update` of an iterable of non-pairs.
        let msg = "cannot convert dictionary update sequence element #0 to a sequence";
        return ErrFlag::from(if xs.is_empty() { Ok(()) } else { Err(Exc::new(ExcKind::TypeError, msg)) });
    }
    for bits in xs.to_vec() {
        c.add_count(bits, sign);
    }
    ErrFlag(0)
}

/// `tp_counter_subtract(c, other)`: `c.subtract(mapping)`.
///
/// # Safety
/// Both are live dicts of the same kinds.
#[no_mangle]
pub unsafe extern "C" fn tp_counter_subtract(c: *mut u8, other: *mut u8) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let (c, other) = unsafe { (Dict::from_obj(c), Dict::from_obj(other)) };
    if let Err(exc) = c.counter_only("subtract") {
        return ErrFlag::from(Err(exc));
    }
    let entries: Vec<Entry> = other.table().live_entries().copied().collect();
    for entry in entries {
        c.add_count(entry.key, entry.value.wrapping_neg());
    }
    ErrFlag(0)
}

/// `tp_counter_most_common(c, n)`: `c.most_common(n)` (`n` i64::MIN for all)
/// as a list of `(key, count)` tuples.
///
/// # Safety
/// `c` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_counter_most_common(c: *mut u8, n: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let c = unsafe { Dict::from_obj(c) };
    let res = c.counter_only("most_common").and_then(|()| {
        let mut entries = c.by_count();
        if n != i64::MIN {
            entries.truncate(usize::try_from(n).unwrap_or(0));
        }
        let list = List::new(SlotKind::Obj, entries.len());
        for e in entries {
            let pair = Tuple::from_fields(&[(c.key_kind, e.key), (SlotKind::Int, e.value)])?;
            list.push_owned(pair.as_obj() as i64);
        }
        Ok(list.as_obj())
    });
    PtrResult::from(res)
}

/// `tp_counter_elements(c)`: the keys, each repeated by its (positive) count,
/// in insertion order, as a list.
///
/// # Safety
/// `c` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_counter_elements(c: *mut u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let c = unsafe { Dict::from_obj(c) };
    let res = c.counter_only("elements").map(|()| {
        let list = List::new(c.key_kind, 0);
        for e in c.table().live_entries().copied().collect::<Vec<_>>() {
            for _ in 0..e.value.max(0) {
                list.push_borrowed(e.key);
            }
        }
        list.as_obj()
    });
    PtrResult::from(res)
}

/// `tp_counter_total(c)`: the sum of the counts.
///
/// # Safety
/// `c` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_counter_total(c: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let c = unsafe { Dict::from_obj(c) };
    let res = c.counter_only("total").and_then(|()| {
        c.table()
            .live_entries()
            .try_fold(0i64, |sum, e| sum.checked_add(e.value))
            .ok_or(Exc::Code(taipan_abi::ErrCode::IntOverflow))
    });
    I64Result::from(res)
}

impl Dict {
    /// CPython's `Counter.__add__`/`__sub__`/`__or__`/`__and__` (`op` as in
    /// `tp_dict_binary`): a new Counter of the positive results, `self`'s keys
    /// first.
    fn counter_binary(self, other: Dict, op: i64) -> Dict {
        let result = Dict::new(self.key_kind, SlotKind::Int);
        result.set_flavor(DictFlavor::Counter, 0, 0);
        let mine: Vec<Entry> = self.table().live_entries().copied().collect();
        for e in &mine {
            let theirs = other.count_of(e.key);
            let count = match op {
                0 => e.value.wrapping_add(theirs),
                1 => e.value.wrapping_sub(theirs),
                2 => e.value.max(theirs),
                _ => e.value.min(theirs),
            };
            if count > 0 {
                result.set_item(e.key, count);
            }
        }
        if op != 3 {
            let theirs: Vec<Entry> = other.table().live_entries().copied().collect();
            for e in theirs {
                if self.find(e.key).is_some() {
                    continue;
                }
                // Only in `other`: `-count` for a subtraction.
                let count = if op == 1 { e.value.wrapping_neg() } else { e.value };
                if count > 0 {
                    result.set_item(e.key, count);
                }
            }
        }
        result
    }
}

/// `tp_dict_binary(a, b, op)`: `a + b` (0), `a - b` (1), `a | b` (2),
/// `a & b` (3) of two dicts of the same kinds.
///
/// # Safety
/// Both are live dicts of the same kinds.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_binary(a: *mut u8, b: *mut u8, op: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let (a, b) = unsafe { (Dict::from_obj(a), Dict::from_obj(b)) };
    if a.flavor() == DictFlavor::Counter && b.flavor() == DictFlavor::Counter {
        return PtrResult::from(Ok::<*mut u8, Exc>(a.counter_binary(b, op).as_obj()));
    }
    if op != 2 {
        let symbol = ["+", "-", "|", "&"].get(op as usize).copied().unwrap_or("?");
        let msg = format!("unsupported operand type(s) for {symbol}: '{}' and '{}'", a.type_name(), b.type_name());
        return PtrResult::from(Err::<*mut u8, Exc>(Exc::new(ExcKind::TypeError, msg)));
    }
    // `dict.__or__`; a defaultdict or OrderedDict on either side makes the
    // result one (with its factory), the left one's flavor first, as their
    // `__or__`/`__ror__` do.
    let result = a.copy();
    let keeps_flavor = |d: Dict| !matches!(d.flavor(), DictFlavor::Plain | DictFlavor::Counter);
    if let Some(d) = [a, b].into_iter().find(|d| keeps_flavor(*d)) {
        let (ka, kb) = d.factory_kinds();
        result.set_flavor(d.flavor(), ka as u8, kb as u8);
    }
    result.update(b);
    PtrResult::from(Ok::<*mut u8, Exc>(result.as_obj()))
}

#[cfg(test)]
mod tests {
    use taipan_abi::{DictFlavor, SlotKind};

    use super::super::Dict;
    use super::tp_dict_new_flavored;

    fn counter() -> Dict {
        let obj = tp_dict_new_flavored(SlotKind::Int as i64, SlotKind::Int as i64, DictFlavor::Counter as i64, 0, 0);
        // SAFETY: a fresh dict.
        unsafe { Dict::from_obj(obj) }
    }

    #[test]
    fn counter_missing_keys_read_zero_without_being_stored() {
        let c = counter();
        assert_eq!(c.get_item_flavored(7).ok(), Some(0));
        assert_eq!(c.len(), 0);
        c.add_count(7, 2);
        c.add_count(3, 5);
        c.add_count(9, 2);
        let order: Vec<(i64, i64)> = c.by_count().iter().map(|e| (e.key, e.value)).collect();
        // Largest first; equal counts keep insertion order.
        assert_eq!(order, vec![(3, 5), (7, 2), (9, 2)]);
        // SAFETY: the test owns the only reference.
        unsafe { c.dealloc() };
    }

    #[test]
    fn defaultdict_int_inserts_zero() {
        let obj = tp_dict_new_flavored(SlotKind::Int as i64, SlotKind::Int as i64, DictFlavor::DefaultInt as i64, 0, 0);
        // SAFETY: a fresh dict.
        let d = unsafe { Dict::from_obj(obj) };
        assert_eq!(d.get_item_flavored(4).ok(), Some(0));
        assert_eq!(d.len(), 1);
        // SAFETY: the test owns the only reference.
        unsafe { d.dealloc() };
    }
}
