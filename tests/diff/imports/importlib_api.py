# importlib's API over the runtime's import system: import_module, reload, find_spec,
# module_from_spec, spec_from_file_location, SourceFileLoader, ModuleSpec, finders and hooks.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import tempfile
import types

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
sys.path.insert(0, root)


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


write("rmod.py", "import sys\nN = getattr(sys, '_rmod_n', 0) + 1\nsys._rmod_n = N\nprint('rmod run', N)\n")
import rmod
first = rmod
write("rmod.py", "import sys\nN = getattr(sys, '_rmod_n', 0) + 10\nsys._rmod_n = N\nNEW = True\nprint('rmod run', N)\n")
importlib.invalidate_caches()
r = importlib.reload(rmod)
print(r is first, rmod.N, rmod.NEW)

# find_spec
spec = importlib.util.find_spec("rmod")
print(spec.name, os.path.basename(spec.origin), spec.parent == "", spec.has_location, spec.cached is not None)
print(type(spec.loader).__name__, isinstance(spec.loader, importlib.machinery.SourceFileLoader))
print(importlib.util.find_spec("no_such_thing_abc"))
print(importlib.util.find_spec("sys"))
print(importlib.util.find_spec("json").submodule_search_locations is not None)
try:
    importlib.util.find_spec("no_pkg_here.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    importlib.util.find_spec(".rel")
except ImportError as e:
    print("ImportError:", e)

# spec_from_file_location + module_from_spec + exec_module: outside sys.path and sys.modules
path = write("elsewhere/plugin.py", "print('plugin running as', __name__)\ndef hello():\n    return 'hi from ' + __name__\n")
spec = importlib.util.spec_from_file_location("my_plugin", path)
print(spec.name, os.path.basename(spec.origin), spec.loader.name)
mod = importlib.util.module_from_spec(spec)
print(sorted(k for k in vars(mod) if k.startswith("__")))
spec.loader.exec_module(mod)
print(mod.hello(), "my_plugin" in sys.modules, mod.__spec__ is spec)

# SourceFileLoader used directly
loader = importlib.machinery.SourceFileLoader("direct_mod", path)
print(loader.get_filename("direct_mod") == path, loader.is_package("direct_mod"))
code = loader.get_code("direct_mod")
print(type(code).__name__, code.co_filename == path)
print(loader.get_source("direct_mod").splitlines()[0])
m2 = types.ModuleType("direct_mod")
exec(code, m2.__dict__)
print(m2.hello())

# ModuleSpec
s = importlib.machinery.ModuleSpec("a.b.c", None, origin="somewhere", is_package=True)
print(s.name, s.parent, s.origin, s.submodule_search_locations, s.has_location, s.cached)
print(repr(s))
print(s == importlib.machinery.ModuleSpec("a.b.c", None, origin="somewhere", is_package=True))

# a meta path finder of our own, first on sys.meta_path
class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith("virtual_"):
            return importlib.util.spec_from_loader(fullname, Loader(), origin="virtual")
        return None


class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.WHO = module.__name__
        print("exec_module", module.__name__, module.__spec__.origin)


sys.meta_path.insert(0, Finder())
import virtual_one
print(virtual_one.WHO, virtual_one.__loader__.__class__.__name__, repr(virtual_one).replace(hex(id(virtual_one.__loader__)), "ADDR"))
from virtual_two import WHO
print(WHO)
del sys.meta_path[0]

# a path hook for a made-up path entry
class HookFinder:
    def __init__(self, entry):
        if entry != "<hooked>":
            raise ImportError("not mine")
        self.entry = entry

    def find_spec(self, fullname, target=None):
        if fullname == "from_hook":
            return importlib.util.spec_from_loader(fullname, Loader(), origin="hook")
        return None

    def invalidate_caches(self):
        print("HookFinder.invalidate_caches")


sys.path_hooks.insert(0, HookFinder)
sys.path.insert(0, "<hooked>")
import from_hook
print(from_hook.WHO, type(sys.path_importer_cache["<hooked>"]).__name__)
importlib.invalidate_caches()
print(type(sys.path_importer_cache[root]).__name__)
sys.path.remove("<hooked>")
sys.path_hooks.remove(HookFinder)

# import_module
print(importlib.import_module("json.decoder").__name__)
print(importlib.import_module(".decoder", "json").__name__)
try:
    importlib.import_module("..x", "json")
except ImportError as e:
    print("ImportError:", e)

# module attributes of a built-in and of the frozen importlib
print(sys.__spec__.origin, sys.__loader__.__name__, sys.__spec__.loader is sys.__loader__)
import _imp
print(_imp.__spec__.origin, _imp.is_builtin("sys"), _imp.is_builtin("nope"), _imp.is_frozen("nope"))
print(importlib._bootstrap.__name__, importlib._bootstrap_external.__name__)
# (site-packages may add finders of its own to CPython's list)
names = [c.__name__ if isinstance(c, type) else type(c).__name__ for c in sys.meta_path]
print([n for n in names if n in ("BuiltinImporter", "FrozenImporter", "PathFinder")])
