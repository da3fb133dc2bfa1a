//! The `TypeError` messages of binding a call's arguments to a Python
//! function's parameters, worded exactly as CPython 3.11's
//! `initialize_locals` words them (`Python/ceval.c`: `too_many_positional`,
//! `missing_arguments`, `positional_only_passed_as_keyword`). The compiler
//! reports them at compile time for calls of user functions (every call's
//! shape is known there); the runtime raises them for calls of an extension
//! module's exports (`tp_ext_bind_keywords`).

/// `"s"` for a count other than one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
pub fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// `f() takes 1 positional argument but 2 were given`: `positional`
/// parameters take positional arguments, the last `positional - required`
/// of them with defaults; `given` positional arguments were passed, and
/// `keyword_only_given` keyword-only ones (which CPython mentions:
/// `but 2 positional arguments (and 1 keyword-only argument) were given`).
pub fn too_many_positional(
    func: &str,
    required: usize,
    positional: usize,
    given: usize,
    keyword_only_given: usize,
) -> String {
    let takes = if required == positional {
        format!("{positional} positional argument{}", plural(positional))
    } else {
        format!("from {required} to {positional} positional arguments")
    };
    let (kwonly, was) = match keyword_only_given {
        0 => (String::new(), if given == 1 { "was" } else { "were" }),
        k => (
            format!(" positional argument{} (and {k} keyword-only argument{})", plural(given), plural(k)),
            "were",
        ),
    };
    format!("{func}() takes {takes} but {given}{kwonly} {was} given")
}

/// `f() got an unexpected keyword argument 'c'`.
pub fn unexpected_keyword(func: &str, key: &str) -> String {
    format!("{func}() got an unexpected keyword argument '{key}'")
}

/// `f() got multiple values for argument 'a'`.
pub fn multiple_values(func: &str, param: &str) -> String {
    format!("{func}() got multiple values for argument '{param}'")
}

/// Which parameters a call left out: CPython reports the positional ones
/// first, and the keyword-only ones only when no positional one is missing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MissingKind {
    Positional,
    KeywordOnly,
}

/// `f() missing 1 required keyword-only argument: 'key'`.
pub fn missing(func: &str, kind: MissingKind, names: &[&str]) -> String {
    let kind = match kind {
        MissingKind::Positional => "positional",
        MissingKind::KeywordOnly => "keyword-only",
    };
    let n = names.len();
    format!("{func}() missing {n} required {kind} argument{}: {}", plural(n), quoted_list(names))
}

/// `f() got some positional-only arguments passed as keyword arguments:
/// 'a, b'`: the positional-only parameters (in their order) that the call
/// names as keywords, joined inside one pair of quotes.
pub fn positional_only_as_keyword(func: &str, names: &[&str]) -> String {
    format!("{func}() got some positional-only arguments passed as keyword arguments: '{}'", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_arguments_are_listed_like_cpython() {
        assert_eq!(quoted_list(&["a"]), "'a'");
        assert_eq!(quoted_list(&["a", "b"]), "'a' and 'b'");
        assert_eq!(quoted_list(&["a", "b", "c"]), "'a', 'b', and 'c'");
        assert_eq!(missing("f", MissingKind::KeywordOnly, &["key"]), "f() missing 1 required keyword-only argument: 'key'");
        assert_eq!(
            missing("f", MissingKind::Positional, &["a", "b"]),
            "f() missing 2 required positional arguments: 'a' and 'b'"
        );
    }

    /// The texts CPython 3.11 gives for `def f(a, b=0, *, k=0)` and `def g(a, *, k)`.
    #[test]
    fn too_many_positional_like_cpython() {
        assert_eq!(too_many_positional("g", 1, 1, 2, 0), "g() takes 1 positional argument but 2 were given");
        assert_eq!(too_many_positional("g", 0, 0, 1, 0), "g() takes 0 positional arguments but 1 was given");
        assert_eq!(
            too_many_positional("f", 1, 2, 3, 1),
            "f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"
        );
        assert_eq!(
            too_many_positional("g", 1, 1, 1, 2),
            "g() takes 1 positional argument but 1 positional argument (and 2 keyword-only arguments) were given"
        );
    }

    #[test]
    fn positional_only_names_share_one_pair_of_quotes() {
        assert_eq!(
            positional_only_as_keyword("f", &["a", "b"]),
            "f() got some positional-only arguments passed as keyword arguments: 'a, b'"
        );
    }
}
