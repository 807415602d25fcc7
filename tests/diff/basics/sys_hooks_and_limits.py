import sys, gc
print(sys.platlibdir, repr(sys.abiflags), sys.thread_info.name, "os" in sys.stdlib_module_names, len(sys.stdlib_module_names))
print(sys.get_int_max_str_digits())
try: int("1" * 5000)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10**5000)))
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
seen = []
def hook(u): seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__, type(u).__name__))
sys.unraisablehook = hook
class D:
    def __del__(self): raise ValueError("in del")
d = D(); del d
print(seen)
sys.unraisablehook = sys.__unraisablehook__
try: sys.unraisablehook(1)
except TypeError as e: print(e)
print(sys.is_finalizing(), sys.getdlopenflags(), sys._clear_type_cache())
