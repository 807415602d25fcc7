package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.util.HashMap;

/**
 * {@code _json.Scanner}, exposed as {@code make_scanner(context)} (Modules/_json.c
 * scan_once_unicode and its helpers): called as {@code scanner(string, idx)}, it returns the
 * JSON value starting at idx and the index after it, or raises StopIteration(idx) where no
 * value starts, and JSONDecodeError with CPython's messages and positions otherwise.
 */
@Exposed.Type(name = "Scanner", module = "_json", gc = true, basicSize = 72, doc = "JSON scanner object")
public final class JsonScanner extends PyObject {
    public static final PyType TYPE = PyType.fromClass(JsonScanner.class);

    private boolean strict;
    private PyObject objectHook, objectPairsHook, parseFloat, parseInt, parseConstant;
    /** The memo of object keys (CPython's s->memo), cleared after each call. */
    private final HashMap<String, PyStr> memo = new HashMap<>();
    private PyStr doc;
    private int[] cps;

    public JsonScanner(PyType t) {
        super(t);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyObject ctx = JsonEncoder.parseArgs("make_scanner", new String[] {"context"}, (PyTuple) args, (PyDict) kwargs)[0];
        JsonScanner s = (JsonScanner) ((PyType) cls).allocate();
        s.strict = Abstract.isTrue(Abstract.getAttr(ctx, "strict"));
        s.objectHook = Heap.replace(null, Abstract.getAttr(ctx, "object_hook"));
        s.objectPairsHook = Heap.replace(null, Abstract.getAttr(ctx, "object_pairs_hook"));
        s.parseFloat = Heap.replace(null, Abstract.getAttr(ctx, "parse_float"));
        s.parseInt = Heap.replace(null, Abstract.getAttr(ctx, "parse_int"));
        s.parseConstant = Heap.replace(null, Abstract.getAttr(ctx, "parse_constant"));
        return s;
    }

    @Override
    public void traverse(Visitor v) {
        for (PyObject o : new PyObject[] {objectHook, objectPairsHook, parseFloat, parseInt, parseConstant}) if (o != null) v.visit(o);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject[] held = {objectHook, objectPairsHook, parseFloat, parseInt, parseConstant};
        objectHook = objectPairsHook = parseFloat = parseInt = parseConstant = null;
        for (PyObject o : held) if (o != null) r.release(o);
        super.release(r);
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject args, PyObject kwargs) {
        PyObject[] a = JsonEncoder.parseArgs("scan_once", new String[] {"string", "idx"}, (PyTuple) args, (PyDict) kwargs);
        long idx = Args.ssize(a[1]);
        if (!(a[0] instanceof PyStr s)) throw Errors.typeError("first argument must be a string, not %s", a[0].type.name);
        PyStr savedDoc = doc;
        int[] savedCps = cps;
        doc = s;
        cps = s.codePoints();
        try {
            long[] next = {-1};
            PyObject r = scanOnce(idx, next);
            return PyTuple.of(r, PyInt.of(next[0]));
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while decoding a JSON document");
        } finally {
            memo.clear();
            doc = savedDoc;
            cps = savedCps;
        }
    }

    private static boolean ws(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private int skip(int idx) {
        while (idx < cps.length && ws(cps[idx])) idx++;
        return idx;
    }

    private boolean at(int idx, String word) {
        if (idx + word.length() > cps.length) return false;
        for (int k = 0; k < word.length(); k++) if (cps[idx + k] != word.charAt(k)) return false;
        return true;
    }

    /** scan_once_unicode. */
    private PyObject scanOnce(long idxArg, long[] next) {
        int length = cps.length;
        if (idxArg < 0) throw Errors.valueError("idx cannot be negative");
        if (idxArg >= length) throw JsonModule.stopAt(idxArg);
        int idx = (int) idxArg;
        switch (cps[idx]) {
            case '"':
                return JsonModule.scanString(doc, cps, idx + 1, strict, next);
            case '{': {
                Abstract.runner.enterRecursiveCall(" while decoding a JSON object from a unicode string");
                try {
                    return parseObject(idx + 1, next);
                } finally {
                    Abstract.runner.leaveRecursiveCall();
                }
            }
            case '[': {
                Abstract.runner.enterRecursiveCall(" while decoding a JSON array from a unicode string");
                try {
                    return parseArray(idx + 1, next);
                } finally {
                    Abstract.runner.leaveRecursiveCall();
                }
            }
            case 'n':
                if (at(idx, "null")) { next[0] = idx + 4; return PyNone.NONE; }
                break;
            case 't':
                if (at(idx, "true")) { next[0] = idx + 4; return PyBool.TRUE; }
                break;
            case 'f':
                if (at(idx, "false")) { next[0] = idx + 5; return PyBool.FALSE; }
                break;
            case 'N':
                if (at(idx, "NaN")) return constant("NaN", idx, next);
                break;
            case 'I':
                if (at(idx, "Infinity")) return constant("Infinity", idx, next);
                break;
            case '-':
                if (at(idx, "-Infinity")) return constant("-Infinity", idx, next);
                break;
            default:
                break;
        }
        return matchNumber(idx, next);
    }

    private PyObject constant(String name, int idx, long[] next) {
        PyObject r = Abstract.call(parseConstant, PyStr.intern(name));
        next[0] = idx + name.length();
        return r;
    }

    /** _parse_object_unicode: from just after '{' to just after the matching '}'. */
    private PyObject parseObject(int idx, long[] next) {
        boolean pairs = objectPairsHook != PyNone.NONE;
        PyList pairList = pairs ? new PyList() : null;
        PyDict dict = pairs ? null : new PyDict();
        PyObject rval = pairs ? pairList : dict;
        Heap.incref(rval);
        try {
            int end = cps.length - 1;
            idx = skip(idx);
            if (idx > end || cps[idx] != '}') {
                while (true) {
                    if (idx > end || cps[idx] != '"') throw JsonModule.decodeError("Expecting property name enclosed in double quotes", doc, idx);
                    PyStr key = (PyStr) JsonModule.scanString(doc, cps, idx + 1, strict, next);
                    PyStr known = memo.putIfAbsent(key.value, key);
                    if (known != null) key = known;
                    idx = skip((int) next[0]);
                    if (idx > end || cps[idx] != ':') throw JsonModule.decodeError("Expecting ':' delimiter", doc, idx);
                    idx = skip(idx + 1);
                    PyObject val = scanOnce(idx, next);
                    if (pairs) pairList.append(PyTuple.of(key, val));
                    else dict.setItem(key, val);
                    idx = skip((int) next[0]);
                    if (idx <= end && cps[idx] == '}') break;
                    if (idx > end || cps[idx] != ',') throw JsonModule.decodeError("Expecting ',' delimiter", doc, idx);
                    idx = skip(idx + 1);
                }
            }
            next[0] = idx + 1;
            if (pairs) return Abstract.call(objectPairsHook, pairList);
            if (objectHook != PyNone.NONE) return Abstract.call(objectHook, dict);
            return dict;
        } finally {
            Heap.decref(rval);
        }
    }

    /** _parse_array_unicode: from just after '[' to just after the matching ']'. */
    private PyObject parseArray(int idx, long[] next) {
        PyList list = new PyList();
        Heap.incref(list);
        try {
            int end = cps.length - 1;
            idx = skip(idx);
            if (idx > end || cps[idx] != ']') {
                while (true) {
                    PyObject val = scanOnce(idx, next);
                    list.append(val);
                    idx = skip((int) next[0]);
                    if (idx <= end && cps[idx] == ']') break;
                    if (idx > end || cps[idx] != ',') throw JsonModule.decodeError("Expecting ',' delimiter", doc, idx);
                    idx = skip(idx + 1);
                }
            }
            if (idx > end || cps[idx] != ']') throw JsonModule.decodeError("Expecting value", doc, end);
            next[0] = idx + 1;
            return list;
        } finally {
            Heap.decref(list);
        }
    }

    private boolean digit(int i) {
        return i < cps.length && cps[i] >= '0' && cps[i] <= '9';
    }

    /** _match_number_unicode: an int or float (or parse_int/parse_float's result), or StopIteration. */
    private PyObject matchNumber(int start, long[] next) {
        int end = cps.length - 1, idx = start;
        boolean isFloat = false;
        if (cps[idx] == '-') {
            idx++;
            if (idx > end) throw JsonModule.stopAt(start);
        }
        if (cps[idx] >= '1' && cps[idx] <= '9') {
            idx++;
            while (digit(idx)) idx++;
        } else if (cps[idx] == '0') {
            idx++;
        } else {
            throw JsonModule.stopAt(start);
        }
        if (idx < end && cps[idx] == '.' && digit(idx + 1)) {
            isFloat = true;
            idx += 2;
            while (digit(idx)) idx++;
        }
        if (idx < end && (cps[idx] == 'e' || cps[idx] == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < end && (cps[idx] == '-' || cps[idx] == '+')) idx++;
            while (digit(idx)) idx++;
            if (cps[idx - 1] >= '0' && cps[idx - 1] <= '9') isFloat = true;
            else idx = eStart;
        }
        String text = new String(cps, start, idx - start);
        PyObject custom = isFloat ? (parseFloat != PyFloat.TYPE ? parseFloat : null) : (parseInt != PyInt.TYPE ? parseInt : null);
        PyObject r;
        if (custom != null) r = Abstract.call(custom, PyStr.of(text));
        else if (isFloat) r = PyFloat.of(Double.parseDouble(text));
        else if (idx - start <= 18) r = PyInt.of(Long.parseLong(text));
        else r = Abstract.call(PyInt.TYPE, PyStr.of(text));   // big ints, with int()'s digit limit
        next[0] = idx;
        return r;
    }

    @Exposed.Getter(name = "strict", doc = "strict") public PyObject getStrict() { return PyBool.of(strict); }
    @Exposed.Getter(name = "object_hook", doc = "object_hook") public PyObject getObjectHook() { return objectHook; }
    @Exposed.Getter(name = "object_pairs_hook") public PyObject getObjectPairsHook() { return objectPairsHook; }
    @Exposed.Getter(name = "parse_float", doc = "parse_float") public PyObject getParseFloat() { return parseFloat; }
    @Exposed.Getter(name = "parse_int", doc = "parse_int") public PyObject getParseInt() { return parseInt; }
    @Exposed.Getter(name = "parse_constant", doc = "parse_constant") public PyObject getParseConstant() { return parseConstant; }
}
