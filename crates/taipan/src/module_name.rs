//! The import name of a module file given to `taipan build --ext` or
//! `--python-exe`: the file's path relative to the *package root* (the
//! current directory, or `--package-root DIR`), with dots for slashes, as
//! `python3 -c "import pkg.c"` run from that directory would name it.
//!
//! - `a.py` → `a`; `pkg/c.py` → `pkg.c`; `pkg/__init__.py` → the package `pkg`.
//! - A file outside the current directory (when no `--package-root` is given)
//!   is a top-level module named by its stem, as `python3 FILE` sees it; with
//!   `--package-root`, a file outside the root is an error.
//! - Every component must be an ASCII identifier: it is what `import` spells.

use std::path::{Component, Path, PathBuf};

use crate::BuildError;

/// Where a module file sits in the import namespace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModulePath {
    /// The import name, dotted for a submodule (`pkg.c`).
    pub name: String,
    /// Compiled from a package's `__init__.py`.
    pub is_package: bool,
    /// Where `import` finds the module's files from the package root (`pkg`
    /// of `pkg/c.py`, under `--package-root` when given); empty (the current
    /// directory) for a top-level module outside the current directory, and
    /// the package's name for an `__init__.py` outside it.
    pub dir: PathBuf,
}

impl ModulePath {
    /// The last component: what `PyInit_<...>` of a shared object and the
    /// stub's file name use (`c` of `pkg.c`).
    pub fn last_component(&self) -> &str {
        self.name.rsplit('.').next().unwrap_or(&self.name)
    }

    /// The stem of the files written for the module next to its source:
    /// `__init__` for a package (CPython finds `pkg/__init__<EXT_SUFFIX>`),
    /// else the last component.
    pub fn file_stem(&self) -> &str {
        if self.is_package {
            "__init__"
        } else {
            self.last_component()
        }
    }
}

/// The module name of `file`, relative to `package_root` (default: the current directory).
pub fn module_path(file: &Path, package_root: Option<&Path>) -> Result<ModulePath, BuildError> {
    let cwd = std::env::current_dir().map_err(|e| BuildError::Failed(format!("cannot read the current directory: {e}")))?;
    let root = normalized(&cwd, package_root.unwrap_or(Path::new(".")));
    let absolute = normalized(&cwd, file);
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut dir = PathBuf::new();
    let mut components: Vec<String> = match absolute.parent().and_then(|dir| dir.strip_prefix(&root).ok()) {
        Some(dirs) => {
            dir = package_root.unwrap_or(Path::new("")).join(dirs);
            dirs.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect()
        }
        None if package_root.is_some() => {
            return Err(BuildError::Failed(format!(
                "{}: not under the package root {} (the module name is the path relative to it)",
                file.display(),
                root.display()
            )))
        }
        // Outside the current directory: a top-level module, or the package
        // its `__init__.py` makes of its directory.
        None if stem == "__init__" => {
            let package = absolute.parent().and_then(Path::file_name).map(|d| d.to_string_lossy().into_owned());
            dir = PathBuf::from(package.clone().unwrap_or_default());
            package.into_iter().collect()
        }
        None => Vec::new(),
    };
    let is_package = stem == "__init__";
    if !is_package {
        components.push(stem.clone());
    }
    if components.is_empty() {
        return Err(BuildError::Failed(format!(
            "{}: an `__init__.py` at the package root names no module (its directory is the package: build from the directory above it, or pass --package-root)",
            file.display()
        )));
    }
    let last = components.len() - 1;
    for (i, component) in components.iter().enumerate() {
        if is_identifier(component) {
            continue;
        }
        return Err(BuildError::Failed(if i == last && !is_package {
            format!(
                "{}: an extension module's file name must be an ASCII identifier followed by `.py` (it is the module name)",
                file.display()
            )
        } else {
            format!(
                "{}: the directory `{component}` must be an ASCII identifier: it names a package in the module name `{}` (relative to the package root {}; pass --package-root to choose another)",
                file.display(),
                components.join("."),
                root.display()
            )
        }));
    }
    Ok(ModulePath { name: components.join("."), is_package, dir })
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `path` made absolute against `cwd`, with `.` and `..` resolved lexically
/// (symbolic links are not followed: the name follows the path as written).
fn normalized(cwd: &Path, path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in cwd.join(path).components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(file: &str, root: Option<&str>) -> Result<ModulePath, String> {
        module_path(Path::new(file), root.map(Path::new)).map_err(|e| e.to_string())
    }

    #[test]
    fn dotted_names_from_relative_paths() {
        assert_eq!(name("a.py", None).unwrap(), ModulePath { name: "a".into(), is_package: false, dir: "".into() });
        assert_eq!(name("pkg/c.py", None).unwrap().name, "pkg.c");
        assert_eq!(name("./pkg/sub/../c.py", None).unwrap().name, "pkg.c");
        let package = name("pkg/__init__.py", None).unwrap();
        assert_eq!(package, ModulePath { name: "pkg".into(), is_package: true, dir: "pkg".into() });
        assert_eq!(package.file_stem(), "__init__");
        assert_eq!(name("pkg/c.py", None).unwrap().file_stem(), "c");
        assert_eq!(name("pkg/c.py", None).unwrap().dir, Path::new("pkg"));
    }

    #[test]
    fn files_outside_the_current_directory_are_top_level() {
        assert_eq!(name("/nonexistent-dir/x/mod_a.py", None).unwrap().name, "mod_a");
        let package = name("/nonexistent-dir/x/__init__.py", None).unwrap();
        assert_eq!(package, ModulePath { name: "x".into(), is_package: true, dir: "x".into() });
    }

    #[test]
    fn package_root() {
        assert_eq!(name("/r/pkg/c.py", Some("/r")).unwrap().name, "pkg.c");
        assert_eq!(name("/r/pkg/c.py", Some("/r")).unwrap().dir, Path::new("/r/pkg"));
        assert_eq!(name("/r/pkg/c.py", Some("/r/pkg")).unwrap().name, "c");
        assert!(name("/elsewhere/c.py", Some("/r")).unwrap_err().contains("not under the package root"));
        assert!(name("/r/__init__.py", Some("/r")).unwrap_err().contains("names no module"));
    }

    #[test]
    fn components_must_be_identifiers() {
        assert!(name("not-a-name.py", None).unwrap_err().contains("must be an ASCII identifier"));
        let e = name("my-dir/c.py", None).unwrap_err();
        assert!(e.contains("the directory `my-dir`"), "{e}");
    }
}
