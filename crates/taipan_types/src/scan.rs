//! The syntactic pre-pass over a module: which functions it defines, what it
//! imports, which module globals it binds where, and where names are read.
//! The checker uses this to resolve forward references (functions called before
//! their `def` in the file) and to decide which globals fold to constants.

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;
use taipan_syntax::visit::{for_each_child, Node};

/// A name brought in by an import.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Imported {
    /// `import math` / `import math as m`.
    MathModule,
    /// `from math import sqrt`: the member's real name.
    MathMember(String),
    /// `from typing import Final`: usable only in annotations.
    Typing(String),
    /// `from dataclasses import dataclass`: usable only as a class decorator.
    Dataclasses(String),
    /// `import sys` / `import sys as s` (`sys_module.rs`).
    SysModule,
    /// `from sys import exit`: the member's real name (one of `SYS_MEMBERS`).
    SysMember(String),
    /// `import enum` / `import enum as e` (`enum_class.rs`).
    EnumModule,
    /// `from enum import Enum, IntEnum, auto`: the member's real name.
    Enum(String),
    /// `from abc import ABC, abstractmethod`: a base class and a method
    /// decorator (`abstract_methods.rs`).
    Abc(String),
    /// `import heapq` / `import bisect` / `import collections`
    /// (`container_modules.rs`).
    ContainerModule(crate::container_modules::ContainerModule),
    /// `from heapq import heappush` & co: the module and the member's real name.
    ContainerMember(crate::container_modules::ContainerModule, String),
    /// `import random` / `time` / `functools` / `itertools` (`std_modules.rs`).
    StdModule(crate::std_modules::StdModule),
    /// `from random import randint` & co: the module and the member's real name.
    StdMember(crate::std_modules::StdModule, String),
}

/// A `def` at the top level of the module, or a method of a class (whose
/// `name` is then qualified: `Point.norm`).
pub(crate) struct FuncDecl<'a> {
    pub name: String,
    /// For a method: the index of its class in `ModuleScan::classes`.
    pub owner: Option<usize>,
    pub def: &'a ast::StmtFunctionDef,
    /// Index of the `def` among the module's top-level statements.
    pub stmt_index: usize,
    pub span: Span,
}

/// What the module does with one global variable name.
#[derive(Default)]
pub(crate) struct GlobalScan<'a> {
    pub name: String,
    /// Number of places that bind it (assignments, augmented assignments, `for`
    /// targets) anywhere in module-level code.
    pub binding_count: u32,
    /// Top-level statement indices of its bindings that are plain assignments
    /// directly in the module body (not inside `if`/`while`/`for`).
    pub straight_line_bindings: Vec<usize>,
    /// The first top-level statement that reads it.
    pub first_module_read: Option<usize>,
    /// Some function body reads it.
    pub read_in_functions: bool,
    /// Its first annotation (`x: float = ...` or `x: float`).
    pub annotation: Option<&'a ast::Expr>,
    /// Some function declares it `global` (`global_stmt.rs`): not frozen.
    pub rebound_in_functions: bool,
    /// The value of its first binding when that is a plain `NAME = value`
    /// directly in the module body: what gives an unannotated global its
    /// type (read by `field_infer.rs`, which types fields before globals).
    pub first_value: Option<&'a ast::Expr>,
}

impl GlobalScan<'_> {
    /// Bound exactly once, by a straight-line assignment at top-level statement
    /// `k`, and never read before it: a candidate for folding.
    pub fn single_binding(&self) -> Option<usize> {
        match self.straight_line_bindings.as_slice() {
            [k] if self.binding_count == 1 => Some(*k),
            _ => None,
        }
    }
}

pub(crate) struct ModuleScan<'a> {
    /// Module functions and class methods, in source order.
    pub functions: Vec<FuncDecl<'a>>,
    /// Classes at the top level of the module.
    pub classes: Vec<crate::class_env::ClassDecl<'a>>,
    pub class_index: HashMap<String, usize>,
    pub function_index: HashMap<String, usize>,
    pub imports: HashMap<String, Imported>,
    pub globals: Vec<GlobalScan<'a>>,
    pub global_index: HashMap<String, usize>,
    /// The first top-level statement that may call a user function: before it,
    /// no function body can run.
    pub first_call_stmt: usize,
    /// The names some top-level class statement names as a base: known
    /// before any class is scanned (a dataclass with subclasses generates
    /// its `__eq__` for them: `dataclass.rs`).
    pub base_names: std::collections::HashSet<String>,
}

/// Math members taipan supports, and whether each is a constant.
pub(crate) const MATH_CONSTANTS: &[&str] = &["pi", "e", "tau", "inf", "nan"];
pub(crate) const MATH_FUNCTIONS: &[&str] = &[
    "sqrt", "floor", "ceil", "trunc", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "atan2",
    "exp", "log", "log2", "log10", "pow", "fabs", "hypot", "isqrt", "gcd", "lcm", "factorial", "comb", "perm", "expm1", "log1p", "isclose", "copysign", "fmod", "degrees",
    "radians", "isnan", "isinf", "isfinite", "prod", "fsum", "dist",
];

pub(crate) fn scan_module<'a>(suite: &'a [ast::Stmt], diags: &mut Vec<Diagnostic>) -> ModuleScan<'a> {
    let mut scan = ModuleScan {
        functions: Vec::new(),
        classes: Vec::new(),
        class_index: HashMap::new(),
        function_index: HashMap::new(),
        imports: HashMap::new(),
        globals: Vec::new(),
        global_index: HashMap::new(),
        first_call_stmt: usize::MAX,
        base_names: suite
            .iter()
            .filter_map(|s| match s {
                ast::Stmt::ClassDef(c) => Some(c.bases.iter().filter_map(crate::checker::name_of).map(str::to_string)),
                _ => None,
            })
            .flatten()
            .collect(),
    };
    crate::exceptions::reset_user_exception_classes();
    for (i, stmt) in suite.iter().enumerate() {
        match stmt {
            ast::Stmt::FunctionDef(def) => {
                let name = def.name.to_string();
                if scan.function_index.contains_key(&name) {
                    diags.push(Diagnostic::error(
                        span_of(stmt),
                        format!("redefinition of function '{name}' is not supported yet"),
                    ));
                    continue;
                }
                scan.function_index.insert(name.clone(), scan.functions.len());
                scan.functions.push(FuncDecl { name, owner: None, def, stmt_index: i, span: span_of(stmt) });
            }
            ast::Stmt::ClassDef(class) if crate::exceptions::is_exception_class(class) => {
                crate::exceptions::scan_exception_class(class, i, &mut scan, diags)
            }
            ast::Stmt::ClassDef(class) => crate::class_env::scan_class(class, i, &mut scan, diags),
            ast::Stmt::Import(import) => scan_import(import, &mut scan.imports, diags),
            ast::Stmt::ImportFrom(import) => scan_import_from(import, &mut scan.imports, diags),
            _ => {}
        }
    }
    for (i, stmt) in suite.iter().enumerate() {
        collect_module_bindings(stmt, i, true, &mut scan);
    }
    // `(name := value)` in the module body binds a global; it may be
    // conditional (`a and (n := f())`), so it never counts as straight-line.
    for stmt in suite {
        let mut walrus_names: Vec<&str> = Vec::new();
        visit_runtime_exprs(Node::Stmt(stmt), &mut |e| {
            if let ast::Expr::NamedExpr(n) = e {
                walrus_names.extend(target_names(&n.target));
            }
        });
        for name in walrus_names {
            bind_module_name(&mut scan, name);
        }
    }
    for (i, stmt) in suite.iter().enumerate() {
        let mut first_call = false;
        visit_runtime_exprs(Node::Stmt(stmt), &mut |e| match e {
            ast::Expr::Name(n) if n.ctx == ast::ExprContext::Load => {
                if let Some(&g) = scan.global_index.get(n.id.as_str()) {
                    let read = &mut scan.globals[g].first_module_read;
                    *read = Some(read.map_or(i, |r| r.min(i)));
                }
            }
            ast::Expr::Call(call) => {
                if let ast::Expr::Name(n) = &*call.func {
                    first_call |= scan.function_index.contains_key(n.id.as_str())
                        || scan.class_index.contains_key(n.id.as_str());
                }
            }
            _ => {}
        });
        if first_call && scan.first_call_stmt == usize::MAX {
            scan.first_call_stmt = i;
        }
    }
    for f in 0..scan.functions.len() {
        let body_scan = scan_function_body(scan.functions[f].def);
        for name in body_scan.free_reads {
            if let Some(&g) = scan.global_index.get(&name) {
                scan.globals[g].read_in_functions = true;
            }
        }
    }
    crate::global_stmt::mark_rebound_globals(&mut scan);
    scan
}

/// A library module taipan models: `collections`, `heapq`, `bisect`
/// (`container_modules.rs`), `random`, `time`, `functools`, `itertools`
/// (`std_modules.rs`).
#[derive(Clone, Copy)]
enum LibraryModule {
    Container(crate::container_modules::ContainerModule),
    Std(crate::std_modules::StdModule),
}

impl LibraryModule {
    fn named(module: &str) -> Option<LibraryModule> {
        crate::container_modules::ContainerModule::named(module)
            .map(LibraryModule::Container)
            .or_else(|| crate::std_modules::StdModule::named(module).map(LibraryModule::Std))
    }

    fn members(self) -> &'static [&'static str] {
        match self {
            LibraryModule::Container(m) => m.members(),
            LibraryModule::Std(m) => m.members(),
        }
    }

    /// What `import module [as name]` binds.
    fn module_import(self) -> Imported {
        match self {
            LibraryModule::Container(m) => Imported::ContainerModule(m),
            LibraryModule::Std(m) => Imported::StdModule(m),
        }
    }

    /// What `from module import member [as name]` binds.
    fn member_import(self, member: String) -> Imported {
        match self {
            LibraryModule::Container(m) => Imported::ContainerMember(m, member),
            LibraryModule::Std(m) => Imported::StdMember(m, member),
        }
    }
}

fn scan_import(import: &ast::StmtImport, imports: &mut HashMap<String, Imported>, diags: &mut Vec<Diagnostic>) {
    for alias in &import.names {
        let module = alias.name.as_str();
        match module {
            "math" => {
                let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                imports.insert(bound, Imported::MathModule);
            }
            "sys" => {
                let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                imports.insert(bound, Imported::SysModule);
            }
            "enum" => {
                let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                imports.insert(bound, Imported::EnumModule);
            }
            "typing" | "__future__" => diags.push(Diagnostic::error(
                span_of(alias),
                format!("'import {module}' is not supported yet; use 'from {module} import ...'"),
            )),
            _ => match LibraryModule::named(module) {
                Some(lib) => {
                    imports.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string(), lib.module_import());
                }
                None => diags.push(Diagnostic::error(span_of(alias), format!("module '{module}' is not supported"))),
            },
        }
    }
}

fn scan_import_from(
    import: &ast::StmtImportFrom,
    imports: &mut HashMap<String, Imported>,
    diags: &mut Vec<Diagnostic>,
) {
    let span = span_of(import);
    if import.level.is_some_and(|l| l.to_u32() > 0) {
        diags.push(Diagnostic::error(span, "relative imports are not supported yet"));
        return;
    }
    let Some(module) = &import.module else {
        diags.push(Diagnostic::error(span, "relative imports are not supported yet"));
        return;
    };
    for alias in &import.names {
        let member = alias.name.as_str();
        let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
        if member == "*" {
            diags.push(Diagnostic::error(span_of(alias), "star imports are not supported yet"));
            continue;
        }
        match module.as_str() {
            "math" => {
                if MATH_CONSTANTS.contains(&member) || MATH_FUNCTIONS.contains(&member) {
                    imports.insert(bound, Imported::MathMember(member.to_string()));
                } else {
                    diags.push(Diagnostic::error(span_of(alias), format!("math.{member} is not supported yet")));
                }
            }
            "sys" if crate::sys_module::SYS_MEMBERS.contains(&member) => {
                imports.insert(bound, Imported::SysMember(member.to_string()));
            }
            "sys" => {
                diags.push(Diagnostic::error(span_of(alias), format!("sys.{member} is not supported yet")));
            }
            // `typing.OrderedDict` is `collections.OrderedDict`, as a type and a constructor.
            "typing" if member == "OrderedDict" => {
                imports.insert(bound, Imported::ContainerMember(crate::container_modules::ContainerModule::Collections, member.to_string()));
            }
            "typing" => {
                imports.insert(bound, Imported::Typing(member.to_string()));
            }
            // `Callable` is the same type in both modules (`closures.rs`).
            "collections.abc" if member == "Callable" => {
                imports.insert(bound, Imported::Typing(member.to_string()));
            }
            // The generator types, which mean the same as `typing`'s.
            "collections.abc" if matches!(member, "Iterator" | "Iterable" | "Generator") => {
                imports.insert(bound, Imported::Typing(member.to_string()));
            }
            // The abstract collection types (`abstract_collections.rs`).
            "collections.abc" if crate::abstract_collections::is_abc_type_name(member) => {
                imports.insert(bound, Imported::Typing(member.to_string()));
            }
            // Only for annotating `__exit__`'s traceback parameter (`with_stmt.rs`).
            "types" if member == "TracebackType" => {
                imports.insert(bound, Imported::Typing(member.to_string()));
            }
            "dataclasses" if member == "dataclass" || member == "field" || crate::dataclass_functions::DATACLASS_FUNCTIONS.contains(&member) => {
                imports.insert(bound, Imported::Dataclasses(member.to_string()));
            }
            "dataclasses" => {
                diags.push(Diagnostic::error(span_of(alias), format!("dataclasses.{member} is not supported yet")));
            }
            "enum" if crate::enum_class::ENUM_MEMBERS.contains(&member) => {
                imports.insert(bound, Imported::Enum(member.to_string()));
            }
            "enum" => {
                diags.push(Diagnostic::error(span_of(alias), format!("enum.{member} is not supported yet")));
            }
            "abc" if member == "ABC" || member == "abstractmethod" => {
                imports.insert(bound, Imported::Abc(member.to_string()));
            }
            "abc" => {
                diags.push(Diagnostic::error(span_of(alias), format!("abc.{member} is not supported yet")));
            }
            "__future__" => {
                if member != "annotations" {
                    diags.push(Diagnostic::error(
                        span_of(alias),
                        format!("from __future__ import {member} is not supported yet"),
                    ));
                }
            }
            other => match LibraryModule::named(other) {
                Some(lib) if lib.members().contains(&member) => {
                    imports.insert(bound.clone(), lib.member_import(member.to_string()));
                }
                Some(_) => diags.push(Diagnostic::error(span_of(alias), format!("{other}.{member} is not supported yet"))),
                None => diags.push(Diagnostic::error(span, format!("module '{other}' is not supported"))),
            },
        }
    }
}

/// Records a binding of global `name` that is not straight-line code.
fn bind_module_name(scan: &mut ModuleScan<'_>, name: &str) {
    let g = global_entry(scan, name);
    scan.globals[g].binding_count += 1;
}

/// The index of global `name` in the scan, added if new.
fn global_entry(scan: &mut ModuleScan<'_>, name: &str) -> usize {
    if let Some(&g) = scan.global_index.get(name) {
        return g;
    }
    scan.global_index.insert(name.to_string(), scan.globals.len());
    scan.globals.push(GlobalScan { name: name.to_string(), ..GlobalScan::default() });
    scan.globals.len() - 1
}

/// Records the global names bound by a module-level statement. `top` is true
/// for statements directly in the module body.
fn collect_module_bindings<'a>(stmt: &'a ast::Stmt, index: usize, top: bool, scan: &mut ModuleScan<'a>) {
    let bind =
        |scan: &mut ModuleScan<'a>, name: &str, straight_line: bool, annotation: Option<&'a ast::Expr>, binds: bool| {
            let g = global_entry(scan, name);
            let global = &mut scan.globals[g];
            if binds {
                global.binding_count += 1;
                if straight_line {
                    global.straight_line_bindings.push(index);
                }
            }
            if global.annotation.is_none() {
                global.annotation = annotation;
            }
        };
    match stmt {
        ast::Stmt::Assign(a) => {
            for target in &a.targets {
                for name in target_names(target) {
                    bind(scan, name, top, None, true);
                }
                if let (true, ast::Expr::Name(n)) = (top, target) {
                    let g = global_entry(scan, n.id.as_str());
                    let global = &mut scan.globals[g];
                    if global.binding_count == 1 {
                        global.first_value = Some(&a.value);
                    }
                }
            }
        }
        ast::Stmt::AnnAssign(a) => {
            for name in target_names(&a.target) {
                bind(scan, name, top, Some(&a.annotation), a.value.is_some());
            }
            if let (true, ast::Expr::Name(n), Some(value)) = (top, &*a.target, &a.value) {
                let g = global_entry(scan, n.id.as_str());
                let global = &mut scan.globals[g];
                if global.binding_count == 1 {
                    global.first_value = Some(value);
                }
            }
        }
        ast::Stmt::AugAssign(a) => {
            for name in target_names(&a.target) {
                bind(scan, name, false, None, true);
            }
        }
        ast::Stmt::For(f) => {
            for name in target_names(&f.target) {
                bind(scan, name, false, None, true);
            }
            for s in f.body.iter().chain(&f.orelse) {
                collect_module_bindings(s, index, false, scan);
            }
        }
        ast::Stmt::While(w) => {
            for s in w.body.iter().chain(&w.orelse) {
                collect_module_bindings(s, index, false, scan);
            }
        }
        ast::Stmt::With(w) => {
            for target in w.items.iter().filter_map(|item| item.optional_vars.as_deref()) {
                for name in target_names(target) {
                    bind(scan, name, false, None, true);
                }
            }
            for s in &w.body {
                collect_module_bindings(s, index, false, scan);
            }
        }
        ast::Stmt::If(i) => {
            for s in i.body.iter().chain(&i.orelse) {
                collect_module_bindings(s, index, false, scan);
            }
        }
        ast::Stmt::Try(t) => {
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(name) = &h.name {
                    bind(scan, name.as_str(), false, None, true);
                }
                for s in &h.body {
                    collect_module_bindings(s, index, false, scan);
                }
            }
            for s in t.body.iter().chain(&t.orelse).chain(&t.finalbody) {
                collect_module_bindings(s, index, false, scan);
            }
        }
        _ => {}
    }
}

/// The names an assignment target binds (`x`, or the names in `x, y`).
pub(crate) fn target_names(target: &ast::Expr) -> Vec<&str> {
    let mut names = Vec::new();
    collect_target_names(target, &mut names);
    names
}

fn collect_target_names<'a>(target: &'a ast::Expr, names: &mut Vec<&'a str>) {
    match target {
        ast::Expr::Name(n) => names.push(n.id.as_str()),
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_target_names(e, names)),
        ast::Expr::List(l) => l.elts.iter().for_each(|e| collect_target_names(e, names)),
        ast::Expr::Starred(s) => collect_target_names(&s.value, names),
        _ => {}
    }
}

/// What a function body binds and reads.
pub(crate) struct FunctionScan<'a> {
    /// Local names in order of first appearance: parameters first, then every
    /// name the body binds (except names declared `global`).
    pub locals: Vec<String>,
    /// The first annotation of each local (`x: float` in the body).
    pub annotations: HashMap<String, &'a ast::Expr>,
    /// Names declared `global`, with the declaration's span.
    pub global_decls: HashMap<String, Span>,
    /// Names the body reads that are not locals.
    pub free_reads: Vec<String>,
    /// Locals some `del` statement of the body deletes.
    pub deleted: Vec<String>,
}

pub(crate) fn scan_function_body(def: &ast::StmtFunctionDef) -> FunctionScan<'_> {
    let mut scan = FunctionScan {
        locals: Vec::new(),
        annotations: HashMap::new(),
        global_decls: HashMap::new(),
        free_reads: Vec::new(),
        deleted: Vec::new(),
    };
    for p in def.args.posonlyargs.iter().chain(&def.args.args) {
        let name = p.def.arg.to_string();
        if !scan.locals.contains(&name) {
            scan.locals.push(name);
        }
    }
    // `*args` is the parameter after the positional ones (`FuncSig::star`).
    let star = def.args.vararg.iter().map(|a| a.arg.to_string());
    for name in star.chain(def.args.kwonlyargs.iter().map(|p| p.def.arg.to_string())) {
        if !scan.locals.contains(&name) {
            scan.locals.push(name);
        }
    }
    for stmt in &def.body {
        collect_global_decls(stmt, &mut scan.global_decls);
    }
    for stmt in &def.body {
        collect_local_bindings(stmt, &mut scan);
    }
    // `(name := value)` binds in the function, also inside a comprehension.
    for stmt in &def.body {
        visit_runtime_exprs(Node::Stmt(stmt), &mut |e| {
            if let ast::Expr::NamedExpr(n) = e {
                for name in target_names(&n.target) {
                    if !scan.global_decls.contains_key(name) && !scan.locals.iter().any(|l| l == name) {
                        scan.locals.push(name.to_string());
                    }
                }
            }
        });
    }
    for stmt in &def.body {
        visit_runtime_exprs(Node::Stmt(stmt), &mut |e| {
            if let ast::Expr::Name(n) = e {
                let name = n.id.as_str();
                if n.ctx == ast::ExprContext::Load
                    && !scan.locals.iter().any(|l| l == name)
                    && !scan.free_reads.iter().any(|l| l == name)
                {
                    scan.free_reads.push(name.to_string());
                }
            }
        });
    }
    scan
}

fn collect_global_decls(stmt: &ast::Stmt, decls: &mut HashMap<String, Span>) {
    if let ast::Stmt::Global(g) = stmt {
        for name in &g.names {
            decls.entry(name.to_string()).or_insert(span_of(stmt));
        }
        return;
    }
    if matches!(stmt, ast::Stmt::FunctionDef(_) | ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::ClassDef(_)) {
        return;
    }
    for_each_child(Node::Stmt(stmt), &mut |child| {
        if let Node::Stmt(s) = child {
            collect_global_decls(s, decls);
        }
    });
}

fn collect_local_bindings<'a>(stmt: &'a ast::Stmt, scan: &mut FunctionScan<'a>) {
    let add = |scan: &mut FunctionScan<'a>, target: &'a ast::Expr, annotation: Option<&'a ast::Expr>| {
        for name in target_names(target) {
            if scan.global_decls.contains_key(name) {
                continue;
            }
            if !scan.locals.iter().any(|l| l == name) {
                scan.locals.push(name.to_string());
            }
            if let Some(annotation) = annotation {
                scan.annotations.entry(name.to_string()).or_insert(annotation);
            }
        }
    };
    match stmt {
        ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| add(scan, t, None)),
        ast::Stmt::AnnAssign(a) => add(scan, &a.target, Some(&a.annotation)),
        ast::Stmt::AugAssign(a) => add(scan, &a.target, None),
        ast::Stmt::For(f) => add(scan, &f.target, None),
        ast::Stmt::With(w) => w.items.iter().filter_map(|item| item.optional_vars.as_deref()).for_each(|t| add(scan, t, None)),
        // `del x` makes `x` local, as any binding does.
        ast::Stmt::Delete(d) => {
            for target in &d.targets {
                if let ast::Expr::Name(n) = target {
                    add(scan, target, None);
                    if !scan.deleted.iter().any(|x| x == n.id.as_str()) {
                        scan.deleted.push(n.id.to_string());
                    }
                }
            }
        }
        ast::Stmt::Try(t) => {
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                let Some(name) = &h.name else { continue };
                if !scan.global_decls.contains_key(name.as_str()) && !scan.locals.iter().any(|l| l == name.as_str()) {
                    scan.locals.push(name.to_string());
                }
            }
        }
        // A nested `def` binds its name here (`closures.rs`); its body is a
        // scope of its own.
        ast::Stmt::FunctionDef(d) => {
            let name = d.name.as_str();
            if !scan.global_decls.contains_key(name) && !scan.locals.iter().any(|l| l == name) {
                scan.locals.push(name.to_string());
            }
            return;
        }
        // Nested scopes have their own locals (and are rejected anyway).
        ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::ClassDef(_) => return,
        _ => {}
    }
    for_each_child(Node::Stmt(stmt), &mut |child| {
        if let Node::Stmt(s) = child {
            collect_local_bindings(s, scan);
        }
    });
}

/// Calls `f` on every expression a statement evaluates at run time, in pre-order:
/// annotations are skipped, and of a `def` only its defaults and decorators are
/// visited (its body runs later).
pub(crate) fn visit_runtime_exprs<'a>(node: Node<'a>, f: &mut dyn FnMut(&'a ast::Expr)) {
    match node {
        Node::Stmt(ast::Stmt::FunctionDef(def)) => {
            def.decorator_list.iter().for_each(|e| visit_runtime_exprs(Node::Expr(e), f));
            for_each_default(&def.args, &mut |e| visit_runtime_exprs(Node::Expr(e), f));
        }
        Node::Stmt(ast::Stmt::AsyncFunctionDef(def)) => {
            for_each_default(&def.args, &mut |e| visit_runtime_exprs(Node::Expr(e), f));
        }
        Node::Stmt(ast::Stmt::AnnAssign(a)) => {
            visit_runtime_exprs(Node::Expr(&a.target), f);
            if let Some(v) = &a.value {
                visit_runtime_exprs(Node::Expr(v), f);
            }
        }
        Node::Expr(e) => {
            f(e);
            for_each_child(node, &mut |child| visit_runtime_exprs(child, f));
        }
        Node::Stmt(_) => for_each_child(node, &mut |child| visit_runtime_exprs(child, f)),
    }
}

fn for_each_default<'a>(args: &'a ast::Arguments, f: &mut dyn FnMut(&'a ast::Expr)) {
    for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
        if let Some(d) = &a.default {
            f(d);
        }
    }
}

impl crate::checker::Checker<'_, '_> {
    /// The module and member an expression names: `member` imported from a
    /// module (`from heapq import heappush`), or `module.member` through an
    /// `import module [as m]`. `classify` tells a module's imports apart: its
    /// module (`(m, None)`) and its members (`(m, Some(member))`).
    pub(crate) fn imported_member<M>(
        &self,
        e: &ast::Expr,
        classify: impl Fn(Imported) -> Option<(M, Option<String>)>,
    ) -> Option<(M, String)> {
        use crate::checker::{name_of, Resolved};
        match e {
            ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::Import(import) => match classify(import)? {
                    (m, Some(member)) => Some((m, member)),
                    (_, None) => None,
                },
                _ => None,
            },
            ast::Expr::Attribute(a) => match self.resolve(name_of(&a.value)?) {
                Resolved::Import(import) => match classify(import)? {
                    (m, None) => Some((m, a.attr.to_string())),
                    (_, Some(_)) => None,
                },
                _ => None,
            },
            _ => None,
        }
    }
}
