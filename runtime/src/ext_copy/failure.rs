//! Why a Python value did not convert, and the message that says where.
//!
//! A failure records the steps from the argument to the offending value,
//! innermost first (each container adds its step on the way out), and the
//! message reads them outermost first:
//! - `f() argument 'xs' must be list[int], but item [2] is str` — a list or
//!   tuple item (`[1][0]` nested);
//! - `... must be dict[str, int], but value ['a'] is float` — a dict value,
//!   named by the repr of its (converted) key; `item ['a'][1]` when the path
//!   ends in a list inside it;
//! - `... must be dict[str, int], but a key is int`, `... but item [1] of an
//!   element in value ['a'] is str` — a dict key or set element, which has no
//!   position of its own;
//! - `... must be tuple[int, str], not a tuple of 3 items` — a tuple of the
//!   wrong length;
//! - `ValueError: f() argument 'd' cannot be copied to dict[float, int]: two
//!   keys are both 9007199254740992.0 once converted` — distinct Python keys
//!   (ints beyond 2**53 as floats, NaNs) that one taipan dict or set cannot
//!   hold apart.

/// One step from a container to the value inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// Item `i` of a list or tuple.
    Index(usize),
    /// The value of a dict under the key whose repr this is.
    Value(String),
    /// A key of a dict.
    Key,
    /// An element of a set.
    Element,
}

/// Why a Python value did not convert.
#[derive(Debug)]
pub(crate) enum Failure {
    /// CPython's error indicator is set already (`OverflowError`, a str with
    /// lone surrogates, `MemoryError`, an error raised by iterating a set).
    Set,
    /// A value of the wrong type (or a tuple of the wrong length) at `path`
    /// (innermost step first).
    Mismatch { path: Vec<Step>, found: String },
    /// Two keys (elements) at `path`, whose last step is `Key` or `Element`,
    /// that are equal once converted, to the value whose repr is `repr`.
    Duplicate { path: Vec<Step>, repr: String },
}

impl Failure {
    pub(crate) fn mismatch(found: String) -> Failure {
        Failure::Mismatch { path: Vec::new(), found }
    }

    pub(crate) fn duplicate(step: Step, repr: String) -> Failure {
        Failure::Duplicate { path: vec![step], repr }
    }

    /// The failure as seen from the container holding the value at `step`.
    pub(crate) fn within(self, step: Step) -> Failure {
        match self {
            Failure::Set => Failure::Set,
            Failure::Mismatch { mut path, found } => {
                path.push(step);
                Failure::Mismatch { path, found }
            }
            Failure::Duplicate { mut path, repr } => {
                path.push(step);
                Failure::Duplicate { path, repr }
            }
        }
    }
}

/// `[2]`, `['a']`: the brackets of index and value steps.
fn brackets(steps: &[Step]) -> String {
    steps
        .iter()
        .map(|step| match step {
            Step::Index(i) => format!("[{i}]"),
            Step::Value(key) => format!("[{key}]"),
            Step::Key | Step::Element => String::new(),
        })
        .collect()
}

/// A path of index and value steps (outermost first, not empty): what the
/// last step reaches, then where (`item [0][2]`, `value [0]['a']`).
fn located(steps: &[Step]) -> String {
    let word = match steps.last() {
        Some(Step::Value(_)) => "value",
        _ => "item",
    };
    format!("{word} {}", brackets(steps))
}

/// What a path (outermost first, not empty) reaches, as a message says it.
fn describe(outward: &[Step]) -> String {
    let steps: Vec<Step> = outward.iter().rev().cloned().collect();
    // Keys hold no dicts or sets: at most one key or element step, the last
    // such step being the one that matters.
    let Some(at) = steps.iter().rposition(|s| matches!(s, Step::Key | Step::Element)) else {
        return located(&steps);
    };
    let subject = if steps[at] == Step::Key { "a key" } else { "an element" };
    let inner = &steps[at + 1..];
    let mut out = if inner.is_empty() { subject.to_string() } else { format!("{} of {subject}", located(inner)) };
    if at > 0 {
        out.push_str(" in ");
        out.push_str(&located(&steps[..at]));
    }
    out
}

/// The `TypeError` message of an argument that is not an `expected`:
/// CPython's `f() argument 'x' must be list[int], not str` at the top level,
/// and where the offending value is inside a container otherwise.
pub(crate) fn mismatch_message(func: &str, param: &str, expected: &str, path_outward: &[Step], found: &str) -> String {
    if path_outward.is_empty() {
        return format!("{func}() argument '{param}' must be {expected}, not {found}");
    }
    format!("{func}() argument '{param}' must be {expected}, but {} is {found}", describe(path_outward))
}

/// The `ValueError` message of an argument with two keys (elements) that are
/// equal once converted (`path_outward` ends at the key or element step).
pub(crate) fn duplicate_message(func: &str, param: &str, expected: &str, path_outward: &[Step], repr: &str) -> String {
    let (what, outer) = match path_outward.split_first() {
        Some((Step::Element, outer)) => ("elements", outer),
        Some((_, outer)) => ("keys", outer),
        None => ("keys", path_outward),
    };
    let steps: Vec<Step> = outer.iter().rev().cloned().collect();
    let place = if steps.is_empty() { String::new() } else { format!(" in {}", located(&steps)) };
    format!("{func}() argument '{param}' cannot be copied to {expected}: two {what}{place} are both {repr} once converted")
}

/// What a tuple of the wrong length is called in a message.
pub(crate) fn tuple_of_len(n: isize) -> String {
    format!("a tuple of {n} item{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::Step::*;
    use super::*;

    #[test]
    fn mismatch_messages_name_the_parameter_and_the_element() {
        assert_eq!(mismatch_message("f", "s", "str", &[], "int"), "f() argument 's' must be str, not int");
        assert_eq!(
            mismatch_message("f", "m", "list[list[float]]", &[Index(0), Index(2)], "str"),
            "f() argument 'm' must be list[list[float]], but item [2][0] is str"
        );
        assert_eq!(
            mismatch_message("f", "p", "tuple[int, str]", &[], &tuple_of_len(3)),
            "f() argument 'p' must be tuple[int, str], not a tuple of 3 items"
        );
    }

    #[test]
    fn dict_and_set_steps_read_outermost_first() {
        let m = |path: &[Step]| mismatch_message("f", "d", "T", path, "str");
        assert_eq!(m(&[Value("'a'".into())]), "f() argument 'd' must be T, but value ['a'] is str");
        assert_eq!(m(&[Index(1), Value("'a'".into())]), "f() argument 'd' must be T, but item ['a'][1] is str");
        assert_eq!(m(&[Value("'x'".into()), Index(0)]), "f() argument 'd' must be T, but value [0]['x'] is str");
        assert_eq!(m(&[Key]), "f() argument 'd' must be T, but a key is str");
        assert_eq!(m(&[Key, Index(0)]), "f() argument 'd' must be T, but a key in item [0] is str");
        assert_eq!(m(&[Index(1), Element]), "f() argument 'd' must be T, but item [1] of an element is str");
        assert_eq!(
            m(&[Index(1), Element, Value("'a'".into())]),
            "f() argument 'd' must be T, but item [1] of an element in value ['a'] is str"
        );
    }

    #[test]
    fn duplicate_messages_name_the_value() {
        assert_eq!(
            duplicate_message("f", "d", "dict[float, int]", &[Key], "1.0"),
            "f() argument 'd' cannot be copied to dict[float, int]: two keys are both 1.0 once converted"
        );
        assert_eq!(
            duplicate_message("f", "s", "list[set[float]]", &[Element, Index(2)], "nan"),
            "f() argument 's' cannot be copied to list[set[float]]: two elements in item [2] are both nan once converted"
        );
    }
}
