package dev.glassbox.modules.sre;

import static dev.glassbox.modules.sre.SreConstants.*;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyMemoryView;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

/**
 * {@code _sre} (Modules/_sre/sre.c): the regular-expression engine that Lib/re drives.
 * re._parser parses a pattern, re._compiler turns the tree into SRE code and calls
 * {@code compile}, which validates the code and makes a {@link PatternObject}; matching
 * interprets that code ({@link SreMatcher}) with CPython's semantics.
 */
@Exposed.Module(name = "_sre")
public final class SreModule {
    private SreModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(SreModule.class);
        m.dict().setItem("MAGIC", PyInt.of(MAGIC));
        m.dict().setItem("CODESIZE", PyInt.of(4));
        m.dict().setItem("MAXREPEAT", PyInt.of(MAXREPEAT_VALUE));
        m.dict().setItem("MAXGROUPS", PyInt.of(MAXGROUPS));
        m.dict().setItem("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        return m;
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getcodesize() {
        return PyInt.of(4);
    }

    /** The clinic int converter: __index__, then "Python int too large to convert to C int". */
    private static int cInt(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.value > Integer.MAX_VALUE || v.value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) v.value;
    }

    @Exposed.Function(sig = "($module, character, /)")
    public static PyObject ascii_iscased(PyObject character) {
        int ch = cInt(character);
        return PyBool.of(ch >= 0 && ch < 128 && Character.isLetter(ch));
    }

    @Exposed.Function(sig = "($module, character, /)")
    public static PyObject unicode_iscased(PyObject character) {
        int ch = cInt(character);
        return PyBool.of(ch != SreChars.lowerUnicode(ch) || ch != SreChars.upperUnicode(ch));
    }

    @Exposed.Function(sig = "($module, character, /)")
    public static PyObject ascii_tolower(PyObject character) {
        return PyInt.of(SreChars.lowerAscii(cInt(character)));
    }

    @Exposed.Function(sig = "($module, character, /)")
    public static PyObject unicode_tolower(PyObject character) {
        return PyInt.of(SreChars.lowerUnicode(cInt(character)));
    }

    @Exposed.Function(sig = "($module, /, pattern, flags, code, groups, groupindex,\n        indexgroup)")
    public static PyObject compile(PyObject pattern, PyObject flags, PyObject code, PyObject groups,
            PyObject groupindex, PyObject indexgroup) {
        int f = cInt(flags);
        if (!(code instanceof PyList list)) throw mustBe("code", "list", code);
        long g = Abstract.indexAsLong(groups);
        if (!(groupindex instanceof PyDict gi)) throw mustBe("groupindex", "dict", groupindex);
        if (!(indexgroup instanceof PyTuple ig)) throw mustBe("indexgroup", "tuple", indexgroup);

        int n = list.size();
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            PyObject o = list.get(i);
            if (!(o instanceof PyInt v)) throw Errors.typeError("an integer is required");
            if (v.isBig() ? v.big.signum() < 0 : v.value < 0) {
                throw Errors.overflowError("can't convert negative value to unsigned int");
            }
            if (v.isBig() && v.big.bitLength() > 64) throw Errors.overflowError("Python int too large to convert to C unsigned long");
            if (v.isBig() || v.value > 0xFFFFFFFFL) throw Errors.overflowError("regular expression code size limit exceeded");
            words[i] = (int) v.value;
        }

        int isbytes;
        if (pattern == PyNone.NONE) {
            isbytes = -1;
        } else if (pattern instanceof PyStr) {
            isbytes = 0;
        } else if (pattern instanceof PyBytes || pattern instanceof PyByteArray || pattern instanceof PyMemoryView) {
            isbytes = 1;
        } else {
            throw Errors.typeError("expected string or bytes-like object, got '%.200s'", pattern.type.name);
        }
        if (!SreValidator.valid(words, g)) throw Errors.raise(ExceptionTypes.RuntimeError, "invalid SRE code");
        return new PatternObject(pattern, f, words, (int) g, gi, ig, isbytes);
    }

    static RuntimeException readonly() {
        return Errors.attributeError("readonly attribute");
    }

    private static RuntimeException mustBe(String arg, String type, PyObject got) {
        return Errors.typeError("compile() argument '%s' must be %s, not %s", arg, type, got.type.name);
    }
}
