# _warnings: filters, registries, once/default actions, warn_explicit, compiler SyntaxWarnings.
import _warnings, sys
print(_warnings.filters[:2], _warnings._defaultaction)
_warnings.warn("plain user warning")
_warnings.warn("plain user warning")
def f():
    _warnings.warn("from f", DeprecationWarning, stacklevel=2)
f()
_warnings.warn("rt", RuntimeWarning)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
_warnings.warn(UserWarning("instance"))
try:
    exec(compile("x = 1\nif x is 1: pass", "<w>", "exec"))
except SyntaxError as e:
    print("SE", e)
print(sorted(k for k in globals()["__warningregistry__"] if k != "version"))
