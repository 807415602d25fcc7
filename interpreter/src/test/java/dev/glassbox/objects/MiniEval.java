package dev.glassbox.objects;

import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny evaluator for one-line Python snippets, enough to drive the container types from
 * recorded cases before the VM exists: literals (int, str, list, tuple, dict, None, bools),
 * names, calls with keyword arguments, attributes, subscripts and slices, the operators
 * {@code + - * | & ^}, comparisons, {@code in}/{@code not in}/{@code is}, assignment to names
 * and subscripts, augmented assignment and {@code del x[i]}. Statements are separated by
 * {@code " ; "}; the value of the last is the case's result.
 *
 * <p>Until int and str have their own comparison methods, {@link #installShims} gives them
 * minimal ones (value comparisons only) so that sorting and searching can be exercised.
 */
final class MiniEval {
    private final Map<String, PyObject> env = new HashMap<>();
    private List<String> toks;
    private int p;

    MiniEval() {
        env.put("list", PyList.TYPE);
        env.put("tuple", PyTuple.TYPE);
        env.put("dict", PyDict.TYPE);
        env.put("range", PyRange.TYPE);
        env.put("slice", PySlice.TYPE);
        env.put("int", PyInt.TYPE);
        env.put("str", PyStr.TYPE);
        env.put("bool", new Fn(a -> PyBool.of(Abstract.isTrue(a[0]))));
        // subclass(base): class Sub(base): pass
        env.put("subclass", new Fn(a -> TypeNew.create(PyType.TYPE, PyStr.of("Sub"), PyTuple.of(a[0]), new PyDict(), new PyDict())));
        // missing_dict(): class D(dict): __missing__ = lambda self, k: 'missing ' + repr(k)
        env.put("missing_dict", new Fn(a -> {
            PyDict ns = new PyDict();
            ns.setItem("__missing__", new Fn(k -> PyStr.of("missing " + Abstract.repr(k[k.length - 1]).value)));
            return TypeNew.create(PyType.TYPE, PyStr.of("D"), PyTuple.of(PyDict.TYPE), ns, new PyDict());
        }));
        env.put("len", new Fn(a -> PyInt.of(Abstract.length(a[0]))));
        env.put("repr", new Fn(a -> Abstract.repr(a[0])));
        env.put("iter", new Fn(a -> Abstract.getIter(a[0])));
        env.put("type", new Fn(a -> a[0].type));
        env.put("hash", new Fn(a -> PyInt.of(Abstract.hash(a[0]))));
        env.put("next", new Fn(a -> {
            PyObject v = Abstract.next(a[0]);
            if (v == null) throw Errors.stopIteration();
            return v;
        }));
        env.put("reversed", new Fn(a -> {
            PyObject f = a[0].type.special(SpecialMethod.__reversed__);
            if (f == null) throw Errors.typeError("'%s' object is not reversible", a[0].type.qualname);
            return Abstract.callSpecial(f, a[0]);
        }));
    }

    /** A built-in function for the snippets. */
    static final class Fn extends PyObject implements PyCallable {
        interface Body { PyObject apply(PyObject[] args); }
        private final Body body;

        Fn(Body body) {
            super(PyBaseObject.TYPE);
            this.body = body;
        }

        @Override
        public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
            PyObject[] a = new PyObject[nargs];
            System.arraycopy(args, start, a, 0, nargs);
            return body.apply(a);
        }
    }

    /** Runs the statements of one line; returns repr of the last value or "Type: message". */
    String run(String line) {
        try {
            PyObject last = PyNone.NONE;
            for (String stmt : line.split(" ; ")) last = statement(stmt.trim());
            return Abstract.repr(last).value;
        } catch (PyException e) {
            return e.value.type.name + ": " + Abstract.str(e.value).value;
        }
    }

    // ------------------------------------------------------------------ statements

    private PyObject statement(String s) {
        toks = tokenize(s);
        p = 0;
        if (peek("del")) {
            p++;
            PyObject target = postfixTarget();
            expectEnd();
            return target;
        }
        String assignOp = topLevelAssignment();
        if (assignOp == null) {
            PyObject v = expr();
            expectEnd();
            return v;
        }
        if (assignOp.equals("=")) {
            assignTarget();
            return PyNone.NONE;
        }
        // Augmented assignment to a name: name op= expr.
        String name = toks.get(p);
        p += 2;
        PyObject r = Abstract.inplaceOp(lookup(name), expr(), binaryIndex(assignOp.substring(0, 1)));
        env.put(name, r);
        expectEnd();
        return PyNone.NONE;
    }

    /** The assignment operator at bracket depth 0, if the statement is an assignment. */
    private String topLevelAssignment() {
        int depth = 0;
        for (String t : toks) {
            if (t.equals("(") || t.equals("[") || t.equals("{")) depth++;
            else if (t.equals(")") || t.equals("]") || t.equals("}")) depth--;
            else if (depth == 0 && (t.equals("=") || t.length() == 2 && t.charAt(1) == '=' && "+-*|&^".indexOf(t.charAt(0)) >= 0)) {
                return t;
            }
        }
        return null;
    }

    /** Parses "name = expr" or "x[k] = expr" or "x.attr = expr" (at the start of the statement). */
    private void assignTarget() {
        String name = toks.get(p++);
        if (peek("=")) {
            p++;
            PyObject v = expr();
            expectEnd();
            env.put(name, v);
            return;
        }
        PyObject obj = lookup(name);
        for (;;) {
            if (peek("[")) {
                p++;
                PyObject key = subscriptKey();
                expect("]");
                if (peek("=")) {
                    p++;
                    PyObject v = expr();
                    expectEnd();
                    Abstract.setItem(obj, key, v);
                    return;
                }
                obj = Abstract.getItem(obj, key);
            } else if (peek(".")) {
                p++;
                obj = Abstract.getAttr(obj, toks.get(p++));
            } else {
                throw new IllegalArgumentException("bad assignment target");
            }
        }
    }

    /** After "del": deletes the last subscript of a postfix chain. */
    private PyObject postfixTarget() {
        PyObject obj = lookup(toks.get(p++));
        for (;;) {
            if (peek("[")) {
                p++;
                PyObject key = subscriptKey();
                expect("]");
                if (p == toks.size()) {
                    Abstract.delItem(obj, key);
                    return PyNone.NONE;
                }
                obj = Abstract.getItem(obj, key);
            } else if (peek(".")) {
                p++;
                obj = Abstract.getAttr(obj, toks.get(p++));
            } else {
                throw new IllegalArgumentException("bad del target");
            }
        }
    }

    // ------------------------------------------------------------------ expressions

    private PyObject expr() {
        PyObject left = bitOr();
        String[] ops = {"==", "!=", "<=", ">=", "<", ">"};
        for (int i = 0; i < ops.length; i++) {
            if (peek(ops[i])) {
                p++;
                int op = new int[] {Abstract.EQ, Abstract.NE, Abstract.LE, Abstract.GE, Abstract.LT, Abstract.GT}[i];
                return Abstract.richCompare(left, bitOr(), op);
            }
        }
        if (peek("in")) {
            p++;
            return PyBool.of(Abstract.contains(bitOr(), left));
        }
        if (peek("not") && p + 1 < toks.size() && toks.get(p + 1).equals("in")) {
            p += 2;
            return PyBool.of(!Abstract.contains(bitOr(), left));
        }
        if (peek("is")) {
            p++;
            return PyBool.of(left == bitOr());
        }
        return left;
    }

    private PyObject bitOr() {
        PyObject v = bitXor();
        while (peek("|")) { p++; v = Abstract.binaryOp(v, bitXor(), 7); }
        return v;
    }

    private PyObject bitXor() {
        PyObject v = bitAnd();
        while (peek("^")) { p++; v = Abstract.binaryOp(v, bitAnd(), 12); }
        return v;
    }

    private PyObject bitAnd() {
        PyObject v = sum();
        while (peek("&")) { p++; v = Abstract.binaryOp(v, sum(), 1); }
        return v;
    }

    private PyObject sum() {
        PyObject v = product();
        for (;;) {
            if (peek("+")) { p++; v = Abstract.binaryOp(v, product(), 0); }
            else if (peek("-")) { p++; v = Abstract.binaryOp(v, product(), 10); }
            else return v;
        }
    }

    private PyObject product() {
        PyObject v = unary();
        while (peek("*")) { p++; v = Abstract.binaryOp(v, unary(), 5); }
        return v;
    }

    private PyObject unary() {
        if (peek("-") && p + 1 < toks.size() && Character.isDigit(toks.get(p + 1).charAt(0))) {
            p++;
            return PyInt.of(new BigInteger(toks.get(p++)).negate());
        }
        return postfix(atom());
    }

    private PyObject postfix(PyObject v) {
        for (;;) {
            if (peek("(")) {
                p++;
                List<PyObject> args = new ArrayList<>();
                List<PyObject> names = new ArrayList<>();
                List<PyObject> kwvals = new ArrayList<>();
                while (!peek(")")) {
                    if (p + 1 < toks.size() && toks.get(p + 1).equals("=") && isName(toks.get(p))) {
                        names.add(PyStr.of(toks.get(p)));
                        p += 2;
                        kwvals.add(expr());
                    } else {
                        args.add(expr());
                    }
                    if (peek(",")) p++;
                }
                p++;
                int n = args.size();
                args.addAll(kwvals);
                PyObject[] all = args.toArray(new PyObject[0]);
                v = Abstract.call(v, all, 0, n, names.isEmpty() ? null : PyTuple.of(names.toArray(new PyObject[0])));
            } else if (peek("[")) {
                p++;
                PyObject key = subscriptKey();
                expect("]");
                v = Abstract.getItem(v, key);
            } else if (peek(".")) {
                p++;
                v = Abstract.getAttr(v, toks.get(p++));
            } else {
                return v;
            }
        }
    }

    /** An index, a slice a:b:c, or a tuple of indices. */
    private PyObject subscriptKey() {
        PyObject[] parts = new PyObject[3];
        int part = 0;
        boolean isSlice = false;
        for (;;) {
            if (peek(":")) {
                isSlice = true;
                p++;
                part++;
                continue;
            }
            if (peek("]")) break;
            parts[part] = expr();
            if (peek(",")) {
                List<PyObject> items = new ArrayList<>();
                items.add(parts[0]);
                while (peek(",")) {
                    p++;
                    if (peek("]")) break;
                    items.add(expr());
                }
                return PyTuple.of(items.toArray(new PyObject[0]));
            }
        }
        if (!isSlice) return parts[0];
        return new PySlice(parts[0], parts[1], parts[2]);
    }

    private PyObject atom() {
        String t = toks.get(p++);
        char c = t.charAt(0);
        if (Character.isDigit(c)) return PyInt.of(new BigInteger(t));
        if (c == '\'' || c == '"') return PyStr.of(unescape(t.substring(1, t.length() - 1)));
        if (t.equals("None")) return PyNone.NONE;
        if (t.equals("True")) return PyBool.TRUE;
        if (t.equals("False")) return PyBool.FALSE;
        if (t.equals("[")) {
            List<PyObject> items = sequence("]");
            // As CPython's compiler: a display of more than two constants is BUILD_LIST 0 +
            // LIST_EXTEND of a constant tuple (so the allocation differs); others BUILD_LIST n.
            if (items.size() > 2 && items.stream().allMatch(MiniEval::isConstant)) {
                PyList l = new PyList();
                PyListMethods.extend(l, PyTuple.of(items.toArray(new PyObject[0])));
                return l;
            }
            return items.isEmpty() ? new PyList() : PyList.of(items.toArray(new PyObject[0]));
        }
        if (t.equals("(")) {
            if (peek(")")) { p++; return PyTuple.EMPTY; }
            PyObject first = expr();
            if (peek(")")) { p++; return first; }
            List<PyObject> items = new ArrayList<>();
            items.add(first);
            expect(",");
            items.addAll(sequence(")"));
            return PyTuple.of(items.toArray(new PyObject[0]));
        }
        if (t.equals("{")) {
            List<PyObject> kv = new ArrayList<>();
            while (!peek("}")) {
                kv.add(expr());
                expect(":");
                kv.add(expr());
                if (peek(",")) p++;
            }
            p++;
            // BUILD_MAP / BUILD_CONST_KEY_MAP: _PyDict_FromItems presizes for the pairs.
            PyDict d = PyDict.presized(kv.size() / 2);
            for (int i = 0; i < kv.size(); i += 2) d.setItem(kv.get(i), kv.get(i + 1));
            return d;
        }
        if (isName(t)) return lookup(t);
        throw new IllegalArgumentException("unexpected token " + t);
    }

    private static boolean isConstant(PyObject o) {
        if (o instanceof PyTuple t) {
            for (PyObject x : t.array()) if (!isConstant(x)) return false;
            return true;
        }
        return o instanceof PyInt || o instanceof PyStr || o == PyNone.NONE;
    }

    private List<PyObject> sequence(String close) {
        List<PyObject> items = new ArrayList<>();
        while (!peek(close)) {
            items.add(expr());
            if (peek(",")) p++;
        }
        p++;
        return items;
    }

    private PyObject lookup(String name) {
        PyObject v = env.get(name);
        if (v == null) throw Errors.nameError("name '%s' is not defined", name);
        return v;
    }

    private static boolean isName(String t) {
        return Character.isJavaIdentifierStart(t.charAt(0));
    }

    private static int binaryIndex(String sym) {
        for (int i = 0; i < SpecialMethod.BINARY_SYMBOLS.length; i++) {
            if (SpecialMethod.BINARY_SYMBOLS[i].equals(sym)) return i;
        }
        throw new IllegalArgumentException(sym);
    }

    private boolean peek(String t) {
        return p < toks.size() && toks.get(p).equals(t);
    }

    private void expect(String t) {
        if (!peek(t)) throw new IllegalArgumentException("expected " + t + " at " + p + " in " + toks);
        p++;
    }

    private void expectEnd() {
        if (p != toks.size()) throw new IllegalArgumentException("trailing tokens in " + toks);
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> { b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ') { i++; continue; }
            int j = i + 1;
            if (Character.isDigit(c)) {
                while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
            } else if (Character.isJavaIdentifierStart(c)) {
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) j++;
            } else if (c == '\'' || c == '"') {
                while (s.charAt(j) != c) j += s.charAt(j) == '\\' ? 2 : 1;
                j++;
            } else if (j < s.length() && s.charAt(j) == '=' && "=!<>+-*|&^".indexOf(c) >= 0) {
                j++;
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    // ------------------------------------------------------------------ shims

    /**
     * Gives int and str value comparisons (and None/bool their reprs) when the real methods
     * are not there yet, so container behaviour can be tested on its own.
     */
    static void installShims() {
        for (Method m : Shims.class.getDeclaredMethods()) {
            String name = m.getName();
            PyType t;
            String py;
            if (name.startsWith("int_")) { t = PyInt.TYPE; py = name.substring(4); }
            else if (name.startsWith("str_")) { t = PyStr.TYPE; py = name.substring(4); }
            else if (name.startsWith("none_")) { t = PyNone.TYPE; py = name.substring(5); }
            else if (name.startsWith("bool_")) { t = PyBool.TYPE; py = name.substring(5); }
            else continue;
            t.ready();
            PyObject existing = t.dict.getItemStr(py);
            if (existing != null) continue;
            String sig = m.getParameterCount() == 1 ? "($self, /)" : "($self, value, /)";
            ArgParser parser = new ArgParser(py, t.qualname + "." + py, sig, TypeBuilder.convention(Exposed.Convention.CLINIC, sig));
            t.dict.setItem(py, new PyMethodDescr(t, py, parser, new JavaCallable(m), null));
            t.modified();
        }
    }

    /** Minimal stand-ins (see {@link #installShims}). */
    static final class Shims {
        private static PyObject cmp(PyObject a, PyObject b, int op) {
            int c;
            if (a instanceof PyInt x && b instanceof PyInt y) c = x.toBig().compareTo(y.toBig());
            else if (a instanceof PyStr x && b instanceof PyStr y) c = Integer.signum(compareCodePoints(x.value, y.value));
            else return PyNotImplemented.NOT_IMPLEMENTED;
            return PyBool.of(PyListMethods.compareSizes(c, 0, op));
        }

        private static int compareCodePoints(String a, String b) {
            int i = 0, j = 0;
            while (i < a.length() && j < b.length()) {
                int ca = a.codePointAt(i), cb = b.codePointAt(j);
                if (ca != cb) return ca - cb;
                i += Character.charCount(ca);
                j += Character.charCount(cb);
            }
            return (a.length() - i) - (b.length() - j);
        }

        public static PyObject int___eq__(PyObject a, PyObject b) { return cmp(a, b, Abstract.EQ); }
        public static PyObject int___ne__(PyObject a, PyObject b) { return cmp(a, b, Abstract.NE); }
        public static PyObject int___lt__(PyObject a, PyObject b) { return cmp(a, b, Abstract.LT); }
        public static PyObject int___le__(PyObject a, PyObject b) { return cmp(a, b, Abstract.LE); }
        public static PyObject int___gt__(PyObject a, PyObject b) { return cmp(a, b, Abstract.GT); }
        public static PyObject int___ge__(PyObject a, PyObject b) { return cmp(a, b, Abstract.GE); }
        public static PyObject int___hash__(PyObject a) { return PyInt.of(((PyInt) a).hash()); }
        public static PyObject int___repr__(PyObject a) { return PyStr.of(a.toString()); }
        public static PyObject str___eq__(PyObject a, PyObject b) { return cmp(a, b, Abstract.EQ); }
        public static PyObject str___ne__(PyObject a, PyObject b) { return cmp(a, b, Abstract.NE); }
        public static PyObject str___lt__(PyObject a, PyObject b) { return cmp(a, b, Abstract.LT); }
        public static PyObject str___le__(PyObject a, PyObject b) { return cmp(a, b, Abstract.LE); }
        public static PyObject str___gt__(PyObject a, PyObject b) { return cmp(a, b, Abstract.GT); }
        public static PyObject str___ge__(PyObject a, PyObject b) { return cmp(a, b, Abstract.GE); }
        public static PyObject str___hash__(PyObject a) { return PyInt.of(((PyStr) a).hash()); }
        public static PyObject none___repr__(PyObject a) { return PyStr.of("None"); }
        public static PyObject bool___repr__(PyObject a) { return PyStr.of(a == PyBool.TRUE ? "True" : "False"); }
    }
}
