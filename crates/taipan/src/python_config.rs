//! The target Python of an extension build: the facts `taipan build --ext`
//! needs about the interpreter that will import the module, asked once from
//! that interpreter (`--python PATH`, default `python3`).

use std::path::Path;
use std::process::Command;

/// The oldest CPython an extension supports: the runtime's glue calls
/// `PyObject_VectorcallMethod`, new in 3.9.
const MIN_MINOR_VERSION: u32 = 9;

/// What the build needs to know about the target interpreter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PythonConfig {
    /// `sysconfig.get_config_var('EXT_SUFFIX')`, e.g. `.cpython-311-x86_64-linux-gnu.so`.
    pub ext_suffix: String,
    /// `major.minor`, e.g. `3.11`.
    pub version: String,
    /// What a C link needs to embed this interpreter: libpython (shared, with
    /// an rpath, or static with the flags CPython was linked with) and its
    /// system libraries.
    pub link_args: Vec<String>,
    /// `sys.builtin_module_names`: names an interpreter built with compiled
    /// modules cannot give them (CPython's own module would be imported).
    pub builtin_modules: Vec<String>,
}

/// The program the interpreter runs: one `key=value` line per fact.
const QUERY: &str = r#"import os, shlex, sys, sysconfig
v = lambda name: sysconfig.get_config_var(name) or ''
print('ext_suffix=' + v('EXT_SUFFIX'))
print('version=%d.%d' % sys.version_info[:2])
if v('Py_ENABLE_SHARED'):
    # The runtime finds CPython's functions with dlsym, so nothing references
    # libpython at link time: keep it needed all the same.
    keep = ['-Wl,--no-as-needed'] if sys.platform.startswith('linux') else []
    link = ['-L' + v('LIBDIR'), *keep, '-lpython' + v('LDVERSION'), '-Wl,-rpath,' + v('LIBDIR')]
else:
    # Static libpython: the whole archive, exported (-export-dynamic is in
    # LINKFORSHARED), since only dlsym refers to it.
    link = ['-Wl,--whole-archive', os.path.join(v('LIBPL'), v('LIBRARY')), '-Wl,--no-whole-archive']
    link += shlex.split(v('LINKFORSHARED'))
link += shlex.split(v('LIBS')) + shlex.split(v('SYSLIBS'))
print('link_args=' + '\x1f'.join(link))
print('builtin_modules=' + '\x1f'.join(sys.builtin_module_names))
"#;

/// Separates the link arguments on their line (no argument contains it).
const ARG_SEPARATOR: char = '\x1f';

/// Asks `python` for its configuration.
pub fn query(python: &Path) -> Result<PythonConfig, String> {
    let output = Command::new(python)
        .args(["-I", "-c", QUERY])
        .output()
        .map_err(|e| format!("cannot run the target Python `{}`: {e}", python.display()))?;
    if !output.status.success() {
        return Err(format!(
            "the target Python `{}` failed ({}): {}",
            python.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    parse(&String::from_utf8_lossy(&output.stdout)).map_err(|e| format!("target Python `{}`: {e}", python.display()))
}

fn parse(text: &str) -> Result<PythonConfig, String> {
    let value = |key: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
            .map(str::to_string)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| format!("no {key} in its configuration"))
    };
    let version = value("version")?;
    let supported = match version.split_once('.') {
        Some(("3", minor)) => minor.parse::<u32>().is_ok_and(|m| m >= MIN_MINOR_VERSION),
        _ => false,
    };
    if !supported {
        return Err(format!("Python {version} is not supported: extension modules need CPython 3.{MIN_MINOR_VERSION} or later"));
    }
    let ext_suffix = value("ext_suffix")?;
    let link_args = value("link_args")?.split(ARG_SEPARATOR).map(str::to_string).collect();
    let builtin_modules = value("builtin_modules")?.split(ARG_SEPARATOR).map(str::to_string).collect();
    Ok(PythonConfig { ext_suffix, version, link_args, builtin_modules })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_query_output() {
        let config =
            parse("ext_suffix=.cpython-311-x86_64-linux-gnu.so\nversion=3.11\nlink_args=-L/x\x1f-lpython3.11\nbuiltin_modules=_abc\x1fsys\n")
                .unwrap();
        assert_eq!(config.ext_suffix, ".cpython-311-x86_64-linux-gnu.so");
        assert_eq!(config.version, "3.11");
        assert_eq!(config.link_args, ["-L/x", "-lpython3.11"]);
        assert_eq!(config.builtin_modules, ["_abc", "sys"]);
    }

    #[test]
    fn rejects_old_pythons_and_missing_facts() {
        assert!(parse("ext_suffix=.so\nversion=3.8\n").unwrap_err().contains("3.9 or later"));
        assert!(parse("ext_suffix=.so\nversion=2.7\n").is_err());
        assert!(parse("version=3.11\nlink_args=-lm\n").unwrap_err().contains("ext_suffix"));
    }
}
