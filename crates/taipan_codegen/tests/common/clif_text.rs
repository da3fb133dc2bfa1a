//! Reading `emit_clif` listings in tests.

/// One function of an `emit_clif` listing, with the comments before it.
pub fn function_text<'a>(clif: &'a str, symbol: &str) -> &'a str {
    let start = clif.find(&format!("function %{symbol}(")).unwrap_or_else(|| panic!("no {symbol} in {clif}"));
    let comments = clif[..start].lines().rev().take_while(|l| l.starts_with("; ")).map(|l| l.len() + 1).sum::<usize>();
    let end = start + clif[start..].find("\n}\n").map_or(clif.len() - start, |e| e + 3);
    &clif[start - comments..end]
}

/// The blocks of a CLIF function in layout order: `(header line, body lines)`.
pub fn blocks(function: &str) -> Vec<(&str, Vec<&str>)> {
    let mut blocks: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in function.lines() {
        if line.starts_with("block") {
            blocks.push((line, Vec::new()));
        } else if let Some((_, body)) = blocks.last_mut() {
            body.push(line.trim());
        }
    }
    blocks
}

/// The `fnN` a CLIF function uses to call the symbol `symbol`, if it calls it.
pub fn callee_ref(function: &str, symbol: &str) -> Option<String> {
    let user = function.lines().find_map(|l| l.strip_prefix("; ").and_then(|l| l.strip_suffix(&format!(" = {symbol}"))))?;
    let decl = function.lines().find(|l| l.trim_start().starts_with("fn") && l.split_whitespace().any(|w| w == user))?;
    Some(format!("{}(", decl.trim_start().split(' ').next()?))
}
