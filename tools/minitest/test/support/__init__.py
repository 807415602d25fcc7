"""A small stand-in for test.support: the names test_re imports."""
import sys, io, contextlib, gc
_2G = 2 * 1024 ** 3
is_emscripten = False
is_wasi = False
SHORT_TIMEOUT = 30.0
def gc_collect():
    gc.collect(); gc.collect(); gc.collect()
def bigmemtest(size, memuse, dry_run=True):
    def deco(f):
        def wrapper(self):
            import unittest
            raise unittest.SkipTest("bigmem")
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
def cpython_only(f):
    return f
@contextlib.contextmanager
def captured_stdout():
    old = sys.stdout
    sys.stdout = io.StringIO()
    try:
        yield sys.stdout
    finally:
        sys.stdout = old
def check_disallow_instantiation(tc, tp, *args, **kwds):
    import re
    qualname = f"{tp.__module__}.{tp.__name__}" if tp.__module__ != "builtins" else tp.__name__
    msg = f"cannot create '{re.escape(qualname)}' instances"
    tc.assertRaisesRegex(TypeError, msg, tp, *args, **kwds)
