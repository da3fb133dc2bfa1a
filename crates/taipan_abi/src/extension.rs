//! The contract of a CPython extension module (`taipan build --ext`): what
//! codegen emits and what the runtime's `tp_ext_*` functions read.
//!
//! Codegen emits, per module:
//! - per exported function, a *wrapper* with CPython's `METH_FASTCALL |
//!   METH_KEYWORDS` signature `PyObject *(PyObject *self, PyObject *const *args,
//!   Py_ssize_t nargs, PyObject *kwnames)` that checks the arity (or, for a
//!   call with keywords, has `tp_ext_bind_keywords` bind the arguments),
//!   converts each argument (`tp_ext_arg_*`; `str` and containers by a
//!   [`ValueType`] descriptor), calls the compiled function and converts its
//!   result (`tp_ext_return_*`), or moves the pending exception into CPython
//!   (`tp_ext_raise_pending`) and returns null;
//! - one [`module_spec`] describing the module, and arrays of
//!   [`function_spec`]s and [`constant_spec`]s, in writable data;
//! - `PyInit_<name>` (the only exported symbol; its exact name is
//!   [`shared_init_symbol`] or [`static_init_symbol`]), which returns
//!   `tp_ext_init(&spec)`.
//!
//! An interpreter with compiled modules built in (`taipan build --python-exe`)
//! gets a `main` from codegen that calls `tp_python_main` with an array of
//! [`inittab_entry`]s: the runtime registers the modules in CPython's table of
//! built-in modules (one `PyImport_ExtendInittab` call), starts the
//! interpreter, and puts a finder in front of `sys.meta_path` that finds them
//! by a hashed lookup instead of CPython's linear scans of that table.
//!
//! The runtime builds CPython's `PyModuleDef`/`PyMethodDef` from the spec, so
//! CPython's own layouts are known in one place only: the runtime's
//! `cpython_api` module. Compiled code never touches a CPython object except as
//! an opaque pointer it hands to `tp_ext_*` functions.

/// The prefix of the exported module initialisation function (`PyInit_mod`).
pub const PYINIT_PREFIX: &str = "PyInit_";

/// The initialisation function of the module `name` in a shared object:
/// `PyInit_<last component>`, the symbol CPython's loader looks for
/// (`pkg.c` loads from `pkg/c<EXT_SUFFIX>` through `PyInit_c`).
pub fn shared_init_symbol(name: &str) -> String {
    format!("{PYINIT_PREFIX}{}", name.rsplit('.').next().unwrap_or(name))
}

/// The initialisation function of the module `name` in a static object
/// (`--ext --static`, `--python-exe`), where every module's symbol shares one
/// image: `PyInit_<name>` for a top-level module, and for a dotted name each
/// component prefixed by its length (`pkg.c` → `PyInit_3pkg1c`). No identifier
/// starts with a digit, so the two forms never meet, and the lengths make the
/// mangling one-to-one (`pkg/c.py` and `other/c.py` get different symbols).
pub fn static_init_symbol(name: &str) -> String {
    if !name.contains('.') {
        return format!("{PYINIT_PREFIX}{name}");
    }
    let mut symbol = PYINIT_PREFIX.to_string();
    for component in name.split('.') {
        symbol.push_str(&component.len().to_string());
        symbol.push_str(component);
    }
    symbol
}

/// `module_spec`: everything `tp_ext_init` needs. All `str` fields point to
/// (immortal) taipan str objects.
pub mod module_spec {
    /// Pointer to a str: the module name (`__name__`).
    pub const NAME: i32 = 0;
    /// Pointer to a str, or null: the module docstring.
    pub const DOC: i32 = 8;
    /// Pointer to a str: the source file, for traceback entries.
    pub const FILE: i32 = 16;
    /// Pointer to the module body, `extern "C" fn() -> u8` (nonzero: raised).
    pub const BODY: i32 = 24;
    /// i64: the number of exported functions.
    pub const N_FUNCTIONS: i32 = 32;
    /// Pointer to `N_FUNCTIONS` [`super::function_spec`]s.
    pub const FUNCTIONS: i32 = 40;
    /// i64: the number of module attributes set from variables.
    pub const N_CONSTANTS: i32 = 48;
    /// Pointer to `N_CONSTANTS` [`super::constant_spec`]s.
    pub const CONSTANTS: i32 = 56;
    pub const SIZE: usize = 64;
}

/// `constant_spec`: one module-level variable shown as a module attribute,
/// set by `tp_ext_init` after the module body ran.
pub mod constant_spec {
    /// Pointer to a str: the attribute name.
    pub const NAME: i32 = 0;
    /// Pointer to a [`super::global_slot`]: the global, or a slot codegen
    /// fills with a folded constant.
    pub const SLOT: i32 = 8;
    /// Pointer to a str: the [`super::ValueType::descriptor`] of the value.
    pub const DESC: i32 = 16;
    pub const SIZE: usize = 24;
}

/// The storage of a module global: its value (8 bytes, a `bool` in the first),
/// then a byte that is 1 once the global has been assigned.
pub mod global_slot {
    pub const VALUE: i32 = 0;
    pub const DEFINED: i32 = 8;
    pub const SIZE: usize = 16;
}

/// `function_spec`: one exported function.
pub mod function_spec {
    /// Pointer to a str: the Python name.
    pub const NAME: i32 = 0;
    /// Pointer to the `METH_FASTCALL` wrapper.
    pub const WRAPPER: i32 = 8;
    /// Pointer to a str: the `__doc__` with its `__text_signature__` prefix
    /// (`"name(a, b, /)\n--\n\n"` then the docstring).
    pub const DOC: i32 = 16;
    pub const SIZE: usize = 24;
}

/// `inittab_entry`: one module built into an interpreter.
pub mod inittab_entry {
    /// Pointer to a str: the module name `import` uses.
    pub const NAME: i32 = 0;
    /// Pointer to the module's initialisation function ([`super::static_init_symbol`]).
    pub const INIT: i32 = 8;
    /// i64: [`IS_PACKAGE`] or 0.
    pub const FLAGS: i32 = 16;
    pub const SIZE: usize = 24;
    /// The module is a package (compiled from an `__init__.py`): it gets a
    /// `__path__`, so `import pkg.sub` looks for submodules.
    pub const IS_PACKAGE: i64 = 1;
}

/// The Python type of a value that crosses into or out of an extension
/// module: what a wrapper converts an argument or result by.
///
/// Codegen passes it to the runtime's generic conversions (`tp_ext_arg_obj`,
/// `tp_ext_return_obj`) as a *type descriptor*: a str object holding
/// [`ValueType::descriptor`], a prefix code the runtime reads back with
/// [`ValueType::parse`]. One descriptor-driven conversion serves every
/// container type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ValueType {
    Int,
    Float,
    Bool,
    None,
    Str,
    List(Box<ValueType>),
    /// `tuple[A, B, ...]`: a fixed number of fields.
    Tuple(Vec<ValueType>),
    /// `tuple[T, ...]`: any number of `T`s.
    TupleOf(Box<ValueType>),
    /// `dict[K, V]`.
    Dict(Box<ValueType>, Box<ValueType>),
    /// `set[T]`.
    Set(Box<ValueType>),
    /// `T | None`: the null pointer for `None`; otherwise a `T` object, or,
    /// for a number `T`, a box holding it (`boxed_scalar`).
    Optional(Box<ValueType>),
}

impl ValueType {
    /// The prefix code: `i` int, `f` float, `b` bool, `n` None, `s` str,
    /// `l<T>` list, `(<A><B>...)` fixed tuple, `v<T>` `tuple[T, ...]`,
    /// `d<K><V>` dict, `S<T>` set, `o<T>` `T | None`.
    pub fn descriptor(&self) -> String {
        let mut out = String::new();
        self.write_descriptor(&mut out);
        out
    }

    fn write_descriptor(&self, out: &mut String) {
        match self {
            ValueType::Int => out.push('i'),
            ValueType::Float => out.push('f'),
            ValueType::Bool => out.push('b'),
            ValueType::None => out.push('n'),
            ValueType::Str => out.push('s'),
            ValueType::List(elem) => {
                out.push('l');
                elem.write_descriptor(out);
            }
            ValueType::Tuple(fields) => {
                out.push('(');
                for f in fields {
                    f.write_descriptor(out);
                }
                out.push(')');
            }
            ValueType::TupleOf(elem) => {
                out.push('v');
                elem.write_descriptor(out);
            }
            ValueType::Dict(key, value) => {
                out.push('d');
                key.write_descriptor(out);
                value.write_descriptor(out);
            }
            ValueType::Set(elem) => {
                out.push('S');
                elem.write_descriptor(out);
            }
            ValueType::Optional(inner) => {
                out.push('o');
                inner.write_descriptor(out);
            }
        }
    }

    /// Reads a descriptor back; `None` unless `code` is exactly one descriptor.
    pub fn parse(code: &[u8]) -> Option<ValueType> {
        match ValueType::parse_prefix(code)? {
            (ty, []) => Some(ty),
            _ => None,
        }
    }

    fn parse_prefix(code: &[u8]) -> Option<(ValueType, &[u8])> {
        let (&first, rest) = code.split_first()?;
        Some(match first {
            b'i' => (ValueType::Int, rest),
            b'f' => (ValueType::Float, rest),
            b'b' => (ValueType::Bool, rest),
            b'n' => (ValueType::None, rest),
            b's' => (ValueType::Str, rest),
            b'l' => {
                let (elem, rest) = ValueType::parse_prefix(rest)?;
                (ValueType::List(Box::new(elem)), rest)
            }
            b'v' => {
                let (elem, rest) = ValueType::parse_prefix(rest)?;
                (ValueType::TupleOf(Box::new(elem)), rest)
            }
            b'd' => {
                let (key, rest) = ValueType::parse_prefix(rest)?;
                let (value, rest) = ValueType::parse_prefix(rest)?;
                (ValueType::Dict(Box::new(key), Box::new(value)), rest)
            }
            b'S' => {
                let (elem, rest) = ValueType::parse_prefix(rest)?;
                (ValueType::Set(Box::new(elem)), rest)
            }
            b'o' => {
                let (inner, rest) = ValueType::parse_prefix(rest)?;
                (ValueType::Optional(Box::new(inner)), rest)
            }
            b'(' => {
                let mut fields = Vec::new();
                let mut rest = rest;
                loop {
                    if let [b')', after @ ..] = rest {
                        break (ValueType::Tuple(fields), after);
                    }
                    let (field, after) = ValueType::parse_prefix(rest)?;
                    fields.push(field);
                    rest = after;
                }
            }
            _ => return None,
        })
    }

    /// Whether values of this type are objects (passed as pointers, owned by
    /// reference) rather than unboxed scalars.
    pub fn is_object(&self) -> bool {
        !matches!(self, ValueType::Int | ValueType::Float | ValueType::Bool | ValueType::None)
    }
}

impl std::fmt::Display for ValueType {
    /// Annotation syntax (`list[int]`, `tuple[float, ...]`), for messages.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ValueType::Int => f.write_str("int"),
            ValueType::Float => f.write_str("float"),
            ValueType::Bool => f.write_str("bool"),
            ValueType::None => f.write_str("None"),
            ValueType::Str => f.write_str("str"),
            ValueType::List(elem) => write!(f, "list[{elem}]"),
            ValueType::Tuple(fields) if fields.is_empty() => f.write_str("tuple[()]"),
            ValueType::Tuple(fields) => {
                f.write_str("tuple[")?;
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{field}")?;
                }
                f.write_str("]")
            }
            ValueType::TupleOf(elem) => write!(f, "tuple[{elem}, ...]"),
            ValueType::Dict(key, value) => write!(f, "dict[{key}, {value}]"),
            ValueType::Set(elem) => write!(f, "set[{elem}]"),
            ValueType::Optional(inner) => write!(f, "{inner} | None"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ValueType::{self, *};

    #[test]
    fn init_symbols_of_dotted_names() {
        use super::{shared_init_symbol, static_init_symbol};
        assert_eq!(shared_init_symbol("mod"), "PyInit_mod");
        assert_eq!(shared_init_symbol("pkg.sub.c"), "PyInit_c");
        assert_eq!(static_init_symbol("mod"), "PyInit_mod");
        assert_eq!(static_init_symbol("pkg.c"), "PyInit_3pkg1c");
        assert_ne!(static_init_symbol("pkg.c"), static_init_symbol("other.c"));
        // One-to-one even where plain joining would meet.
        assert_ne!(static_init_symbol("a1.b"), static_init_symbol("a.1b"));
        assert_ne!(static_init_symbol("ab.c"), static_init_symbol("a.bc"));
    }

    #[test]
    fn descriptors_round_trip() {
        let types = [
            Int,
            Str,
            List(Box::new(List(Box::new(Float)))),
            Tuple(vec![Int, Str]),
            Tuple(vec![]),
            TupleOf(Box::new(Float)),
            List(Box::new(Tuple(vec![Bool, TupleOf(Box::new(Str)), None]))),
            Dict(Box::new(Str), Box::new(List(Box::new(Int)))),
            List(Box::new(Dict(Box::new(Tuple(vec![Int, Int])), Box::new(Optional(Box::new(Float)))))),
            Set(Box::new(Tuple(vec![Int, Int]))),
            Optional(Box::new(Str)),
        ];
        for ty in types {
            assert_eq!(ValueType::parse(ty.descriptor().as_bytes()), Some(ty.clone()), "{ty}");
        }
        assert_eq!(List(Box::new(List(Box::new(Float)))).descriptor(), "llf");
        assert_eq!(Tuple(vec![Int, Str]).descriptor(), "(is)");
        assert_eq!(Dict(Box::new(Str), Box::new(Optional(Box::new(Int)))).descriptor(), "dsoi");
        assert_eq!(Set(Box::new(Float)).descriptor(), "Sf");
    }

    #[test]
    fn types_display_as_annotations() {
        let ty = Dict(Box::new(Str), Box::new(List(Box::new(Optional(Box::new(Int))))));
        assert_eq!(ty.to_string(), "dict[str, list[int | None]]");
        assert_eq!(Set(Box::new(Tuple(vec![Int, Int]))).to_string(), "set[tuple[int, int]]");
    }

    #[test]
    fn malformed_descriptors_are_rejected() {
        for code in ["", "l", "(i", "ii", "x", "v", "d", "di", "S", "o", "dii)"] {
            assert!(ValueType::parse(code.as_bytes()).is_none(), "{code:?}");
        }
    }
}

/// The parameter list `tp_ext_bind_keywords` binds a call against: the
/// names joined by `,`, with Python's markers as names of their own — `/`
/// after the positional-only parameters, `*` before the keyword-only ones
/// (`a,/,b,*,k`). A list without markers takes every parameter by position
/// or keyword.
pub mod bound_parameters {
    /// How a call may pass a parameter its argument.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Kind {
        PositionalOnly,
        Positional,
        KeywordOnly,
    }

    /// The list for `names`, of which the first `positional_only` are
    /// positional-only and those from `positional` on keyword-only.
    pub fn encode(names: &[String], positional_only: usize, positional: usize) -> String {
        with_markers(names.to_vec(), positional_only, positional).join(",")
    }

    /// `params` (written any way: `a`, `a=1`, `a: int`) with `/` and `*`
    /// among them where Python writes them: also the text signature's and
    /// the stub's form.
    pub fn with_markers(params: Vec<String>, positional_only: usize, positional: usize) -> Vec<String> {
        let count = params.len();
        let mut out = Vec::with_capacity(count + 2);
        for (i, param) in params.into_iter().enumerate() {
            if i == positional_only && i > 0 {
                out.push("/".to_string());
            }
            if i == positional {
                out.push("*".to_string());
            }
            out.push(param);
        }
        if positional_only > 0 && positional_only == count {
            out.push("/".to_string());
        }
        out
    }

    /// The parameters of a list, in order, each with its kind.
    pub fn decode(list: &str) -> Vec<(&str, Kind)> {
        if list.is_empty() {
            return Vec::new();
        }
        let parts: Vec<&str> = list.split(',').collect();
        let slash = parts.iter().position(|p| *p == "/");
        let mut kind = if slash.is_some() { Kind::PositionalOnly } else { Kind::Positional };
        let mut out = Vec::with_capacity(parts.len());
        for part in parts {
            match part {
                "/" => kind = Kind::Positional,
                "*" => kind = Kind::KeywordOnly,
                name => out.push((name, kind)),
            }
        }
        out
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn markers_round_trip() {
            let names: Vec<String> = ["a", "b", "k"].iter().map(|s| s.to_string()).collect();
            assert_eq!(encode(&names, 0, 3), "a,b,k");
            assert_eq!(encode(&names, 1, 2), "a,/,b,*,k");
            assert_eq!(encode(&names, 0, 0), "*,a,b,k");
            assert_eq!(encode(&names, 3, 3), "a,b,k,/");
            assert_eq!(encode(&names, 2, 2), "a,b,/,*,k");
            assert_eq!(
                decode("a,/,b,*,k"),
                vec![("a", Kind::PositionalOnly), ("b", Kind::Positional), ("k", Kind::KeywordOnly)]
            );
            assert_eq!(decode("a,b"), vec![("a", Kind::Positional), ("b", Kind::Positional)]);
            assert_eq!(decode("*,k"), vec![("k", Kind::KeywordOnly)]);
            assert_eq!(decode("a,b,/"), vec![("a", Kind::PositionalOnly), ("b", Kind::PositionalOnly)]);
            assert_eq!(decode(""), vec![]);
        }
    }
}
