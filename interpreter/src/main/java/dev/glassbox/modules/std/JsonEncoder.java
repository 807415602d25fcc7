package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyFloatMethods;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyIntMethods;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * {@code _json.Encoder}, exposed as {@code make_encoder(...)} (Modules/_json.c
 * encoder_listencode_*): called as {@code encoder(obj, _current_indent_level)}, it returns the
 * list of JSON text chunks for obj (json.encoder uses it when indent is None). Ints and floats
 * are written with int's and float's own repr, circular references are found through the
 * markers dict keyed by id(), and the messages are CPython's.
 */
@Exposed.Type(name = "Encoder", module = "_json", gc = true, basicSize = 88, doc = "_iterencode(obj, _current_indent_level) -> iterable")
public final class JsonEncoder extends PyObject {
    public static final PyType TYPE = PyType.fromClass(JsonEncoder.class);

    private PyObject markers, defaultFn, encoder, indent, keySeparator, itemSeparator;
    private boolean sortKeys, skipKeys, allowNan;
    /** 1 = encode_basestring_ascii, 2 = encode_basestring (called directly), 0 = call the encoder. */
    private int fast;

    public JsonEncoder(PyType t) {
        super(t);
    }

    /** PyArg_ParseTupleAndKeywords for plain object parameters ("O...:name" with a keyword list). */
    static PyObject[] parseArgs(String fname, String[] names, PyTuple args, PyDict kwargs) {
        int n = names.length, given = args.size() + (kwargs == null ? 0 : kwargs.size());
        if (given > n) {
            throw Errors.typeError("%s() takes at most %d argument%s (%d given)", fname, n, n == 1 ? "" : "s", given);
        }
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < args.size(); i++) out[i] = args.get(i);
        if (kwargs != null && kwargs.size() > 0) {
            for (int i = 0; i < n; i++) {
                PyObject v = kwargs.getItemStr(names[i]);
                if (v == null) continue;
                if (out[i] != null) {
                    throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", fname, names[i], i + 1);
                }
                out[i] = v;
            }
            for (PyObject k : Abstract.toArray(kwargs)) {
                String key = k instanceof PyStr s ? s.value : null;
                if (key == null) throw Errors.typeError("keywords must be strings");
                if (!java.util.Arrays.asList(names).contains(key)) {
                    throw Errors.typeError("'%s' is an invalid keyword argument for %s()", key, fname);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == null) throw Errors.typeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
        }
        return out;
    }

    private static final String[] NEW_ARGS = {"markers", "default", "encoder", "indent", "key_separator", "item_separator",
        "sort_keys", "skipkeys", "allow_nan"};

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyObject[] a = parseArgs("make_encoder", NEW_ARGS, (PyTuple) args, (PyDict) kwargs);
        for (int i = 4; i < 6; i++) {
            if (!(a[i] instanceof PyStr)) throw Errors.typeError("make_encoder() argument %d must be str, not %s", i + 1, a[i].type.name);
        }
        if (a[0] != PyNone.NONE && !(a[0] instanceof PyDict)) {
            throw Errors.typeError("make_encoder() argument 1 must be dict or None, not %s", a[0].type.name);
        }
        JsonEncoder e = (JsonEncoder) ((PyType) cls).allocate();
        boolean sortKeys = Abstract.isTrue(a[6]), skipKeys = Abstract.isTrue(a[7]), allowNan = Abstract.isTrue(a[8]);
        e.markers = Heap.replace(null, a[0]);
        e.defaultFn = Heap.replace(null, a[1]);
        e.encoder = Heap.replace(null, a[2]);
        e.indent = Heap.replace(null, a[3]);
        e.keySeparator = Heap.replace(null, a[4]);
        e.itemSeparator = Heap.replace(null, a[5]);
        e.sortKeys = sortKeys;
        e.skipKeys = skipKeys;
        e.allowNan = allowNan;
        e.fast = a[2] == JsonModule.encodeAsciiFn ? 1 : a[2] == JsonModule.encodeFn ? 2 : 0;
        return e;
    }

    @Override
    public void traverse(Visitor v) {
        for (PyObject o : new PyObject[] {markers, defaultFn, encoder, indent, keySeparator, itemSeparator}) if (o != null) v.visit(o);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject[] held = {markers, defaultFn, encoder, indent, keySeparator, itemSeparator};
        markers = defaultFn = encoder = indent = keySeparator = itemSeparator = null;
        for (PyObject o : held) if (o != null) r.release(o);
        super.release(r);
    }

    /** _PyAccu: small strings joined into a chunk every 100000 pieces, returned as a list of chunks. */
    private static final class Accu {
        final StringBuilder small = new StringBuilder();
        int pieces;
        final java.util.ArrayList<String> large = new java.util.ArrayList<>();

        void add(String s) {
            small.append(s);
            if (++pieces >= 100000) {
                large.add(small.toString());
                small.setLength(0);
                pieces = 0;
            }
        }
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject args, PyObject kwargs) {
        PyObject[] a = parseArgs("_iterencode", new String[] {"obj", "_current_indent_level"}, (PyTuple) args, (PyDict) kwargs);
        long level = Args.ssize(a[1]);
        Accu acc = new Accu();
        try {
            encodeObj(acc, a[0], level);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while encoding a JSON object");
        }
        if (acc.pieces > 0 || acc.large.isEmpty()) acc.large.add(acc.small.toString());
        PyList out = new PyList();
        for (String s : acc.large) out.append(PyStr.of(s));
        return out;
    }

    private String encodeFloat(PyObject f) {
        double d = ((PyFloat) f).value;
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            if (!allowNan) throw Errors.valueError("Out of range float values are not JSON compliant");
            return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        }
        return PyFloatMethods.__repr__(f);
    }

    private String encodeString(PyObject s) {
        if (fast == 1) return JsonModule.asciiEscape((PyStr) s);
        if (fast == 2) return JsonModule.escape((PyStr) s);
        PyObject r = Abstract.call(encoder, s);
        if (!(r instanceof PyStr rs)) throw Errors.typeError("encoder() must return a string, not %s", r.type.name);
        return rs.value;
    }

    private static String intRepr(PyObject i) {
        return ((PyStr) PyIntMethods.__repr__(i)).value;
    }

    private void encodeObj(Accu acc, PyObject obj, long level) {
        if (obj == PyNone.NONE) acc.add("null");
        else if (obj == PyBool.TRUE) acc.add("true");
        else if (obj == PyBool.FALSE) acc.add("false");
        else if (obj instanceof PyStr) acc.add(encodeString(obj));
        else if (obj instanceof PyInt) acc.add(intRepr(obj));
        else if (obj instanceof PyFloat) acc.add(encodeFloat(obj));
        else if (obj instanceof PyList || obj instanceof PyTuple) {
            Abstract.runner.enterRecursiveCall(" while encoding a JSON object");
            try {
                encodeList(acc, obj, level);
            } finally {
                Abstract.runner.leaveRecursiveCall();
            }
        } else if (obj instanceof PyDict) {
            Abstract.runner.enterRecursiveCall(" while encoding a JSON object");
            try {
                encodeDict(acc, (PyDict) obj, level);
            } finally {
                Abstract.runner.leaveRecursiveCall();
            }
        } else {
            PyObject ident = enterMarker(obj);
            PyObject made = Abstract.call(defaultFn, obj);
            Heap.incref(made);
            Abstract.runner.enterRecursiveCall(" while encoding a JSON object");
            try {
                encodeObj(acc, made, level);
            } finally {
                Abstract.runner.leaveRecursiveCall();
                Heap.decref(made);
            }
            leaveMarker(ident);
        }
    }

    /** Records obj in markers (by id), or "Circular reference detected"; null when there are no markers. */
    private PyObject enterMarker(PyObject obj) {
        if (markers == PyNone.NONE) return null;
        PyObject ident = PyInt.of(Heap.address(obj));
        PyDict m = (PyDict) markers;
        if (m.getItem(ident) != null) throw Errors.valueError("Circular reference detected");
        m.setItem(ident, obj);
        return ident;
    }

    private void leaveMarker(PyObject ident) {
        if (ident != null) Abstract.delItem(markers, ident);
    }

    private void encodeList(Accu acc, PyObject seq, long level) {
        int size = seq instanceof PyList l ? l.size() : ((PyTuple) seq).size();
        if (size == 0) {
            acc.add("[]");
            return;
        }
        PyObject ident = enterMarker(seq);
        acc.add("[");
        if (indent != PyNone.NONE) level++;
        String sep = ((PyStr) itemSeparator).value;
        Heap.incref(seq);
        try {
            for (int i = 0; ; i++) {
                int n = seq instanceof PyList l ? l.size() : ((PyTuple) seq).size();
                if (i >= n) break;
                PyObject item = seq instanceof PyList l ? l.get(i) : ((PyTuple) seq).get(i);
                if (i > 0) acc.add(sep);
                encodeObj(acc, item, level);
            }
        } finally {
            Heap.decref(seq);
        }
        leaveMarker(ident);
        acc.add("]");
    }

    private void encodeDict(Accu acc, PyDict dct, long level) {
        if (dct.size() == 0) {
            acc.add("{}");
            return;
        }
        PyObject ident = enterMarker(dct);
        acc.add("{");
        if (indent != PyNone.NONE) level++;
        // PyMapping_Items, sorted as a list of (key, value) tuples when asked
        PyList items = PyList.of(Abstract.toArray(Abstract.callMethod(dct, "items")));
        Heap.incref(items);
        try {
            if (sortKeys) Abstract.callMethod(items, "sort");
            String itemSep = ((PyStr) itemSeparator).value, keySep = ((PyStr) keySeparator).value;
            int idx = 0;
            for (int i = 0; i < items.size(); i++) {
                PyObject item = items.get(i);
                if (!(item instanceof PyTuple t) || t.size() != 2) throw Errors.valueError("items must return 2-tuples");
                PyObject key = t.get(0);
                PyObject kstr;
                if (key instanceof PyStr) kstr = key;
                else if (key instanceof PyFloat) kstr = PyStr.of(encodeFloat(key));
                else if (key == PyBool.TRUE) kstr = PyStr.of("true");
                else if (key == PyBool.FALSE) kstr = PyStr.of("false");
                else if (key == PyNone.NONE) kstr = PyStr.of("null");
                else if (key instanceof PyInt) kstr = PyStr.of(intRepr(key));
                else if (skipKeys) continue;
                else throw Errors.typeError("keys must be str, int, float, bool or None, not %s", key.type.name);
                if (idx > 0) acc.add(itemSep);
                acc.add(encodeString(kstr));
                acc.add(keySep);
                encodeObj(acc, t.get(1), level);
                idx++;
            }
        } finally {
            Heap.decref(items);
        }
        leaveMarker(ident);
        acc.add("}");
    }

    @Exposed.Getter(name = "markers", doc = "markers") public PyObject getMarkers() { return markers; }
    @Exposed.Getter(name = "default", doc = "default") public PyObject getDefault() { return defaultFn; }
    @Exposed.Getter(name = "encoder", doc = "encoder") public PyObject getEncoder() { return encoder; }
    @Exposed.Getter(name = "indent", doc = "indent") public PyObject getIndent() { return indent; }
    @Exposed.Getter(name = "key_separator", doc = "key_separator") public PyObject getKeySeparator() { return keySeparator; }
    @Exposed.Getter(name = "item_separator", doc = "item_separator") public PyObject getItemSeparator() { return itemSeparator; }
    @Exposed.Getter(name = "sort_keys", doc = "sort_keys") public PyObject getSortKeys() { return PyBool.of(sortKeys); }
    @Exposed.Getter(name = "skipkeys", doc = "skipkeys") public PyObject getSkipKeys() { return PyBool.of(skipKeys); }
}
