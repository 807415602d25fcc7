package dev.glassbox.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments of a built-in to its parameters, from the text signature that also
 * serves {@code __text_signature__} ({@code "($self, iterable, /, *, key=None)"}), with the
 * argument errors CPython raises for the same convention (see {@link Exposed.Convention}).
 *
 * <p>The result has one slot per parameter (a {@code *args} parameter gets a tuple, a
 * {@code **kwargs} one a dict); a parameter not given is its literal default, or null when
 * the default has no literal form (the Java method then applies its own default).
 */
public final class ArgParser {
    public final String name;        // "append"
    public final String qualname;    // "list.append"
    public final String textSignature;
    public final String[] names;
    final PyObject[] defaults;      // per parameter; NO_DEFAULT when required
    final int posOnly;              // parameters before '/'
    final int positional;           // parameters that may be passed positionally (excl. *args)
    final int required;             // leading parameters without a default
    final boolean varargs, varkw;
    final int kwOnlyStart;          // index of the first keyword-only parameter
    final Exposed.Convention conv;
    public final boolean selfParam;

    static final PyObject NO_DEFAULT = null;
    private static final PyObject UNSET = new PyBaseObject(true);

    public ArgParser(String name, String qualname, String sig, Exposed.Convention conv) {
        this.name = name;
        this.qualname = qualname;
        this.textSignature = sig;
        String body = sig.trim();
        if (!body.startsWith("(") || !body.endsWith(")")) throw new IllegalArgumentException("bad signature " + sig);
        body = body.substring(1, body.length() - 1);
        List<String> parts = splitTopLevel(body);
        List<String> ns = new ArrayList<>();
        List<PyObject> ds = new ArrayList<>();
        int slash = -1, kwStart = -1;
        boolean va = false, vk = false, self = false;
        for (String raw : parts) {
            String p = raw.trim();
            if (p.isEmpty()) continue;
            if (p.startsWith("$")) {
                // tp_new_wrapper: __new__'s type is a real (positional-only) argument.
                if (name.equals("__new__")) { ns.add("type"); ds.add(NO_DEFAULT); slash = Math.max(slash, 1); continue; }
                self = true;
                continue;
            }
            if (p.equals("/")) { slash = Math.max(slash, ns.size()); continue; }
            if (p.equals("*")) { kwStart = ns.size(); continue; }
            if (p.startsWith("**")) { vk = true; ns.add(p.substring(2)); ds.add(UNSET); continue; }
            if (p.startsWith("*")) { va = true; kwStart = ns.size() + 1; ns.add(p.substring(1)); ds.add(UNSET); continue; }
            int eq = p.indexOf('=');
            if (eq < 0) { ns.add(p); ds.add(NO_DEFAULT); }
            else {
                // A default with no literal form (e.g. <unrepresentable>) is optional: null reaches the method.
                PyObject lit = literal(p.substring(eq + 1).trim());
                ns.add(p.substring(0, eq).trim());
                ds.add(lit == null ? UNSET : lit);
            }
        }
        this.selfParam = self;
        this.names = ns.toArray(new String[0]);
        this.defaults = ds.toArray(new PyObject[0]);
        this.varargs = va;
        this.varkw = vk;
        int nPlain = names.length - (va ? 1 : 0) - (vk ? 1 : 0);
        this.kwOnlyStart = kwStart >= 0 ? kwStart : (vk ? names.length - 1 : names.length);
        this.positional = va ? kwOnlyStart - 1 : kwOnlyStart;
        this.posOnly = slash < 0 ? 0 : slash;
        int req = 0;
        while (req < positional && defaults[req] == NO_DEFAULT && !isMarkerDefault(req)) req++;
        this.required = req;
        this.conv = conv;
        if (nPlain < 0) throw new IllegalArgumentException(sig);
    }

    private boolean isMarkerDefault(int i) {
        return false;
    }

    /** Signature of a parameter list derived from Java arity: "($self, a, b, /)". */
    public static String positionalSignature(boolean self, int n) {
        StringBuilder b = new StringBuilder("(");
        if (self) b.append("$self");
        for (int i = 0; i < n; i++) {
            if (b.length() > 1) b.append(", ");
            b.append((char) ('a' + i));
        }
        if (b.length() > 1) b.append(", /");
        return b.append(")").toString();
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) { if (c == quote) quote = 0; continue; }
            if (c == '\'' || c == '"') quote = c;
            else if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == ',' && depth == 0) { out.add(s.substring(start, i)); start = i + 1; }
        }
        out.add(s.substring(start));
        return out;
    }

    /** The value of a literal default in a text signature, or null when it has none. */
    private static PyObject literal(String text) {
        switch (text) {
            case "None": return PyNone.NONE;
            case "True": return PyBool.TRUE;
            case "False": return PyBool.FALSE;
            case "()": return PyTuple.EMPTY;
            case "''": case "\"\"": return PyStr.EMPTY;
            case "sys.maxsize": return PyInt.of(Long.MAX_VALUE);
            default: break;
        }
        try {
            return PyInt.of(Long.parseLong(text));
        } catch (NumberFormatException e) { /* not an int */ }
        if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return PyStr.of(unescape(text.substring(1, text.length() - 1)));
        }
        try {
            return PyFloat.of(Double.parseDouble(text));
        } catch (NumberFormatException e) { /* not a float */ }
        return null;
    }

    /** The simple escapes a text signature's string default may contain. */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            b.append(switch (n) { case 'n' -> '\n'; case 't' -> '\t'; case 'r' -> '\r'; default -> n; });
        }
        return b.toString();
    }

    public int parameterCount() {
        return names.length;
    }

    /** Whether the fast path applies: only positional arguments, none missing or extra. */
    public boolean fitsPositional(int nargs) {
        return nargs >= required && nargs <= positional && !varargs && !varkw && nargs == names.length;
    }

    /**
     * Binds {@code args[start .. start+nargs)} (positional) followed by the values of keyword
     * names {@code kwnames} into one slot per parameter.
     */
    public PyObject[] bind(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        PyObject[] out = new PyObject[names.length];
        if (nkw > 0 && conv != Exposed.Convention.CLINIC && conv != Exposed.Convention.FASTCALL_KEYWORDS
                || nkw > 0 && positional == posOnly && !varkw && kwOnlyStart == names.length) {
            throw Errors.typeError("%s() takes no keyword arguments", displayName());
        }
        checkPositionalCount(nargs, nkw);
        int np = Math.min(nargs, positional);
        System.arraycopy(args, start, out, 0, np);
        if (varargs) {
            int extra = nargs - np;
            PyObject[] rest = new PyObject[Math.max(0, extra)];
            if (extra > 0) System.arraycopy(args, start + np, rest, 0, extra);
            out[positional] = PyTuple.of(rest);
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            out[names.length - 1] = kwdict;
        }
        for (int k = 0; k < nkw; k++) {
            PyStr key = (PyStr) kwnames.get(k);
            PyObject value = args[start + nargs + k];
            int idx = indexOf(key.toString());
            if (idx < 0 || idx < posOnly || (varargs && idx == positional) || (varkw && idx == names.length - 1)) {
                if (varkw) { kwdict.setItem(key, value); continue; }
                if (idx >= 0 && idx < posOnly && positional == posOnly && kwOnlyStart == names.length) {
                    throw Errors.typeError("%s() takes no keyword arguments", displayName());
                }
                throw Errors.typeError("'%s' is an invalid keyword argument for %s()", key, name);
            }
            if (out[idx] != null) {
                throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)",
                        name, key, idx + 1);
            }
            out[idx] = value;
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] != null) continue;
            if ((varargs && i == positional) || (varkw && i == names.length - 1)) continue;
            PyObject d = defaults[i];
            if (d == NO_DEFAULT && i < required) {
                throw Errors.typeError("%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
            }
            if (d == NO_DEFAULT && i >= kwOnlyStart) {
                throw Errors.typeError("%s() missing required keyword-only argument '%s'", name, names[i]);
            }
            out[i] = d == UNSET ? null : d;
        }
        return out;
    }

    /**
     * How "takes no keyword arguments" names the callable: _PyObject_FunctionStr ("list.index"),
     * as a method call (LOAD_METHOD, the usual path) reports it for every convention. (A bound
     * METH_VARARGS method called through a variable says just "find()"; we do not tell the two apart.)
     */
    private String displayName() {
        return qualname;
    }

    private void checkPositionalCount(int nargs, int nkw) {
        switch (conv) {
            case NOARGS -> {
                if (nargs != 0) throw Errors.typeError("%s() takes no arguments (%d given)", qualname, nargs);
                return;
            }
            case O -> {
                if (nargs != 1) throw Errors.typeError("%s() takes exactly one argument (%d given)", qualname, nargs);
                return;
            }
            case VARARGS -> {
                int max = varargs ? Integer.MAX_VALUE : positional;
                if (nargs < required || nargs > max) {
                    String how = required == max ? "exactly" : nargs < required ? "at least" : "at most";
                    int n = nargs < required ? required : max;
                    throw Errors.typeError("%s() takes %s %d argument%s (%d given)", name, how, n, n == 1 ? "" : "s", nargs);
                }
                return;
            }
            default -> { }
        }
        boolean positionalOnlyApi = posOnly == positional && !varkw && kwOnlyStart == names.length;
        if (positionalOnlyApi && !varargs) {
            if (nargs < required || nargs > positional) {
                String what;
                if (required == positional) what = "";
                else if (nargs < required) what = "at least ";
                else what = "at most ";
                int n = nargs < required ? required : positional;
                throw Errors.typeError("%s expected %s%d argument%s, got %d", name, what, n, n == 1 ? "" : "s", nargs);
            }
            return;
        }
        if (conv == Exposed.Convention.FASTCALL_KEYWORDS && (nargs < required || nargs > positional)) {
            // _PyArg_CheckPositional's wording (sorted, min, max...).
            String what = required == positional ? "" : nargs < required ? "at least " : "at most ";
            int n = nargs < required ? required : positional;
            throw Errors.typeError("%s expected %s%d argument%s, got %d", name, what, n, n == 1 ? "" : "s", nargs);
        }
        if (!varargs && nargs > positional) {
            if (positional == 0) throw Errors.typeError("%s() takes no positional arguments", name);
            throw Errors.typeError("%s() takes %s %d %sargument%s (%d given)", name, required == positional ? "exactly" : "at most",
                    positional, kwOnlyStart < names.length ? "positional " : "", positional == 1 ? "" : "s", nargs);
        }
        if (nargs < posOnly && nargs < required) {
            throw Errors.typeError("%s() takes at least %d positional argument%s (%d given)", name,
                    Math.min(required, posOnly), Math.min(required, posOnly) == 1 ? "" : "s", nargs);
        }
    }

    private int indexOf(String key) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(key)) return i;
        return -1;
    }
}
