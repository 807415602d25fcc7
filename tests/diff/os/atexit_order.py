# atexit: last registered runs first, kwargs, unregister, an exception reported and the rest still run.
import atexit, sys
class Bad:
    def __repr__(self): return "<Bad callback>"
    def __call__(self): raise ValueError("boom")
def good(x, y=2): print("good", x, y)
atexit.register(good, 1, y=3)
atexit.register(Bad())
atexit.register(print, "first registered runs last")
atexit.unregister(print)
atexit.register(lambda: print("lambda runs first"))
print("end of main")
