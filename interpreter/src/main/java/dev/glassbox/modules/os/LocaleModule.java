package dev.glassbox.modules.os;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

/**
 * {@code _locale} (Modules/_localemodule.c) for a process in the C/UTF-8 locale, as CPython
 * runs by default (PEP 538/540): setlocale accepts "C", "POSIX", "" and the C.UTF-8 names;
 * localeconv is the C locale's; the encoding is UTF-8.
 */
@Exposed.Module(name = "_locale", doc = "Support for POSIX locales.")
public final class LocaleModule {
    private LocaleModule() {}

    private static final String[] CATEGORIES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL"};
    private static final String[] CURRENT = {"C.UTF-8", "C", "C", "C", "C", "C", null};
    private static PyType error;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(LocaleModule.class);
        for (int i = 0; i < CATEGORIES.length; i++) m.dict().setItem(CATEGORIES[i], PyInt.of(i));
        m.dict().setItem("CHAR_MAX", PyInt.of(127));
        m.dict().setItem("CODESET", PyInt.of(14));
        m.dict().setItem("RADIXCHAR", PyInt.of(65536));
        m.dict().setItem("THOUSEP", PyInt.of(65537));
        error = (PyType) Abstract.call(PyType.TYPE, PyStr.of("Error"), dev.glassbox.objects.PyTuple.of(ExceptionTypes.Exception), new PyDict());
        Abstract.setAttr(error, PyStr.of("__module__"), PyStr.of("locale"));
        m.dict().setItem("Error", error);
        return m;
    }

    @Exposed.Function(sig = "($module, category, locale=None, /)", doc = "Activates/queries locale processing.")
    public static PyObject setlocale(PyObject category, PyObject locale) {
        int c = (int) Abstract.indexAsLong(category);
        if (c < 0 || c >= CATEGORIES.length) throw Errors.raise(error, "invalid locale category");
        if (locale == null || locale == PyNone.NONE) {
            if (c == 6) {
                boolean same = true;
                for (int i = 1; i < 6; i++) same &= CURRENT[i].equals(CURRENT[0]);
                if (same) return PyStr.of(CURRENT[0]);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 6; i++) b.append(i == 0 ? "" : ";").append(CATEGORIES[i]).append('=').append(CURRENT[i]);
                return PyStr.of(b.toString());
            }
            return PyStr.of(CURRENT[c]);
        }
        if (!(locale instanceof PyStr s)) throw Errors.typeError("setlocale() argument 2 must be str or None, not %s", locale.type.name);
        String name = switch (s.value) {
            case "", "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8" -> c == 1 || c == 2 || c == 3 || c == 4 || c == 5 ? "C.UTF-8" : "C.UTF-8";
            case "C", "POSIX" -> "C";
            default -> throw Errors.raise(error, "unsupported locale setting");
        };
        if (c == 6) for (int i = 0; i < 6; i++) CURRENT[i] = name;
        else CURRENT[c] = name;
        return PyStr.of(c == 6 ? name : CURRENT[c]);
    }

    @Exposed.Function(sig = "($module, /)", doc = "Returns numeric and monetary locale-specific parameters.")
    public static PyObject localeconv() {
        PyDict d = new PyDict();
        d.setItem("decimal_point", PyStr.of("."));
        d.setItem("thousands_sep", PyStr.EMPTY);
        d.setItem("grouping", new PyList());
        for (String k : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep", "positive_sign", "negative_sign"}) {
            d.setItem(k, PyStr.EMPTY);
        }
        d.setItem("mon_grouping", new PyList());
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
                "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.setItem(k, PyInt.of(127));
        }
        return d;
    }

    @Exposed.Function(sig = "($module, key, /)", doc = "Return the value for the locale information associated with key.")
    public static PyObject nl_langinfo(PyObject key) {
        long k = Abstract.indexAsLong(key);
        if (k == 14) return PyStr.of("UTF-8");
        if (k == 65536) return PyStr.of(".");
        if (k == 65537) return PyStr.EMPTY;
        throw Errors.valueError("unsupported langinfo constant");
    }

    @Exposed.Function(sig = "($module, /)", doc = "Get the current locale encoding.")
    public static PyObject getencoding() {
        return PyStr.of("UTF-8");
    }

    @Exposed.Function(sig = "($module, s1, s2, /)", doc = "Compares two strings according to the locale.")
    public static PyObject strcoll(PyObject a, PyObject b) {
        int r = ((PyStr) a).value.compareTo(((PyStr) b).value);
        return PyInt.of(Integer.signum(r));
    }

    @Exposed.Function(sig = "($module, string, /)", doc = "Return a string that can be used as a key for locale-aware comparisons.")
    public static PyObject strxfrm(PyObject s) {
        return s;
    }
}
