# importlib.util.LazyLoader: the module's code runs on first attribute access, once.
import importlib.util
import os
import sys
import tempfile

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
sys.path.insert(0, root)
with open(os.path.join(root, "heavy.py"), "w") as f:
    f.write("print('heavy: executing')\nVALUE = 42\ndef twice(x):\n    return 2 * x\n")


def lazy_import(name):
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


heavy = lazy_import("heavy")
print("after lazy import:", type(heavy).__name__, heavy.__name__ if False else "not touched")
print("in sys.modules:", "heavy" in sys.modules)
print("VALUE:", heavy.VALUE)
print("type now:", type(heavy).__name__)
print("twice:", heavy.twice(21))
import heavy as again
print("same module:", again is heavy)

# LazyLoader needs a loader with exec_module
class NoExec:
    pass


try:
    importlib.util.LazyLoader(NoExec())
except TypeError as e:
    print("TypeError:", e)
print(importlib.util.LazyLoader.factory(type(importlib.util.find_spec("heavy").loader)).__class__.__name__)
