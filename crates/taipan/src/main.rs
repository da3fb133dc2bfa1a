//! The `taipan` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use taipan::{BuildError, BuildOptions};

#[derive(Parser)]
#[command(name = "taipan", version, about = "Compile statically typed Python to native code")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a Python file into a native executable (or stop at an earlier stage with --emit).
    Build {
        /// The Python source file (with --python-exe: one or more modules).
        #[arg(required = true, num_args = 1.., value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Output path (default: the file's stem in the current directory; with
        /// --emit ir/clif, standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Stop after this stage and write its output.
        #[arg(long, value_enum, default_value_t = Emit::Exe)]
        emit: Emit,
        /// Disable Cranelift's optimisations.
        #[arg(long = "O0")]
        no_opt: bool,
        /// Build a CPython extension module (`<stem><EXT_SUFFIX>` next to the
        /// source, and the stub `<stem>.pyi` beside it) instead of an executable.
        /// The module is named by the file's path relative to the package root:
        /// `pkg/c.py` is `pkg.c`.
        #[arg(long)]
        ext: bool,
        /// With --ext: write a relocatable object (`<stem>.o`, exporting
        /// `PyInit_<stem>`, `PyInit_3pkg1c` for `pkg.c`) to link into an
        /// interpreter, instead of a shared object.
        #[arg(long = "static", requires = "ext")]
        static_object: bool,
        /// Build a Python interpreter (-o PATH) with every FILE compiled and built
        /// in as a module, so `import <name>` loads no shared object.
        #[arg(long, conflicts_with = "ext")]
        python_exe: bool,
        /// With --ext or --python-exe: the directory module names are relative
        /// to (default: the current directory), so DIR/pkg/c.py is `pkg.c`.
        #[arg(long, value_name = "DIR")]
        package_root: Option<PathBuf>,
        /// The Python interpreter an extension module or interpreter is built for.
        #[arg(long, value_name = "PATH", default_value = "python3")]
        python: PathBuf,
    },
    /// Build a Python file into a cached executable and run it, passing its exit status through.
    Run {
        /// The Python source file.
        file: PathBuf,
        /// Arguments for the program.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Parse and type-check a Python file without compiling it.
    Check {
        /// The Python source file.
        file: PathBuf,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// taipan's typed IR, annotated with source lines.
    Ir,
    /// Cranelift IR of every function.
    Clif,
    /// The relocatable object file.
    Obj,
    /// The linked executable (default).
    Exe,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, BuildError> {
    match command {
        Command::Build { files, output, emit, no_opt, ext, static_object, python_exe, package_root, python } => {
            let options = BuildOptions { optimize: !no_opt, ..BuildOptions::default() };
            if python_exe {
                let output = output.ok_or_else(|| {
                    BuildError::Failed("--python-exe needs the interpreter's path: -o PATH".to_string())
                })?;
                taipan::build_python_exe(&files, package_root.as_deref(), &output, &python, &options)?;
                return Ok(ExitCode::SUCCESS);
            }
            let [file] = files.as_slice() else {
                return Err(BuildError::Failed("several files can only be built into an interpreter (--python-exe)".to_string()));
            };
            if ext {
                let emit = if static_object && emit == Emit::Exe { Emit::Obj } else { emit };
                build_extension(file, package_root.as_deref(), output, emit, &python, &options)?;
            } else if package_root.is_some() {
                return Err(BuildError::Failed("--package-root names modules: it needs --ext or --python-exe".to_string()));
            } else {
                build(file, output, emit, &options)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Run { file, args } => run_program(&file, &args),
        Command::Check { file } => {
            let source = taipan::read_source(&file)?;
            taipan::check(&source)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn build(file: &Path, output: Option<PathBuf>, emit: Emit, options: &BuildOptions) -> Result<(), BuildError> {
    let source = taipan::read_source(file)?;
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "a".into());
    match emit {
        Emit::Ir | Emit::Clif => {
            let text = if emit == Emit::Ir {
                taipan::emit_ir(&source, options)?
            } else {
                taipan::emit_clif(&source, options)?
            };
            match output {
                Some(path) => write_file(&path, text.as_bytes()),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
        Emit::Obj => {
            let bytes = taipan::emit_object(&source, options)?;
            write_file(&output.unwrap_or_else(|| PathBuf::from(format!("{stem}.o"))), &bytes)
        }
        Emit::Exe => {
            let output = output.unwrap_or_else(|| PathBuf::from(stem));
            taipan::build_executable(&source, &output, options)
        }
    }
}

fn build_extension(
    file: &Path,
    package_root: Option<&Path>,
    output: Option<PathBuf>,
    emit: Emit,
    python: &Path,
    options: &BuildOptions,
) -> Result<(), BuildError> {
    let module = taipan::module_path(file, package_root)?;
    let name = module.name.as_str();
    // Written where `import` finds them: `pkg/c<EXT_SUFFIX>` for `pkg.c`.
    let beside = |extension: &str| module.dir.join(format!("{}{extension}", module.file_stem()));
    let stub_beside = |output: &Path| output.with_file_name(format!("{}.pyi", module.file_stem()));
    let source = taipan::read_source(file)?;
    match emit {
        Emit::Ir | Emit::Clif => {
            let text = if emit == Emit::Ir {
                taipan::emit_extension_ir(&source, name, options)?
            } else {
                taipan::emit_extension_clif(&source, name, options)?
            };
            match output {
                Some(path) => write_file(&path, text.as_bytes()),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
        Emit::Obj => {
            let output = output.unwrap_or_else(|| beside(".o"));
            let (bytes, stub) = taipan::emit_extension_object(&source, name, options)?;
            write_file(&output, &bytes)?;
            write_file(&stub_beside(&output), stub.as_bytes())
        }
        Emit::Exe => {
            let output = match output {
                Some(path) => path,
                None => beside(&taipan::python_config(python)?.ext_suffix),
            };
            taipan::build_extension(&source, name, &output, &stub_beside(&output), options)
        }
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    std::fs::write(path, bytes).map_err(|e| BuildError::Failed(format!("cannot write {}: {e}", path.display())))
}

fn run_program(file: &Path, args: &[String]) -> Result<ExitCode, BuildError> {
    let source = taipan::read_source(file)?;
    let dir = taipan::run_cache_dir();
    std::fs::create_dir_all(&dir).map_err(|e| BuildError::Failed(format!("cannot create {}: {e}", dir.display())))?;
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "a".into());
    let exe = dir.join(format!("{stem}-{}", std::process::id()));
    taipan::build_executable(&source, &exe, &BuildOptions::default())?;
    let status = std::process::Command::new(&exe).args(args).status();
    let _ = std::fs::remove_file(&exe);
    let status = status.map_err(|e| BuildError::Failed(format!("cannot run {}: {e}", exe.display())))?;
    Ok(exit_code_of(status))
}

/// The exit status to pass through; a signal becomes 128 + its number, as shells report it.
fn exit_code_of(status: std::process::ExitStatus) -> ExitCode {
    if let Some(code) = status.code() {
        return ExitCode::from(code as u8);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return ExitCode::from(128u8.wrapping_add(sig as u8));
        }
    }
    ExitCode::from(1)
}
