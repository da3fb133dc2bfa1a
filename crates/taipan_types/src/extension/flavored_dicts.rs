//! Exported signatures annotated with `collections.defaultdict`,
//! `collections.Counter` or `OrderedDict` (from `collections` or `typing`).
//! The checker types them as plain `dict`s (the flavor lives in the object),
//! so `check_exports` cannot see them; but a Python caller would pass the
//! flavored object, and a copy into a plain dict would drop what the flavor
//! adds (a default, so `d[missing]` would raise `KeyError`; order-sensitive
//! `==` and `move_to_end`), and a result would come back as a plain dict.
//! Such a module is rejected, reading the annotations from the source.

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, SourceFile};
use taipan_syntax::{ast, span_of};

/// The dict flavors of `collections` that cannot cross.
const FLAVORS: &[&str] = &["defaultdict", "Counter", "OrderedDict"];

/// How the module names the flavors: `from collections import Counter as C`
/// binds `C` to `Counter`; `import collections as c` binds `c` to the module
/// (`None`).
fn collections_names(suite: &[ast::Stmt]) -> HashMap<String, Option<String>> {
    let mut names = HashMap::new();
    for stmt in suite {
        match stmt {
            ast::Stmt::Import(import) => {
                for alias in import.names.iter().filter(|a| matches!(a.name.as_str(), "collections" | "typing")) {
                    names.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string(), None);
                }
            }
            ast::Stmt::ImportFrom(import)
                if import.module.as_ref().is_some_and(|m| m.as_str() == "collections" || m.as_str() == "typing") =>
            {
                for alias in import.names.iter().filter(|a| FLAVORS.contains(&a.name.as_str())) {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    names.insert(bound, Some(alias.name.to_string()));
                }
            }
            _ => {}
        }
    }
    names
}

/// The first flavor an annotation names anywhere inside it
/// (`list[Counter[str]]`, `defaultdict[str, int] | None`).
fn flavor_in(e: &ast::Expr, names: &HashMap<String, Option<String>>) -> Option<String> {
    match e {
        ast::Expr::Name(n) => names.get(n.id.as_str()).cloned().flatten(),
        ast::Expr::Attribute(a) => match &*a.value {
            ast::Expr::Name(m) if names.get(m.id.as_str()) == Some(&None) && FLAVORS.contains(&a.attr.as_str()) => {
                Some(a.attr.to_string())
            }
            _ => None,
        },
        ast::Expr::Subscript(s) => flavor_in(&s.value, names).or_else(|| flavor_in(&s.slice, names)),
        ast::Expr::Tuple(t) => t.elts.iter().find_map(|e| flavor_in(e, names)),
        ast::Expr::BinOp(b) => flavor_in(&b.left, names).or_else(|| flavor_in(&b.right, names)),
        _ => None,
    }
}

/// An error for each parameter or result of an exported function (a public
/// top-level `def`) annotated with a dict flavor. A file that does not parse
/// has no such errors here (the checker reports the parse error).
pub fn check_flavored_dicts(file: &SourceFile) -> Vec<Diagnostic> {
    let Ok(suite) = taipan_syntax::parse_module(file) else { return Vec::new() };
    let names = collections_names(&suite);
    if names.is_empty() {
        return Vec::new();
    }
    let mut diags = Vec::new();
    let advice = |flavor: &str| {
        let lost = if flavor == "OrderedDict" { "its order-sensitive equality and move_to_end" } else { "its default" };
        format!("a copy would be a plain dict without {lost}; annotate it as a dict")
    };
    for stmt in &suite {
        let ast::Stmt::FunctionDef(def) = stmt else { continue };
        if def.name.starts_with('_') {
            continue;
        }
        let params = def.args.posonlyargs.iter().chain(&def.args.args).chain(&def.args.kwonlyargs);
        for param in params {
            let Some(annotation) = &param.def.annotation else { continue };
            if let Some(flavor) = flavor_in(annotation, &names) {
                diags.push(Diagnostic::error(
                    span_of(&**annotation),
                    format!(
                        "parameter '{}' of exported function '{}' is annotated with {flavor}, which cannot cross into Python: {}",
                        param.def.arg,
                        def.name,
                        advice(&flavor)
                    ),
                ));
            }
        }
        let Some(returns) = def.returns.as_deref() else { continue };
        if let Some(flavor) = flavor_in(returns, &names) {
            diags.push(Diagnostic::error(
                span_of(returns),
                format!("exported function '{}' returns a {flavor}, which cannot cross into Python: {}", def.name, advice(&flavor)),
            ));
        }
    }
    diags
}
