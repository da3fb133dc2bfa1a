# The finders of an interpreter built with compiled modules (`taipan build
# --python-exe`). `tp_python_main` (runtime/src/interpreter.rs) runs this
# source once the interpreter is initialised, before any user code, and calls
# `install`.
#
# The compiled modules are also in CPython's table of built-in modules (one
# `PyImport_ExtendInittab` call), so they are built-in modules in every
# respect (`sys.builtin_module_names`, imports while `site` runs). But
# `BuiltinImporter` scans that table linearly, several times per import of
# *any* module, so importing N of them costs O(N^2). `TaipanBuiltinImporter`,
# first on `sys.meta_path`, finds them with one set lookup instead and creates
# them as `_imp.create_builtin` does (`create`, in Rust).
#
# The source is compiled under importlib's own file name: CPython hides
# importlib's frames from the traceback of an exception raised while a module
# body runs (`remove_importlib_frames` in Python/import.c), and these frames
# are part of the import system as much as importlib's are.


import sys
import _imp
import _frozen_importlib as _bootstrap

_call = _bootstrap._call_with_frames_removed
_ModuleSpec = _bootstrap.ModuleSpec


class TaipanBuiltinImporter(_bootstrap.BuiltinImporter):
    """Finds the compiled modules built into this interpreter by name."""

    _names = frozenset()
    _packages = frozenset()
    _create = None
    # Created once (here or by BuiltinImporter while the interpreter started):
    # CPython keeps a copy of such a module's namespace, and a re-import after
    # `del sys.modules[name]` gets a new module from it without running the
    # body again, as for any built-in module.
    _created = set()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname not in cls._names:
            return None
        return _ModuleSpec(fullname, cls, origin=cls._ORIGIN, is_package=fullname in cls._packages)

    @classmethod
    def create_module(cls, spec):
        if spec.name in cls._created:
            return _call(_imp.create_builtin, spec)
        module = _call(cls._create, spec)
        cls._created.add(spec.name)
        return module

    @staticmethod
    def exec_module(module):
        # `BuiltinImporter.exec_module` runs `_imp.exec_builtin`, which does
        # nothing for a single-phase module: the body ran in `create`.
        pass

    @classmethod
    def is_package(cls, fullname):
        return fullname in cls._packages


class TaipanImplicitPackages:
    """The packages of dotted built-in modules (`pkg` of `pkg.c`) that are not
    built in themselves and not found anywhere else: empty namespace packages,
    as CPython makes of a directory without `__init__.py`. Last on
    `sys.meta_path`, so a package found on `sys.path` comes first."""

    _names = frozenset()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname not in cls._names:
            return None
        return _ModuleSpec(fullname, None, is_package=True)


def install(create, names, packages, implicit_packages):
    TaipanBuiltinImporter._create = create
    TaipanBuiltinImporter._names = frozenset(names)
    TaipanBuiltinImporter._packages = frozenset(packages)
    TaipanBuiltinImporter._created = {name for name in names if name in sys.modules}
    sys.meta_path.insert(0, TaipanBuiltinImporter)
    if implicit_packages:
        TaipanImplicitPackages._names = frozenset(implicit_packages)
        sys.meta_path.append(TaipanImplicitPackages)
