//! Linker symbols of user functions: `USER_SYMBOL_PREFIX` + a mangled name,
//! unique within the module.

use std::collections::HashSet;
use std::fmt::Write;

use taipan_abi::USER_SYMBOL_PREFIX;

#[derive(Default)]
pub(crate) struct Symbols {
    used: HashSet<String>,
}

impl Symbols {
    /// A fresh symbol for `name`. ASCII letters, digits and `_` are kept; any
    /// other character becomes `_u<hex>_`. A clash gets a numeric suffix.
    pub fn unique(&mut self, name: &str) -> String {
        let mut base = String::from(USER_SYMBOL_PREFIX);
        for c in name.chars() {
            if c.is_ascii_alphanumeric() || c == '_' {
                base.push(c);
            } else {
                let _ = write!(base, "_u{:x}_", c as u32);
            }
        }
        let mut symbol = base.clone();
        let mut n = 2;
        while !self.used.insert(symbol.clone()) {
            symbol = format!("{base}_{n}");
            n += 1;
        }
        symbol
    }
}

#[cfg(test)]
mod tests {
    use super::Symbols;

    #[test]
    fn symbols_are_mangled_and_unique() {
        let mut s = Symbols::default();
        assert_eq!(s.unique("__module__"), "tpu___module__");
        assert_eq!(s.unique("__module__"), "tpu___module___2");
        assert_eq!(s.unique("café"), "tpu_caf_ue9_");
        assert_eq!(s.unique("fib"), "tpu_fib");
    }
}
