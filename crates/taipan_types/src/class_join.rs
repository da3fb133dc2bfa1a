//! The join of instance types, as mypy computes it for a display without an
//! annotation: `[Circle(1.0), Square(2.0)]` is a `list[Shape]` when both
//! derive from `Shape` (the nearest class every item's class derives from).
//! Instances of a subclass are stored as they are where the base is
//! expected (`class_expr::fits_as_is`), so the items need no conversion.

use crate::checker::Checker;
use crate::hir::Ty;

impl Checker<'_, '_> {
    /// The nearest common base class of `tys`, if every one is an instance
    /// type (or, with `optional`, an optional one) and they share a base.
    pub(crate) fn instance_join(&self, tys: &[Ty]) -> Option<Ty> {
        let classes = &self.env.classes;
        let ids: Option<Vec<_>> = tys
            .iter()
            .map(|t| match t {
                Ty::Instance(id) => Some(*id),
                _ => None,
            })
            .collect();
        let ids = ids?;
        let (mut c, _) = classes.by_id(*ids.first()?)?;
        loop {
            let info = &classes.infos[c];
            if ids.iter().all(|id| id.index >= info.id.index && id.index < info.end) {
                return Some(Ty::Instance(info.id));
            }
            c = self.env.scan.classes[c].base?;
        }
    }
}
