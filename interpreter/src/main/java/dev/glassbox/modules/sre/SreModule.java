package dev.glassbox.modules.sre;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code _sre}, for now over java.util.regex: sre_bridge.py (beside this class) translates the
 * parse tree that CPython's re._parser makes into a Java regular expression, and builds
 * CPython's Pattern and Match objects over the two functions here. Patterns java.util.regex
 * cannot express (conditional groups) raise NotImplementedError. A matcher of SRE's own code
 * (Modules/_sre/sre_lib.h semantics, explicit backtracking stack) is the planned replacement.
 */
@Exposed.Module(name = "_sre")
public final class SreModule {
    private SreModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(SreModule.class);
        m.dict().setItem("MAGIC", PyInt.of(20220615));
        m.dict().setItem("CODESIZE", PyInt.of(4));
        m.dict().setItem("MAXREPEAT", PyInt.of(4294967295L));
        m.dict().setItem("MAXGROUPS", PyInt.of(2147483647L));
        dev.glassbox.modules.PythonModules.run(SreModule.class, "sre_bridge.py", m);
        return m;
    }

    /** A compiled java.util.regex pattern, opaque to Python. */
    @Exposed.Type(name = "_java_regex", module = "_sre", baseType = false)
    public static final class JavaRegex extends PyObject {
        public static final PyType TYPE = PyType.fromClass(JavaRegex.class);
        final Pattern pattern;

        JavaRegex(Pattern p) {
            super(TYPE);
            this.pattern = p;
        }
    }

    // Python's re flags.
    private static final int I = 2, M = 8, S = 16, A = 256;

    @Exposed.Function(name = "_java_compile", sig = "($module, regex, flags, is_bytes, /)")
    public static PyObject javaCompile(PyObject regex, PyObject flags, PyObject isBytes) {
        long f = Abstract.indexAsLong(flags);
        boolean bytes = Abstract.isTrue(isBytes);
        int jf = Pattern.UNIX_LINES;
        boolean unicode = !bytes && (f & A) == 0;
        if (unicode) jf |= Pattern.UNICODE_CHARACTER_CLASS;
        if ((f & I) != 0) jf |= Pattern.CASE_INSENSITIVE | (unicode ? Pattern.UNICODE_CASE : 0);
        if ((f & M) != 0) jf |= Pattern.MULTILINE;
        if ((f & S) != 0) jf |= Pattern.DOTALL;
        try {
            return new JavaRegex(Pattern.compile(((PyStr) regex).value, jf));
        } catch (PatternSyntaxException e) {
            throw Errors.raise(dev.glassbox.objects.ExceptionTypes.NotImplementedError,
                    "this regular expression is not supported by the runtime's matcher yet: %s", e.getDescription());
        }
    }

    /** The subject as Java text: str as is, bytes as latin-1 (one char per byte). */
    private static String text(PyObject s) {
        if (s instanceof PyStr str) return str.value;
        byte[] b = dev.glassbox.objects.BytesOps.bytesOf(s);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /**
     * One match attempt on {@code string[pos:endpos]} (as CPython, the text before pos is
     * visible to lookbehind, ^ does not match at pos, and the text ends at endpos). mode 0 =
     * match, 1 = search, 2 = fullmatch. Returns the spans (start, end per group, -1 if unset)
     * in code points, or None.
     */
    @Exposed.Function(name = "_java_match", sig = "($module, regex, string, pos, endpos, mode, /)")
    public static PyObject javaMatch(PyObject regex, PyObject string, PyObject pos, PyObject endpos, PyObject mode) {
        String s = text(string);
        boolean astral = string instanceof PyStr && s.length() != s.codePointCount(0, s.length());
        int n = astral ? s.codePointCount(0, s.length()) : s.length();
        long p = Abstract.indexAsLong(pos), e = Abstract.indexAsLong(endpos);
        if (p < 0) p = 0;
        if (e > n) e = n;
        if (e < p) return PyNone.NONE;
        int cp = astral ? s.offsetByCodePoints(0, (int) p) : (int) p;
        int ce = astral ? s.offsetByCodePoints(0, (int) e) : (int) e;
        String subject = ce < s.length() ? s.substring(0, ce) : s;
        Matcher m = ((JavaRegex) regex).pattern.matcher(subject);
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        m.region(cp, ce);
        boolean ok;
        try {
            int md = (int) Abstract.indexAsLong(mode);
            ok = md == 0 ? m.lookingAt() : md == 1 ? m.find() : m.matches();
            // matches() with anchoring bounds off still needs the whole region.
        } catch (StackOverflowError x) {
            throw Errors.recursionError("maximum recursion depth exceeded while matching");
        }
        if (!ok) return PyNone.NONE;
        int g = m.groupCount();
        PyObject[] spans = new PyObject[2 * (g + 1)];
        for (int i = 0; i <= g; i++) {
            int a = m.start(i), b = m.end(i);
            if (astral && a >= 0) {
                a = s.codePointCount(0, a);
                b = s.codePointCount(0, b);
            }
            spans[2 * i] = PyInt.of(a);
            spans[2 * i + 1] = PyInt.of(b);
        }
        return PyTuple.of(spans);
    }
}
