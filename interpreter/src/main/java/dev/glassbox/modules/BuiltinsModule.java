package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.Hashing;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;
import dev.glassbox.vm.Builtins;

import java.math.BigInteger;

/** The functions of {@code builtins} (Python/bltinmodule.c). Types are added by the runtime. */
@Exposed.Module(name = "builtins", doc = "Built-in functions, exceptions, and other objects.\n\n"
        + "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.")
public final class BuiltinsModule {
    private BuiltinsModule() {}

    /** Runs Python-level operations the module needs from the runtime (exec, eval, compile, classes). */
    public interface Hooks {
        PyObject buildClass(PyObject func, PyObject name, PyTuple bases, PyDict kwargs);
        PyObject exec(PyObject source, PyObject globals, PyObject locals, boolean eval);
        PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, boolean dontInherit, int optimize);
        PyObject globals();
        PyObject locals();
        PyObject readline(PyObject prompt);
    }

    public static Hooks hooks;

    @Exposed.Function(name = "open",
            sig = "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
            doc = "Open file and return a stream.  Raise OSError upon failure.")
    public static PyObject open(PyObject file, PyObject mode, PyObject buffering, PyObject encoding, PyObject errors,
                                PyObject newline, PyObject closefd, PyObject opener) {
        // io.open, which is _io.open (imported on first use, as the io stack is made lazily).
        PyObject io = Abstract.call(dev.glassbox.vm.Builtins.builtinsDict().getItemStr("__import__"), PyStr.of("_io"));
        PyObject[] a = {file, mode, buffering, encoding, errors, newline, closefd, opener};
        return Abstract.call(Abstract.getAttr(io, "open"), a, 0, a.length, null);
    }

    @Exposed.Function(sig = "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
            doc = "Prints the values to a stream, or to sys.stdout by default.")
    public static PyObject print(PyObject args, PyObject sep, PyObject end, PyObject file, PyObject flush) {
        if (file == null || file == PyNone.NONE) {
            file = Builtins.sysAttr("stdout");
            if (file == null || file == PyNone.NONE) return PyNone.NONE;
        }
        String sepS = textArg(sep, " ", "sep"), endS = textArg(end, "\n", "end");
        PyTuple items = (PyTuple) args;
        if (file instanceof dev.glassbox.modules.io.TextIOWrapper w && w.type == dev.glassbox.modules.io.TextIOWrapper.TYPE) {
            // The standard streams' fast path: one write of the joined text (TextIOWrapper.write's checks first).
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) b.append(sepS);
                b.append(Abstract.str(items.get(i)).value);
            }
            b.append(endS);
            w.write(PyStr.of(b.toString()));
            if (flush != null && Abstract.isTrue(flush)) w.flush();
            return PyNone.NONE;
        }
        if (file instanceof TextStream ts) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) b.append(sepS);
                b.append(Abstract.str(items.get(i)).value);
            }
            b.append(endS);
            ts.writeText(b.toString());
            if (flush != null && Abstract.isTrue(flush)) ts.flushBuffer();
            return PyNone.NONE;
        }
        Heap.incref(file);
        try {
            PyObject write = Abstract.getAttr(file, "write");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) Abstract.call(write, PyStr.of(sepS));
                Abstract.call(write, Abstract.str(items.get(i)));
            }
            Abstract.call(write, PyStr.of(endS));
            if (flush != null && Abstract.isTrue(flush)) Abstract.callMethod(file, "flush");
        } finally {
            Heap.decref(file);
        }
        return PyNone.NONE;
    }

    private static String textArg(PyObject o, String dflt, String what) {
        if (o == null || o == PyNone.NONE) return dflt;
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("%s must be None or a string, not %s", what, o.type.qualname);
    }

    @Exposed.Function(sig = "($module, obj, /)", doc = "Return the number of items in a container.")
    public static PyObject len(PyObject o) {
        return PyInt.of(Abstract.length(o));
    }

    @Exposed.Function(sig = "($module, obj, /)")
    public static PyObject repr(PyObject o) {
        return Abstract.repr(o);
    }

    @Exposed.Function(sig = "($module, obj, /)")
    public static PyObject ascii(PyObject o) {
        return Builtins.ascii(o);
    }

    @Exposed.Function(sig = "($module, value, format_spec='', /)")
    public static PyObject format(PyObject v, PyObject spec) {
        if (!(spec instanceof PyStr)) throw Errors.typeError("format() argument 2 must be str, not %s", spec.type.qualname);
        return Builtins.format(v, spec);
    }

    @Exposed.Function(sig = "($module, x, /)")
    public static PyObject abs(PyObject x) {
        return Abstract.unaryOp(x, SpecialMethod.__abs__, "abs()");
    }

    @Exposed.Function(sig = "($module, iterable, /)")
    public static PyObject all(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) if (!Abstract.isTrue(v)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    @Exposed.Function(sig = "($module, iterable, /)")
    public static PyObject any(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) if (Abstract.isTrue(v)) return PyBool.TRUE;
        return PyBool.FALSE;
    }

    private static String radix(PyObject x, int base, String prefix) {
        BigInteger v = Abstract.index(x).toBig();
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    @Exposed.Function(sig = "($module, number, /)")
    public static PyObject bin(PyObject x) { return PyStr.of(radix(x, 2, "0b")); }

    @Exposed.Function(sig = "($module, number, /)")
    public static PyObject oct(PyObject x) { return PyStr.of(radix(x, 8, "0o")); }

    @Exposed.Function(sig = "($module, number, /)")
    public static PyObject hex(PyObject x) { return PyStr.of(radix(x, 16, "0x")); }

    @Exposed.Function(sig = "($module, obj, /)")
    public static PyObject callable(PyObject o) {
        return PyBool.of(o instanceof dev.glassbox.objects.PyCallable || o.type.special(SpecialMethod.__call__) != null);
    }

    @Exposed.Function(sig = "($module, i, /)")
    public static PyObject chr(PyObject i) {
        PyInt v = Abstract.index(i);
        if (v.isBig() || v.value < 0 || v.value > 0x10FFFF) {
            if (v.isBig() || v.value > Integer.MAX_VALUE || v.value < Integer.MIN_VALUE) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) v.value);
    }

    @Exposed.Function(sig = "($module, c, /)")
    public static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() != 1) {
                throw Errors.typeError("ord() expected a character, but string of length %d found", s.length());
            }
            return PyInt.of(s.codePointAt(0));
        }
        Object bytesLen = bytesLength(c);
        if (bytesLen != null) return (PyObject) bytesLen;
        throw Errors.typeError("ord() expected string of length 1, but %s found", c.type.qualname);
    }

    private static Object bytesLength(PyObject c) {
        String n = c.type.name;
        if (!n.equals("bytes") && !n.equals("bytearray")) return null;
        long len = Abstract.length(c);
        if (len != 1) throw Errors.typeError("ord() expected a character, but string of length %d found", len);
        return Abstract.getItem(c, PyInt.ZERO);
    }

    @Exposed.Function(sig = "($module, obj, name, /)")
    public static PyObject delattr(PyObject o, PyObject name) {
        Abstract.setAttr(o, PyStr.intern(Abstract.attrName(name)), null);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, obj, name, value, /)")
    public static PyObject setattr(PyObject o, PyObject name, PyObject v) {
        Abstract.setAttr(o, PyStr.intern(Abstract.attrName(name)), v);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, object, name, default=<unrepresentable>, /)", conv = Exposed.Convention.CLINIC)
    public static PyObject getattr(PyObject o, PyObject name, PyObject dflt) {
        if (!(name instanceof PyStr s)) throw Errors.typeError("attribute name must be string, not '%s'", name.type.qualname);
        if (dflt == null) return Abstract.getAttr(o, PyStr.intern(s.value));
        PyObject v = Abstract.lookupAttr(o, PyStr.intern(s.value));
        return v == null ? dflt : v;
    }

    @Exposed.Function(sig = "($module, obj, name, /)")
    public static PyObject hasattr(PyObject o, PyObject name) {
        if (!(name instanceof PyStr s)) throw Errors.typeError("hasattr(): attribute name must be string");
        return PyBool.of(Abstract.lookupAttr(o, PyStr.intern(s.value)) != null);
    }

    @Exposed.Function(sig = "($module, obj, /)")
    public static PyObject hash(PyObject o) {
        return PyInt.of(Abstract.hash(o));
    }

    @Exposed.Function(sig = "($module, obj, /)")
    public static PyObject id(PyObject o) {
        return PyInt.of(Heap.address(o));
    }

    @Exposed.Function(sig = "($module, obj, class_or_tuple, /)")
    public static PyObject isinstance(PyObject o, PyObject cls) {
        return PyBool.of(TypeChecks.isInstance(o, cls));
    }

    @Exposed.Function(sig = "($module, cls, class_or_tuple, /)")
    public static PyObject issubclass(PyObject c, PyObject cls) {
        return PyBool.of(TypeChecks.isSubclass(c, cls));
    }

    @Exposed.Function(name = "iter", sig = "($module, object, sentinel=<unrepresentable>, /)")
    public static PyObject iter(PyObject o, PyObject sentinel) {
        if (sentinel == null) return Abstract.getIter(o);
        if (!(o instanceof dev.glassbox.objects.PyCallable) && o.type.special(SpecialMethod.__call__) == null) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new CallIter(o, sentinel);
    }

    @Exposed.Function(name = "anext", sig = "($module, aiterator, default=<unrepresentable>, /)",
            doc = "async anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If default is given and the async\n"
                    + "iterator is exhausted, it is returned instead of raising StopAsyncIteration.")
    public static PyObject anext(PyObject it, PyObject dflt) {
        PyObject m = it.type.lookup("__anext__");
        if (m == null) throw Errors.typeError("'%s' object is not an async iterator", it.type.qualname);
        PyObject awaitable = Abstract.callSpecial(m, it);
        if (dflt == null) return awaitable;
        // With a default: an awaitable that turns StopAsyncIteration into the default (anext_awaitable).
        PyObject helper = Abstract.call(dev.glassbox.vm.Builtins.builtinsDict().getItemStr("__import__"), PyStr.of("_glassbox_anext"));
        return Abstract.call(Abstract.getAttr(helper, "anext_awaitable"), awaitable, dflt);
    }

    @Exposed.Function(name = "next", sig = "($module, iterator, default=<unrepresentable>, /)")
    public static PyObject next(PyObject it, PyObject dflt) {
        PyObject n = it.type.special(SpecialMethod.__next__);
        if (n == null && !(it instanceof Abstract.Iter)) {
            throw Errors.typeError("'%s' object is not an iterator", it.type.qualname);
        }
        if (dflt == null) {
            return Abstract.callSpecial(n, it);
        }
        PyObject v = Abstract.next(it);
        return v == null ? dflt : v;
    }

    @Exposed.Function(sig = "($module, x, y, /)")
    public static PyObject divmod(PyObject x, PyObject y) {
        return Abstract.divmod(x, y);
    }

    @Exposed.Function(name = "pow", sig = "($module, /, base, exp, mod=None)")
    public static PyObject pow(PyObject base, PyObject exp, PyObject mod) {
        if (mod == null || mod == PyNone.NONE) return Abstract.binaryOp(base, exp, 8);
        PyObject f = base.type.special(SpecialMethod.__pow__);
        if (f == null) {
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", base.type.qualname,
                    exp.type.qualname, mod.type.qualname);
        }
        PyObject r = Abstract.callSpecial(f, base, exp, mod);
        if (r == dev.glassbox.objects.PyNotImplemented.NOT_IMPLEMENTED) {
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", base.type.qualname,
                    exp.type.qualname, mod.type.qualname);
        }
        return r;
    }

    @Exposed.Function(name = "round", sig = "($module, /, number, ndigits=None)")
    public static PyObject round(PyObject number, PyObject ndigits) {
        PyObject f = number.type.special(SpecialMethod.__round__);
        if (f == null) throw Errors.typeError("type %s doesn't define __round__ method", number.type.qualname);
        if (ndigits == null || ndigits == PyNone.NONE) return Abstract.callSpecial(f, number);
        return Abstract.callSpecial(f, number, ndigits);
    }

    @Exposed.Function(sig = "($module, iterable, /, start=0)")
    public static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        String tn = start.type.name;
        if (tn.equals("bytes")) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (tn.equals("bytearray")) throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        PyObject it = Abstract.getIter(iterable);
        Heap.incref(it);
        PyObject acc = start;
        Heap.incref(acc);
        try {
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                PyObject r = Abstract.binaryOp(acc, v, 0);
                Heap.incref(r);
                Heap.decref(acc);
                acc = r;
            }
            acc.refcnt--;
            PyObject result = acc;
            acc = null;
            if (result.refcnt == 0) { result.refcnt = 1; Heap.decref(result); }
            return result;
        } finally {
            if (acc != null) Heap.decref(acc);
            Heap.decref(it);
        }
    }

    @Exposed.Function(sig = "($module, /, *args, key=None, default=<unrepresentable>)")
    public static PyObject min(PyObject args, PyObject key, PyObject dflt) {
        return MinMax.minmax((PyTuple) args, key, dflt, Abstract.LT, "min");
    }

    @Exposed.Function(sig = "($module, /, *args, key=None, default=<unrepresentable>)")
    public static PyObject max(PyObject args, PyObject key, PyObject dflt) {
        return MinMax.minmax((PyTuple) args, key, dflt, Abstract.GT, "max");
    }

    @Exposed.Function(sig = "($module, iterable, /, *, key=None, reverse=False)", conv = Exposed.Convention.FASTCALL_KEYWORDS)
    public static PyObject sorted(PyObject iterable, PyObject key, PyObject reverse) {
        PyList l = PyList.of(Abstract.toArray(iterable));
        Heap.incref(l);
        try {
            PyObject sort = Abstract.getAttr(l, "sort");
            Abstract.call(sort, new PyObject[] {key, reverse}, 0, 0, PyTuple.of(PyStr.intern("key"), PyStr.intern("reverse")));
        } finally {
            l.refcnt--;
        }
        if (l.refcnt == 0) { l.refcnt = 1; Heap.decref(l); }
        return l;
    }

    @Exposed.Function(sig = "($module, object=<unrepresentable>, /)")
    public static PyObject vars(PyObject o) {
        if (o == null) return hooks.locals();
        PyObject d = Abstract.lookupAttr(o, PyStr.intern("__dict__"));
        if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
        return d;
    }

    @Exposed.Function(sig = "($module, object=<unrepresentable>, /)")
    public static PyObject dir(PyObject o) {
        PyObject names;
        if (o == null) {
            PyObject loc = hooks.locals();
            names = PyList.of(Abstract.toArray(Abstract.callMethod(loc, "keys")));
        } else {
            PyObject d = o.type.special(SpecialMethod.__dir__);
            if (d == null) throw Errors.typeError("object does not provide __dir__");
            names = Abstract.callSpecial(d, o);
        }
        return sorted(names, PyNone.NONE, PyBool.FALSE);
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject globals() {
        return hooks.globals();
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject locals() {
        return hooks.locals();
    }

    @Exposed.Function(sig = "($module, func, name, /, *bases, **kwds)", name = "__build_class__")
    public static PyObject buildClass(PyObject func, PyObject name, PyObject bases, PyObject kwds) {
        return hooks.buildClass(func, name, (PyTuple) bases, (PyDict) kwds);
    }

    @Exposed.Function(sig = "($module, /, name, globals=None, locals=None, fromlist=(), level=0)", name = "__import__")
    public static PyObject importFn(PyObject name, PyObject globals, PyObject locals, PyObject fromlist, PyObject level) {
        if (!(name instanceof PyStr s)) throw Errors.typeError("module name must be a string");
        PyDict g = globals instanceof PyDict d ? d : new PyDict();
        return dev.glassbox.imports.Importer.importModuleLevel(s.value, g, fromlist, (int) Abstract.indexAsLong(level));
    }

    @Exposed.Function(sig = "($module, source, globals=None, locals=None, /, *, closure=None)")
    public static PyObject exec(PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        hooks.exec(source, globals, locals, false);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, source, globals=None, locals=None, /)")
    public static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        return hooks.exec(source, globals, locals, true);
    }

    @Exposed.Function(sig = "($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)")
    public static PyObject compile(PyObject source, PyObject filename, PyObject mode, PyObject flags, PyObject dontInherit,
                                   PyObject optimize, PyObject featureVersion) {
        return hooks.compile(source, filename, mode, Abstract.index(flags).asInt(), Abstract.isTrue(dontInherit),
                Abstract.index(optimize).asInt());
    }

    @Exposed.Function(sig = "($module, prompt='', /)")
    public static PyObject input(PyObject prompt) {
        return hooks.readline(prompt);
    }

    @Exposed.Function(sig = "($module, /, *args, **kws)")
    public static PyObject breakpoint(PyObject args, PyObject kws) {
        // builtin_breakpoint: whatever sys.breakpointhook is now, called with the same arguments.
        PyObject hook;
        try {
            hook = dev.glassbox.vm.Builtins.sysAttr("breakpointhook");
        } catch (dev.glassbox.objects.PyException e) {
            throw Errors.runtimeError("lost sys.breakpointhook");
        }
        if (hook == null) throw Errors.runtimeError("lost sys.breakpointhook");
        return Abstract.callArgs(hook, (PyTuple) args, (PyDict) kws);
    }

    /** iter(callable, sentinel). */
    @Exposed.Type(name = "callable_iterator", baseType = false)
    public static final class CallIter extends PyObject implements Abstract.Iter {
        public static final PyType TYPE = PyType.fromClass(CallIter.class);
        PyObject fn, sentinel;

        CallIter(PyObject fn, PyObject sentinel) {
            super(TYPE);
            this.fn = fn;
            this.sentinel = sentinel;
            Heap.incref(fn);
            Heap.incref(sentinel);
        }

        @Override
        public PyObject next() {
            if (fn == null) return null;
            PyObject v;
            try {
                v = Abstract.call(fn);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.StopIteration)) { drop(); return null; }
                throw e;
            }
            if (Abstract.richCompareBool(v, sentinel, Abstract.EQ)) {
                drop();
                return null;
            }
            return v;
        }

        private void drop() {
            PyObject f = fn, s = sentinel;
            fn = null;
            sentinel = null;
            Heap.decref(f);
            Heap.decref(s);
        }

        @Exposed.Method public PyObject __iter__() { return this; }

        @Exposed.Method
        public PyObject __next__() {
            PyObject v = next();
            if (v == null) throw Errors.stopIteration();
            return v;
        }

        @Override public void traverse(Visitor v) { if (fn != null) { v.visit(fn); v.visit(sentinel); } }
        @Override public void release(Releaser r) { r.release(fn); r.release(sentinel); fn = null; sentinel = null; }
    }

    static long identity(PyObject o) {
        return Hashing.identityHash(Heap.address(o));
    }
}
