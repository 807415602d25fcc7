"""A small stand-in for unittest: enough of TestCase (assertions, assertRaises/Warns as
context managers, subTest, skips, cleanups) to run a CPython test module such as test_re."""
import sys, re as _re, warnings as _warnings, traceback as _tb

class SkipTest(Exception):
    pass

class _Failure(AssertionError):
    pass

def skip(reason):
    def deco(f):
        def wrapper(*a, **k):
            raise SkipTest(reason)
        wrapper.__name__ = getattr(f, "__name__", "skipped")
        if isinstance(f, type):
            f.__unittest_skip__ = reason
            return f
        return wrapper
    return deco

def skipIf(cond, reason):
    return skip(reason) if cond else (lambda f: f)

def skipUnless(cond, reason):
    return skip(reason) if not cond else (lambda f: f)

def expectedFailure(f):
    f.__unittest_expecting_failure__ = True
    return f

class _Raises:
    def __init__(self, tc, exc, regex=None, warn=False):
        self.tc, self.exc, self.regex, self.warn = tc, exc, regex, warn
    def __enter__(self):
        if self.warn:
            self.cm = _warnings.catch_warnings(record=True)
            self.log = self.cm.__enter__()
            _warnings.simplefilter("always")
        return self
    def __exit__(self, t, v, tb):
        if self.warn:
            self.cm.__exit__(None, None, None)
            for w in self.log:
                if issubclass(w.category, self.exc):
                    if self.regex is None or _re.search(self.regex, str(w.message)):
                        self.warning = w.message
                        self.filename = w.filename
                        self.lineno = w.lineno
                        return False
            if t is not None:
                return False
            raise _Failure("%s not triggered" % getattr(self.exc, "__name__", self.exc))
        if t is None:
            raise _Failure("%s not raised" % getattr(self.exc, "__name__", self.exc))
        if not issubclass(t, self.exc):
            return False
        if self.regex is not None and not _re.search(self.regex, str(v)):
            raise _Failure("%r does not match %r" % (self.regex, str(v)))
        self.exception = v
        return True

class _SubTest:
    def __init__(self, tc, params):
        self.tc, self.params = tc, params
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is None:
            return False
        if issubclass(t, SkipTest):
            return True
        if issubclass(t, Exception):
            self.tc._subfailures.append((self.params, t, v, tb))
            return True
        return False

class TestCase:
    maxDiff = 80 * 8
    def __init__(self, name="runTest"):
        self._name = name
        self._subfailures = []
        self._cleanups = []
    def setUp(self): pass
    def tearDown(self): pass
    @classmethod
    def setUpClass(cls): pass
    @classmethod
    def tearDownClass(cls): pass
    def addCleanup(self, f, *a, **k): self._cleanups.append((f, a, k))
    def skipTest(self, reason): raise SkipTest(reason)
    def subTest(self, msg=None, **params): return _SubTest(self, (msg, params))
    def fail(self, msg=None): raise _Failure(msg)
    def assertEqual(self, a, b, msg=None):
        if not a == b: raise _Failure(msg or "%r != %r" % (a, b))
    def assertNotEqual(self, a, b, msg=None):
        if not a != b: raise _Failure(msg or "%r == %r" % (a, b))
    def assertTrue(self, x, msg=None):
        if not x: raise _Failure(msg or "%r is not true" % (x,))
    def assertFalse(self, x, msg=None):
        if x: raise _Failure(msg or "%r is not false" % (x,))
    def assertIs(self, a, b, msg=None):
        if a is not b: raise _Failure(msg or "%r is not %r" % (a, b))
    def assertIsNot(self, a, b, msg=None):
        if a is b: raise _Failure(msg or "unexpectedly identical: %r" % (a,))
    def assertIsNone(self, x, msg=None):
        if x is not None: raise _Failure(msg or "%r is not None" % (x,))
    def assertIsNotNone(self, x, msg=None):
        if x is None: raise _Failure(msg or "unexpectedly None")
    def assertIn(self, a, b, msg=None):
        if a not in b: raise _Failure(msg or "%r not found in %r" % (a, b))
    def assertNotIn(self, a, b, msg=None):
        if a in b: raise _Failure(msg or "%r unexpectedly found in %r" % (a, b))
    def assertIsInstance(self, x, t, msg=None):
        if not isinstance(x, t): raise _Failure(msg or "%r is not an instance of %r" % (x, t))
    def assertLess(self, a, b, msg=None):
        if not a < b: raise _Failure(msg or "%r not less than %r" % (a, b))
    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b: raise _Failure(msg or "%r not greater than or equal to %r" % (a, b))
    def assertRegex(self, text, regex, msg=None):
        if not _re.search(regex, text): raise _Failure(msg or "Regex didn't match: %r not found in %r" % (regex, text))
    def assertRaises(self, exc, *args, **kwargs):
        cm = _Raises(self, exc)
        if not args: return cm
        with cm: args[0](*args[1:], **kwargs)
    def assertRaisesRegex(self, exc, regex, *args, **kwargs):
        cm = _Raises(self, exc, regex)
        if not args: return cm
        with cm: args[0](*args[1:], **kwargs)
    def assertWarns(self, w, *args, **kwargs):
        cm = _Raises(self, w, None, True)
        if not args: return cm
        with cm: args[0](*args[1:], **kwargs)
    def assertWarnsRegex(self, w, regex, *args, **kwargs):
        cm = _Raises(self, w, regex, True)
        if not args: return cm
        with cm: args[0](*args[1:], **kwargs)

def _tests_of(cls):
    return sorted(n for n in dir(cls) if n.startswith("test") and callable(getattr(cls, n)))

def run_module(mod, verbose=False, only=None):
    passed = failed = skipped = 0
    failures = []
    for name in sorted(vars(mod)):
        cls = vars(mod)[name]
        if not (isinstance(cls, type) and issubclass(cls, TestCase)) or cls is TestCase:
            continue
        if getattr(cls, "__unittest_skip__", None):
            continue
        try:
            cls.setUpClass()
        except SkipTest:
            continue
        for t in _tests_of(cls):
            if only and only not in t:
                continue
            tc = cls(t)
            status = "ok"
            try:
                tc.setUp()
                try:
                    getattr(tc, t)()
                finally:
                    tc.tearDown()
                    for f, a, k in reversed(tc._cleanups):
                        f(*a, **k)
                if tc._subfailures:
                    p, ty, v, tb = tc._subfailures[0]
                    raise v
                if getattr(getattr(cls, t), "__unittest_expecting_failure__", False):
                    status = "unexpected success"
            except SkipTest as e:
                status = "skipped"
            except BaseException as e:
                if isinstance(e, KeyboardInterrupt):
                    raise
                if getattr(getattr(cls, t), "__unittest_expecting_failure__", False):
                    status = "ok"
                else:
                    status = "FAIL"
                    failures.append((cls.__name__, t, "%s: %s" % (type(e).__name__, str(e)[:300]),
                                     "".join(_tb.format_exception(type(e), e, e.__traceback__)[-3:])))
            if status == "ok": passed += 1
            elif status == "skipped": skipped += 1
            else: failed += 1
            if verbose: print(cls.__name__, t, status, flush=True)
        cls.tearDownClass()
    for c, t, m, tb in failures:
        print("FAIL %s.%s: %s" % (c, t, m))
        if verbose: print(tb)
    print("passed %d failed %d skipped %d" % (passed, failed, skipped))

def main(*a, **k):
    run_module(sys.modules["__main__"])
