package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Codecs;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

/**
 * {@code _codecs} (Modules/_codecsmodule.c, Python/codecs.c): the codec registry (search
 * functions, the lookup cache, error handlers) and the built-in codecs' encode/decode
 * functions that the {@code encodings} package wraps, over the runtime's codecs
 * ({@link Codecs}). Codecs written in Python (cp1252, ...) come through search functions and
 * the charmap functions of {@link CharmapCodecs}.
 */
@Exposed.Module(name = "_codecs")
public final class CodecsModule {
    private CodecsModule() {}

    private static final PyList SEARCH = new PyList();
    private static final PyDict CACHE = new PyDict();

    static {
        Heap.incref(SEARCH);
        Heap.incref(CACHE);
    }

    /** The registry for str.encode/bytes.decode of codecs written in Python (unicode_escape, idna, ...). */
    public static final Codecs.Registry REGISTRY = new Codecs.Registry() {
        @Override public PyObject encode(PyObject obj, String encoding, String errors) {
            return CodecsModule.encode(obj, PyStr.of(encoding), PyStr.of(errors));
        }
        @Override public PyObject decode(PyObject obj, String encoding, String errors) {
            return CodecsModule.decode(obj, PyStr.of(encoding), PyStr.of(errors));
        }
    };

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(CodecsModule.class);
        ModuleBuilder.addFunctions(m, CharmapCodecs.class);
        ModuleBuilder.addFunctions(m, EscapeCodecs.class);
        return m;
    }

    @Exposed.Function(sig = "($module, search_function, /)", doc = "Register a codec search function.")
    public static PyObject register(PyObject fn) {
        if (fn.type.lookup("__call__") == null && !(fn instanceof dev.glassbox.objects.PyCallable)) {
            throw Errors.typeError("argument must be callable");
        }
        SEARCH.append(fn);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, search_function, /)", doc = "Unregister a codec search function and clear the registry's cache.")
    public static PyObject unregister(PyObject fn) {
        for (int i = 0; i < SEARCH.size(); i++) {
            if (SEARCH.get(i) == fn) {
                Abstract.callMethod(SEARCH, "pop", PyInt.of(i));
                CACHE.clear();
                break;
            }
        }
        return PyNone.NONE;
    }

    /** normalizestring: lower case, spaces to hyphens. */
    private static String normalize(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    @Exposed.Function(sig = "($module, encoding, /)", doc = "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object.")
    public static PyObject lookup(PyObject encoding) {
        if (!(encoding instanceof PyStr s)) throw Errors.typeError("lookup() argument must be str, not %s", encoding.type.name);
        PyStr key = PyStr.of(normalize(s.value));
        PyObject hit = CACHE.getItem(key);
        if (hit != null) return hit;
        if (SEARCH.size() == 0) {
            // The encodings package registers its search function on import (as at interpreter start).
            Abstract.call(dev.glassbox.vm.Builtins.builtinsDict().getItemStr("__import__"), PyStr.of("encodings"));
        }
        for (PyObject fn : SEARCH.toArray()) {
            PyObject r = Abstract.call(fn, key);
            if (r == PyNone.NONE) continue;
            if (!(r instanceof PyTuple t) || t.size() != 4) throw Errors.typeError("codec search functions must return 4-tuples");
            CACHE.setItem(key, r);
            return r;
        }
        throw Errors.raise(ExceptionTypes.LookupError, "unknown encoding: %s", s.value);
    }

    @Exposed.Function(sig = "($module, errors, handler, /)", doc = "Register the specified error handler under the name errors.")
    public static PyObject register_error(PyObject name, PyObject handler) {
        if (!(name instanceof PyStr s)) throw Errors.typeError("register_error() argument 1 must be str, not %s", name.type.name);
        Codecs.registerError(s.value, handler);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, name, /)", doc = "lookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name or raise a\nLookupError, if no handler exists under this name.")
    public static PyObject lookup_error(PyObject name) {
        if (!(name instanceof PyStr s)) throw Errors.typeError("lookup_error() argument must be str, not %s", name.type.name);
        PyObject h = Codecs.lookupError(s.value);
        if (h != null) return h;
        String fn = switch (s.value) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                    "surrogateescape", "surrogatepass" -> s.value + "_errors";
            default -> null;
        };
        if (fn != null) {
            PyObject mods = dev.glassbox.vm.Builtins.sys().dict().getItemStr("modules");
            PyObject mod = mods instanceof PyDict d ? d.getItemStr("_codecs") : null;
            if (mod != null) return Abstract.getAttr(mod, fn);
        }
        throw Errors.raise(ExceptionTypes.LookupError, "unknown error handler name '%s'", s.value);
    }

    @Exposed.Function(sig = "($module, /, obj, encoding='utf-8', errors='strict')", doc = "Encodes obj using the codec registered for encoding.")
    public static PyObject encode(PyObject obj, PyObject encoding, PyObject errors) {
        if (obj instanceof PyStr s && encoding instanceof PyStr e && Codecs.known(e.value)) {
            return PyBytes.wrap(Codecs.encode(s, e.value, str(errors)));
        }
        PyObject info = lookup(encoding);
        PyObject r = Abstract.call(((PyTuple) info).get(0), obj, errors == null ? PyStr.of("strict") : errors);
        return ((PyTuple) r).get(0);
    }

    @Exposed.Function(sig = "($module, /, obj, encoding='utf-8', errors='strict')", doc = "Decodes obj using the codec registered for encoding.")
    public static PyObject decode(PyObject obj, PyObject encoding, PyObject errors) {
        if (encoding instanceof PyStr e && Codecs.known(e.value) && !(obj instanceof PyStr)) {
            byte[] b = dev.glassbox.objects.BytesOps.bytesOf(obj);
            return PyStr.of(Codecs.decode(b, b.length, e.value, str(errors)));
        }
        PyObject info = lookup(encoding);
        PyObject r = Abstract.call(((PyTuple) info).get(1), obj, errors == null ? PyStr.of("strict") : errors);
        return ((PyTuple) r).get(0);
    }

    @Exposed.Function(name = "_forget_codec", sig = "($module, encoding, /)")
    public static PyObject forgetCodec(PyObject encoding) {
        PyStr key = PyStr.of(normalize(encoding.toString()));
        if (CACHE.getItem(key) != null) CACHE.delItem(key);
        return PyNone.NONE;
    }

    private static String str(PyObject errors) {
        if (errors == null || errors == PyNone.NONE) return "strict";
        if (!(errors instanceof PyStr s)) throw Errors.typeError("argument 'errors' must be str or None, not %s", errors.type.name);
        return s.value;
    }

    private static PyObject encode(PyObject s, String encoding, PyObject errors) {
        if (!(s instanceof PyStr str)) throw Errors.typeError("argument 1 must be str, not %s", s.type.name);
        byte[] b = Codecs.encode(str, encoding, str(errors));
        return PyTuple.of(PyBytes.wrap(b), PyInt.of(str.length()));
    }

    private static PyObject decode(PyObject data, String encoding, PyObject errors, PyObject fin) {
        byte[] b = dev.glassbox.objects.BytesOps.bytesOf(data);
        Object[] r = Codecs.decode(b, b.length, encoding, str(errors), fin != null && Abstract.isTrue(fin));
        return PyTuple.of(PyStr.of((String) r[0]), PyInt.of(((Number) r[1]).longValue()));
    }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject utf_8_encode(PyObject s, PyObject errors) { return encode(s, "utf-8", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject utf_8_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "utf-8", errors, fin); }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject latin_1_encode(PyObject s, PyObject errors) { return encode(s, "latin-1", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject latin_1_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "latin-1", errors, fin); }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject ascii_encode(PyObject s, PyObject errors) { return encode(s, "ascii", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject ascii_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "ascii", errors, fin); }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject utf_16_encode(PyObject s, PyObject errors) { return encode(s, "utf-16", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject utf_16_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "utf-16", errors, fin); }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject utf_16_le_encode(PyObject s, PyObject errors) { return encode(s, "utf-16-le", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject utf_16_le_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "utf-16-le", errors, fin); }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject utf_16_be_encode(PyObject s, PyObject errors) { return encode(s, "utf-16-be", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject utf_16_be_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "utf-16-be", errors, fin); }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject utf_32_encode(PyObject s, PyObject errors) { return encode(s, "utf-32", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject utf_32_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "utf-32", errors, fin); }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject utf_32_le_encode(PyObject s, PyObject errors) { return encode(s, "utf-32-le", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject utf_32_le_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "utf-32-le", errors, fin); }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject utf_32_be_encode(PyObject s, PyObject errors) { return encode(s, "utf-32-be", errors); }

    @Exposed.Function(sig = "($module, data, errors=None, final=False, /)")
    public static PyObject utf_32_be_decode(PyObject data, PyObject errors, PyObject fin) { return decode(data, "utf-32-be", errors, fin); }

    // ------------------------------------------------------------------ the built-in error handlers

    private static long attr(PyObject exc, String name) {
        return Abstract.indexAsLong(Abstract.getAttr(exc, name));
    }

    private static boolean isEncode(PyObject exc) {
        return exc.type.isSubtypeOf(ExceptionTypes.UnicodeEncodeError) || exc.type.isSubtypeOf(ExceptionTypes.UnicodeTranslateError);
    }

    private static PyException wrongType(PyObject exc) {
        return Errors.typeError("don't know how to handle %s in error callback", exc.type.name);
    }

    @Exposed.Function(sig = "($module, exception, /)", doc = "Implements the 'strict' error handling, which raises a UnicodeError on coding errors.")
    public static PyObject strict_errors(PyObject exc) {
        if (exc instanceof dev.glassbox.objects.PyBaseException e) throw new PyException(e);
        throw Errors.typeError("codec must pass exception instance");
    }

    @Exposed.Function(sig = "($module, exception, /)", doc = "Implements the 'ignore' error handling, which ignores malformed data and continues.")
    public static PyObject ignore_errors(PyObject exc) {
        if (!exc.type.isSubtypeOf(ExceptionTypes.UnicodeError)) throw wrongType(exc);
        return PyTuple.of(PyStr.EMPTY, PyInt.of(attr(exc, "end")));
    }

    @Exposed.Function(sig = "($module, exception, /)", doc = "Implements the 'replace' error handling, which replaces malformed data with a replacement marker.")
    public static PyObject replace_errors(PyObject exc) {
        if (!exc.type.isSubtypeOf(ExceptionTypes.UnicodeError)) throw wrongType(exc);
        long start = attr(exc, "start"), end = attr(exc, "end");
        String mark = isEncode(exc) && !exc.type.isSubtypeOf(ExceptionTypes.UnicodeTranslateError) ? "?" : "\ufffd";
        if (!isEncode(exc)) return PyTuple.of(PyStr.of("\ufffd"), PyInt.of(end));
        return PyTuple.of(PyStr.of(mark.repeat((int) Math.max(0, end - start))), PyInt.of(end));
    }

    @Exposed.Function(sig = "($module, exception, /)", doc = "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence.")
    public static PyObject backslashreplace_errors(PyObject exc) {
        if (!exc.type.isSubtypeOf(ExceptionTypes.UnicodeError)) throw wrongType(exc);
        long start = attr(exc, "start"), end = attr(exc, "end");
        PyObject obj = Abstract.getAttr(exc, "object");
        StringBuilder b = new StringBuilder();
        if (obj instanceof PyStr s) {
            int[] cps = s.value.codePoints().toArray();
            for (long i = start; i < end && i < cps.length; i++) {
                int c = cps[(int) i];
                if (c < 0x100) b.append(String.format("\\x%02x", c));
                else if (c < 0x10000) b.append(String.format("\\u%04x", c));
                else b.append(String.format("\\U%08x", c));
            }
        } else {
            byte[] data = dev.glassbox.objects.BytesOps.bytesOf(obj);
            for (long i = start; i < end && i < data.length; i++) b.append(String.format("\\x%02x", data[(int) i] & 0xff));
        }
        return PyTuple.of(PyStr.of(b.toString()), PyInt.of(end));
    }

    @Exposed.Function(sig = "($module, exception, /)", doc = "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference.")
    public static PyObject xmlcharrefreplace_errors(PyObject exc) {
        if (!exc.type.isSubtypeOf(ExceptionTypes.UnicodeEncodeError)) throw wrongType(exc);
        long start = attr(exc, "start"), end = attr(exc, "end");
        int[] cps = ((PyStr) Abstract.getAttr(exc, "object")).value.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        for (long i = start; i < end && i < cps.length; i++) b.append("&#").append(cps[(int) i]).append(';');
        return PyTuple.of(PyStr.of(b.toString()), PyInt.of(end));
    }

    @Exposed.Function(sig = "($module, exception, /)", doc = "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence.")
    public static PyObject namereplace_errors(PyObject exc) {
        if (!exc.type.isSubtypeOf(ExceptionTypes.UnicodeEncodeError)) throw wrongType(exc);
        long start = attr(exc, "start"), end = attr(exc, "end");
        int[] cps = ((PyStr) Abstract.getAttr(exc, "object")).value.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        for (long i = start; i < end && i < cps.length; i++) {
            int c = cps[(int) i];
            String n = Character.getName(c);
            if (n != null) b.append("\\N{").append(n).append('}');
            else if (c < 0x100) b.append(String.format("\\x%02x", c));
            else if (c < 0x10000) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        }
        return PyTuple.of(PyStr.of(b.toString()), PyInt.of(end));
    }

    @Exposed.Function(sig = "($module, exception, /)")
    public static PyObject surrogateescape_errors(PyObject exc) {
        long start = attr(exc, "start"), end = attr(exc, "end");
        PyObject obj = Abstract.getAttr(exc, "object");
        if (exc.type.isSubtypeOf(ExceptionTypes.UnicodeDecodeError)) {
            byte[] data = dev.glassbox.objects.BytesOps.bytesOf(obj);
            StringBuilder b = new StringBuilder();
            for (long i = start; i < end; i++) {
                int v = data[(int) i] & 0xff;
                if (v < 128) throw new PyException((dev.glassbox.objects.PyBaseException) exc);
                b.append((char) (0xDC00 + v));
            }
            return PyTuple.of(PyStr.of(b.toString()), PyInt.of(end));
        }
        if (exc.type.isSubtypeOf(ExceptionTypes.UnicodeEncodeError)) {
            String s = ((PyStr) obj).value;
            byte[] out = new byte[(int) (end - start)];
            int[] cps = s.codePoints().toArray();
            for (long i = start; i < end; i++) {
                int c = cps[(int) i];
                if (c < 0xDC80 || c > 0xDCFF) throw new PyException((dev.glassbox.objects.PyBaseException) exc);
                out[(int) (i - start)] = (byte) (c - 0xDC00);
            }
            return PyTuple.of(PyBytes.wrap(out), PyInt.of(end));
        }
        throw wrongType(exc);
    }

    @Exposed.Function(sig = "($module, exception, /)")
    public static PyObject surrogatepass_errors(PyObject exc) {
        // The runtime's utf-8/16/32 codecs handle "surrogatepass" themselves; a Python codec asking for it gets strict.
        throw new PyException((dev.glassbox.objects.PyBaseException) exc);
    }
}
