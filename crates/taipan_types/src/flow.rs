//! Definite assignment: which variables are certainly bound at a program point.
//!
//! A [`Flow`] is the state at a point: `None` when the point is unreachable
//! (after `return`, `break`, ...), else the set of variable slots every path
//! to it has bound. Joining two paths intersects their sets; an unreachable
//! path does not constrain the join.

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Flow(Option<Vec<u64>>);

impl Flow {
    /// The entry state: reachable, nothing bound.
    pub fn entry() -> Flow {
        Flow(Some(Vec::new()))
    }

    pub fn unreachable() -> Flow {
        Flow(None)
    }

    pub fn is_reachable(&self) -> bool {
        self.0.is_some()
    }

    /// Whether `slot` is bound on every path here (vacuously true when unreachable).
    pub fn is_bound(&self, slot: usize) -> bool {
        match &self.0 {
            None => true,
            Some(words) => words.get(slot / 64).is_some_and(|w| w & (1 << (slot % 64)) != 0),
        }
    }

    pub fn bind(&mut self, slot: usize) {
        if let Some(words) = &mut self.0 {
            if words.len() <= slot / 64 {
                words.resize(slot / 64 + 1, 0);
            }
            words[slot / 64] |= 1 << (slot % 64);
        }
    }

    /// After `del`-like effects (the end of an `except ... as name` clause).
    pub fn unbind(&mut self, slot: usize) {
        if let Some(words) = &mut self.0 {
            if let Some(word) = words.get_mut(slot / 64) {
                *word &= !(1 << (slot % 64));
            }
        }
    }

    /// The state where the paths of `self` and `other` meet.
    pub fn join(&self, other: &Flow) -> Flow {
        match (&self.0, &other.0) {
            (None, _) => other.clone(),
            (_, None) => self.clone(),
            (Some(a), Some(b)) => Flow(Some(a.iter().zip(b).map(|(x, y)| x & y).collect())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Flow;

    #[test]
    fn join_intersects_reachable_paths() {
        let mut a = Flow::entry();
        a.bind(1);
        a.bind(70);
        let mut b = Flow::entry();
        b.bind(70);
        let joined = a.join(&b);
        assert!(joined.is_bound(70));
        assert!(!joined.is_bound(1));
        assert_eq!(a.join(&Flow::unreachable()), a);
        assert!(Flow::unreachable().is_bound(5));
    }
}
