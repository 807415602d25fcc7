package dev.glassbox.objects;

import java.util.List;

/**
 * The methods of {@code str} (Objects/unicodeobject.c and Objects/clinic/unicodeobject.c.h),
 * with CPython 3.11's argument conventions and messages. Lengths and indices count code
 * points. The searching and splitting algorithms are in {@link StrSearch}, %-formatting in
 * {@link StrPercent}, {@code str.format} in {@link StrFormatter}, iteration in
 * {@link StrIterator}; character properties come through {@link StrChars}.
 */
final class PyStrMethods {
    private PyStrMethods() {}

    /** The longest text a Java String can hold, with a margin; longer results are MemoryError. */
    private static final long MAX_CHARS = Integer.MAX_VALUE - 16;

    private static PyStr self(PyObject o) {
        return (PyStr) o;
    }

    /** An argument that must be a str: "must be str, not int" (PyArg_Parse's "U"). */
    private static String strArg(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("must be str, not %s", o.type.name);
    }

    /** The result of a method that returns self unchanged: an exact str (a subclass is copied). */
    private static PyStr exact(PyStr s) {
        return s.type == PyStr.TYPE ? s : PyStr.of(s.value);
    }

    // ------------------------------------------------------------------ construction

    /** unicode_new: str(object='') or str(object, encoding, errors) (decoding needs bytes). */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    static PyObject __new__(PyObject typeArg, PyObject argsObj, PyObject kwargsObj) {
        PyType t = Abstract.checkTypeArg(typeArg, "str.__new__");
        if (!t.isSubtypeOf(PyStr.TYPE)) {
            throw Errors.typeError("str.__new__(%s): %s is not a subtype of str", t.name, t.name);
        }
        PyTuple args = (PyTuple) argsObj;
        PyDict kwargs = (PyDict) kwargsObj;
        String[] names = {"object", "encoding", "errors"};
        PyObject[] bound = new PyObject[3];
        int n = args.size();
        if (n + kwargs.size() > 3) {
            throw Errors.typeError("str() takes at most 3 arguments (%d given)", n + kwargs.size());
        }
        for (int i = 0; i < n; i++) bound[i] = args.get(i);
        for (int e = kwargs.nextEntry(0); e >= 0; e = kwargs.nextEntry(e + 1)) {
            String k = kwargs.keyAt(e).toString();
            int idx = k.equals("object") ? 0 : k.equals("encoding") ? 1 : k.equals("errors") ? 2 : -1;
            if (idx < 0) throw Errors.typeError("'%s' is an invalid keyword argument for str()", k);
            if (bound[idx] != null) {
                throw Errors.typeError("argument for str() given by name ('%s') and position (%d)", k, idx + 1);
            }
            bound[idx] = kwargs.valueAt(e);
        }
        for (int i = 1; i < 3; i++) {
            if (bound[i] != null && !(bound[i] instanceof PyStr)) {
                throw Errors.typeError("str() argument '%s' must be str, not %s", names[i], bound[i].type.name);
            }
        }
        PyStr result;
        PyObject x = bound[0];
        if (x == null) {
            result = PyStr.EMPTY;
        } else if (bound[1] == null && bound[2] == null) {
            result = Abstract.str(x);
        } else if (x instanceof PyStr) {
            throw Errors.typeError("decoding str is not supported");
        } else {
            byte[] data = BytesOps.buffer(x);
            if (data == null) throw Errors.typeError("decoding to str: need a bytes-like object, %s found", x.type.name);
            result = PyStr.of(Codecs.decode(data, data.length, bound[1] == null ? null : ((PyStr) bound[1]).value,
                    bound[2] == null ? null : ((PyStr) bound[2]).value));
        }
        if (t == PyStr.TYPE) return result;
        return new PyStr(t, result.value);
    }

    /** str.encode(encoding='utf-8', errors='strict'): through {@link Codecs}. */
    @Exposed.Method(sig = "($self, /, encoding='utf-8', errors='strict')",
            doc = "Encode the string using the codec registered for encoding.")
    static PyObject encode(PyObject self, PyObject encoding, PyObject errors) {
        String enc = BytesOps.strArg(encoding, "encode", "encoding", 1);
        String err = BytesOps.strArg(errors, "encode", "errors", 2);
        return PyBytes.wrap(Codecs.encode(self(self), enc, err));
    }

    @Exposed.Method(doc = StrDocs.D_REPR)
    static PyObject __repr__(PyObject self) {
        return StrRepr.repr(self(self));
    }

    @Exposed.Method(doc = StrDocs.D_STR)
    static PyObject __str__(PyObject self) {
        return exact(self(self));
    }

    @Exposed.Method(doc = StrDocs.D_HASH)
    static long __hash__(PyObject self) {
        return self(self).hash();
    }

    @Exposed.Method
    static PyObject __getnewargs__(PyObject self) {
        return PyTuple.of(PyStr.of(self(self).value));
    }

    @Exposed.Method(doc = StrDocs.D_SIZEOF)
    static long __sizeof__(PyObject self) {
        return self.basicSize();
    }

    // ------------------------------------------------------------------ comparisons

    private static PyObject compare(PyObject a, PyObject b, int op) {
        if (!(b instanceof PyStr bs)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyStr as = self(a);
        if (op == Abstract.EQ) return PyBool.of(as.value.equals(bs.value));
        if (op == Abstract.NE) return PyBool.of(!as.value.equals(bs.value));
        int c = PyStr.compareCodePoints(as.value, bs.value);
        return PyBool.of(switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        });
    }

    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_EQ)
    static PyObject __eq__(PyObject s, PyObject o) { return compare(s, o, Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_NE)
    static PyObject __ne__(PyObject s, PyObject o) { return compare(s, o, Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_LT)
    static PyObject __lt__(PyObject s, PyObject o) { return compare(s, o, Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_LE)
    static PyObject __le__(PyObject s, PyObject o) { return compare(s, o, Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_GT)
    static PyObject __gt__(PyObject s, PyObject o) { return compare(s, o, Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_GE)
    static PyObject __ge__(PyObject s, PyObject o) { return compare(s, o, Abstract.GE); }

    // ------------------------------------------------------------------ sequence protocol

    @Exposed.Method(doc = StrDocs.D_LEN)
    static int __len__(PyObject self) {
        return self(self).length();
    }

    /** unicode_subscript: an index (negative counts from the end) or a slice. */
    @Exposed.Method(sig = "($self, key, /)", doc = StrDocs.D_GETITEM)
    static PyObject __getitem__(PyObject self, PyObject key) {
        PyStr s = self(self);
        int len = s.length();
        if (key instanceof PySlice sl) {
            long[] sss = sl.unpack();
            int n = PySlice.adjustIndices(len, sss);
            int start = (int) sss[0];
            long step = sss[2];
            if (n <= 0) return PyStr.EMPTY;
            if (step == 1) return start == 0 && n == len ? exact(s) : s.substring(start, start + n);
            int[] out = new int[n];
            long at = start;
            for (int i = 0; i < n; i++, at += step) out[i] = s.codePointAt((int) at);
            return PyStr.of(new String(out, 0, n));
        }
        if (!(key instanceof PyInt) && key.type.special(SpecialMethod.__index__) == null) {
            throw Errors.typeError("string indices must be integers, not '%s'", key.type.qualname);
        }
        PyInt ix = Abstract.index(key);
        if (ix.isBig()) throw Errors.indexError("cannot fit '%s' into an index-sized integer", key.type.qualname);
        long i = ix.value;
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw Errors.indexError("string index out of range");
        return PyStr.ofCodePoint(s.codePointAt((int) i));
    }

    @Exposed.Method(sig = "($self, key, /)", doc = StrDocs.D_CONTAINS)
    static boolean __contains__(PyObject self, PyObject key) {
        if (!(key instanceof PyStr k)) {
            throw Errors.typeError("'in <string>' requires string as left operand, not %s", key.type.qualname);
        }
        return self(self).value.contains(k.value);
    }

    /**
     * str + str. A non-str right operand gives NotImplemented when its (Python) class may take
     * over with __radd__, else CPython's concatenation error (CPython reaches the same outcome
     * through nb_add failing on both sides before sq_concat).
     */
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_ADD)
    static PyObject __add__(PyObject self, PyObject other) {
        if (other instanceof PyStr o) {
            PyStr s = self(self);
            if (o.value.isEmpty()) return exact(s);
            if (s.value.isEmpty()) return exact(o);
            return PyStr.of(s.value.concat(o.value));
        }
        if (other.type.isHeapType() && other.type.special(SpecialMethod.__radd__) != null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        throw Errors.typeError("can only concatenate str (not \"%s\") to str", other.type.qualname);
    }

    /** sequence repeat: str * n (n by __index__; n <= 0 gives ''). */
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_MUL)
    static PyObject __mul__(PyObject self, PyObject n) {
        if (!(n instanceof PyInt) && n.type.special(SpecialMethod.__index__) == null) {
            if (n.type.isHeapType() && n.type.special(SpecialMethod.__rmul__) != null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            throw Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type.qualname);
        }
        PyInt count = Abstract.index(n);
        if (count.isBig()) {
            if (count.signum() < 0) return PyStr.EMPTY;
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        PyStr s = self(self);
        long k = count.value;
        if (k <= 0 || s.value.isEmpty()) return PyStr.EMPTY;
        if (k == 1) return exact(s);
        if (s.length() > Long.MAX_VALUE / k) throw Errors.overflowError("repeated string is too long");
        // Past what a Java string holds: CPython would fail to allocate.
        if ((long) s.value.length() * k > MAX_CHARS) throw Errors.memoryError();
        return PyStr.of(s.value.repeat((int) k));
    }

    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_RMUL)
    static PyObject __rmul__(PyObject self, PyObject n) {
        return __mul__(self, n);
    }

    /** printf-style formatting: format % values. */
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_MOD)
    static PyObject __mod__(PyObject self, PyObject values) {
        return PyStr.of(StrPercent.format(self(self).value, values));
    }

    /** value % self, reached when value is a str whose type did not handle it first. */
    @Exposed.Method(sig = "($self, value, /)", doc = StrDocs.D_RMOD)
    static PyObject __rmod__(PyObject self, PyObject value) {
        if (!(value instanceof PyStr v)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyStr.of(StrPercent.format(v.value, self));
    }

    @Exposed.Method(doc = StrDocs.D_ITER)
    static PyObject __iter__(PyObject self) {
        return StrIterator.of(self(self));
    }

    /** format(s, spec): fill, alignment, width and precision (Python/formatter_unicode.c). */
    @Exposed.Method(sig = "($self, format_spec, /)", doc = StrDocs.D_FORMAT)
    static PyObject __format__(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr)) {
            throw Errors.typeError("__format__() argument must be str, not %s", spec.type.name);
        }
        String sp = ((PyStr) spec).value;
        PyStr s = self(self);
        if (sp.isEmpty()) return exact(s);
        return PyStr.of(StrNumbers.formatStr(s.value, sp));
    }

    // ------------------------------------------------------------------ case

    @Exposed.Method(doc = StrDocs.LOWER)
    static PyObject lower(PyObject self) { return PyStr.of(StrChars.lower(self(self).value)); }
    @Exposed.Method(doc = StrDocs.UPPER)
    static PyObject upper(PyObject self) { return PyStr.of(StrChars.upper(self(self).value)); }
    @Exposed.Method(doc = StrDocs.CASEFOLD)
    static PyObject casefold(PyObject self) { return PyStr.of(StrChars.casefold(self(self).value)); }
    @Exposed.Method(doc = StrDocs.TITLE)
    static PyObject title(PyObject self) { return PyStr.of(StrChars.title(self(self).value)); }
    @Exposed.Method(doc = StrDocs.CAPITALIZE)
    static PyObject capitalize(PyObject self) { return PyStr.of(StrChars.capitalize(self(self).value)); }
    @Exposed.Method(doc = StrDocs.SWAPCASE)
    static PyObject swapcase(PyObject self) { return PyStr.of(StrChars.swapcase(self(self).value)); }

    // ------------------------------------------------------------------ predicates

    @Exposed.Method(doc = StrDocs.ISALNUM)
    static boolean isalnum(PyObject self) { return StrChars.isAlnum(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISALPHA)
    static boolean isalpha(PyObject self) { return StrChars.isAlpha(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISASCII)
    static boolean isascii(PyObject self) { return self(self).isAscii(); }
    @Exposed.Method(doc = StrDocs.ISDECIMAL)
    static boolean isdecimal(PyObject self) { return StrChars.isDecimal(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISDIGIT)
    static boolean isdigit(PyObject self) { return StrChars.isDigit(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISIDENTIFIER)
    static boolean isidentifier(PyObject self) { return StrChars.isIdentifier(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISLOWER)
    static boolean islower(PyObject self) { return StrChars.isLower(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISNUMERIC)
    static boolean isnumeric(PyObject self) { return StrChars.isNumeric(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISPRINTABLE)
    static boolean isprintable(PyObject self) { return StrChars.isPrintableString(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISSPACE)
    static boolean isspace(PyObject self) { return StrChars.isSpaceString(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISTITLE)
    static boolean istitle(PyObject self) { return StrChars.isTitle(self(self).value); }
    @Exposed.Method(doc = StrDocs.ISUPPER)
    static boolean isupper(PyObject self) { return StrChars.isUpper(self(self).value); }

    // ------------------------------------------------------------------ padding

    /** convert_uc: the fill character argument of center/ljust/rjust. */
    private static int fillChar(PyObject f) {
        if (f == null) return ' ';
        if (!(f instanceof PyStr s)) {
            throw Errors.typeError("The fill character must be a unicode character, not %s", f.type.name);
        }
        if (s.length() != 1) throw Errors.typeError("The fill character must be exactly one character long");
        return s.codePointAt(0);
    }

    private static PyObject pad(PyStr s, long left, long right, int fill) {
        if (left < 0) left = 0;
        if (right < 0) right = 0;
        if (left == 0 && right == 0) return exact(s);
        String f = new String(Character.toChars(fill));
        if ((left + right) * f.length() + s.value.length() > MAX_CHARS) throw Errors.memoryError();
        return PyStr.of(f.repeat((int) left) + s.value + f.repeat((int) right));
    }

    @Exposed.Method(sig = "($self, width, fillchar=' ', /)", doc = StrDocs.CENTER)
    static PyObject center(PyObject self, long width, PyObject fillchar) {
        PyStr s = self(self);
        int fill = fillChar(fillchar);
        long len = s.length();
        if (len >= width) return exact(s);
        long marg = width - len;
        // CPython's rounding: the extra column goes left when both marg and width are odd.
        long left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }

    @Exposed.Method(sig = "($self, width, fillchar=' ', /)", doc = StrDocs.LJUST)
    static PyObject ljust(PyObject self, long width, PyObject fillchar) {
        PyStr s = self(self);
        int fill = fillChar(fillchar);
        if (s.length() >= width) return exact(s);
        return pad(s, 0, width - s.length(), fill);
    }

    @Exposed.Method(sig = "($self, width, fillchar=' ', /)", doc = StrDocs.RJUST)
    static PyObject rjust(PyObject self, long width, PyObject fillchar) {
        PyStr s = self(self);
        int fill = fillChar(fillchar);
        if (s.length() >= width) return exact(s);
        return pad(s, width - s.length(), 0, fill);
    }

    /** zfill: zeros on the left, after a leading sign. */
    @Exposed.Method(sig = "($self, width, /)", doc = StrDocs.ZFILL)
    static PyObject zfill(PyObject self, long width) {
        PyStr s = self(self);
        long len = s.length();
        if (len >= width) return exact(s);
        String v = s.value;
        if (width > MAX_CHARS) throw Errors.memoryError();
        String zeros = "0".repeat((int) (width - len));
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            return PyStr.of(v.charAt(0) + zeros + v.substring(1));
        }
        return PyStr.of(zeros + v);
    }

    @Exposed.Method(sig = "($self, /, tabsize=8)", doc = StrDocs.EXPANDTABS)
    static PyObject expandtabs(PyObject self, int tabsize) {
        String v = self(self).value;
        if (v.indexOf('\t') < 0) return exact(self(self));
        StringBuilder b = new StringBuilder(v.length() + 16);
        long column = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (column % tabsize);
                    column += incr;
                    if (b.length() + incr > MAX_CHARS) throw Errors.memoryError();
                    for (long k = 0; k < incr; k++) b.append(' ');
                }
            } else {
                column++;
                b.appendCodePoint(cp);
                if (cp == '\n' || cp == '\r') column = 0;
            }
        }
        return PyStr.of(b.toString());
    }

    // ------------------------------------------------------------------ strip

    private static PyObject strip(PyObject self, PyObject chars, int which, String name) {
        String set;
        if (chars == null || chars == PyNone.NONE) set = null;
        else if (chars instanceof PyStr c) set = c.value;
        else throw Errors.typeError("%s arg must be None or str", name);
        PyStr s = self(self);
        String r = StrSearch.strip(s.value, set, which);
        return r == s.value ? exact(s) : PyStr.of(r);
    }

    @Exposed.Method(sig = "($self, chars=None, /)", doc = StrDocs.STRIP)
    static PyObject strip(PyObject self, PyObject chars) { return strip(self, chars, 3, "strip"); }

    @Exposed.Method(sig = "($self, chars=None, /)", doc = StrDocs.LSTRIP)
    static PyObject lstrip(PyObject self, PyObject chars) { return strip(self, chars, 1, "lstrip"); }

    @Exposed.Method(sig = "($self, chars=None, /)", doc = StrDocs.RSTRIP)
    static PyObject rstrip(PyObject self, PyObject chars) { return strip(self, chars, 2, "rstrip"); }

    @Exposed.Method(sig = "($self, prefix, /)", doc = StrDocs.REMOVEPREFIX)
    static PyObject removeprefix(PyObject self, PyObject prefix) {
        if (!(prefix instanceof PyStr p)) {
            throw Errors.typeError("removeprefix() argument must be str, not %s", prefix.type.name);
        }
        PyStr s = self(self);
        if (!p.value.isEmpty() && s.value.startsWith(p.value)) return PyStr.of(s.value.substring(p.value.length()));
        return exact(s);
    }

    @Exposed.Method(sig = "($self, suffix, /)", doc = StrDocs.REMOVESUFFIX)
    static PyObject removesuffix(PyObject self, PyObject suffix) {
        if (!(suffix instanceof PyStr p)) {
            throw Errors.typeError("removesuffix() argument must be str, not %s", suffix.type.name);
        }
        PyStr s = self(self);
        if (!p.value.isEmpty() && s.value.endsWith(p.value)) {
            return PyStr.of(s.value.substring(0, s.value.length() - p.value.length()));
        }
        return exact(s);
    }

    // ------------------------------------------------------------------ searching

    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS, doc = StrDocs.FIND)
    static long find(PyObject self, PyObject sub, PyObject start, PyObject end) {
        return StrSearch.find(self(self), strArg(sub), start, end, false);
    }

    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS, doc = StrDocs.RFIND)
    static long rfind(PyObject self, PyObject sub, PyObject start, PyObject end) {
        return StrSearch.find(self(self), strArg(sub), start, end, true);
    }

    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS, doc = StrDocs.INDEX)
    static long index(PyObject self, PyObject sub, PyObject start, PyObject end) {
        long r = StrSearch.find(self(self), strArg(sub), start, end, false);
        if (r < 0) throw Errors.valueError("substring not found");
        return r;
    }

    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS, doc = StrDocs.RINDEX)
    static long rindex(PyObject self, PyObject sub, PyObject start, PyObject end) {
        long r = StrSearch.find(self(self), strArg(sub), start, end, true);
        if (r < 0) throw Errors.valueError("substring not found");
        return r;
    }

    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS, doc = StrDocs.COUNT)
    static long count(PyObject self, PyObject sub, PyObject start, PyObject end) {
        return StrSearch.count(self(self), strArg(sub), start, end);
    }

    private static boolean tailMatch(PyObject self, PyObject what, PyObject start, PyObject end, boolean atEnd) {
        String name = atEnd ? "endswith" : "startswith";
        PyStr s = self(self);
        if (what instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                PyObject o = t.get(i);
                if (!(o instanceof PyStr p)) {
                    throw Errors.typeError("tuple for %s must only contain str, not %s", name, o.type.name);
                }
                if (StrSearch.tailMatch(s, p.value, start, end, atEnd)) return true;
            }
            return false;
        }
        if (!(what instanceof PyStr p)) {
            throw Errors.typeError("%s first arg must be str or a tuple of str, not %s", name, what.type.name);
        }
        return StrSearch.tailMatch(s, p.value, start, end, atEnd);
    }

    @Exposed.Method(sig = "($self, prefix, start=None, end=None, /)", conv = Exposed.Convention.VARARGS, doc = StrDocs.STARTSWITH)
    static boolean startswith(PyObject self, PyObject prefix, PyObject start, PyObject end) {
        return tailMatch(self, prefix, start, end, false);
    }

    @Exposed.Method(sig = "($self, suffix, start=None, end=None, /)", conv = Exposed.Convention.VARARGS, doc = StrDocs.ENDSWITH)
    static boolean endswith(PyObject self, PyObject suffix, PyObject start, PyObject end) {
        return tailMatch(self, suffix, start, end, true);
    }

    @Exposed.Method(sig = "($self, old, new, count=-1, /)", doc = StrDocs.REPLACE)
    static PyObject replace(PyObject self, PyObject old, PyObject repl, long count) {
        if (!(old instanceof PyStr o)) throw Errors.typeError("replace() argument 1 must be str, not %s", old.type.name);
        if (!(repl instanceof PyStr r)) throw Errors.typeError("replace() argument 2 must be str, not %s", repl.type.name);
        PyStr s = self(self);
        String out = StrSearch.replace(s.value, o.value, r.value, count);
        return out == s.value ? exact(s) : PyStr.of(out);
    }

    // ------------------------------------------------------------------ partition and split

    private static String separator(PyObject sep) {
        String v = strArg(sep);
        if (v.isEmpty()) throw Errors.valueError("empty separator");
        return v;
    }

    @Exposed.Method(sig = "($self, sep, /)", doc = StrDocs.PARTITION)
    static PyObject partition(PyObject self, PyObject sep) {
        String sp = separator(sep);
        PyStr s = self(self);
        int i = s.value.indexOf(sp);
        if (i < 0) return PyTuple.of(exact(s), PyStr.EMPTY, PyStr.EMPTY);
        return PyTuple.of(PyStr.of(s.value.substring(0, i)), sep.type == PyStr.TYPE ? sep : PyStr.of(sp),
                PyStr.of(s.value.substring(i + sp.length())));
    }

    @Exposed.Method(sig = "($self, sep, /)", doc = StrDocs.RPARTITION)
    static PyObject rpartition(PyObject self, PyObject sep) {
        String sp = separator(sep);
        PyStr s = self(self);
        int i = s.value.lastIndexOf(sp);
        if (i < 0) return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, exact(s));
        return PyTuple.of(PyStr.of(s.value.substring(0, i)), sep.type == PyStr.TYPE ? sep : PyStr.of(sp),
                PyStr.of(s.value.substring(i + sp.length())));
    }

    private static PyObject list(List<PyObject> items) {
        return PyList.wrap(items.toArray(new PyObject[0]), items.size());
    }

    private static PyObject split(PyObject self, PyObject sep, long maxsplit, boolean right) {
        String v = self(self).value;
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        if (sep == null || sep == PyNone.NONE) {
            return list(right ? StrSearch.rsplitWhitespace(v, maxsplit) : StrSearch.splitWhitespace(v, maxsplit));
        }
        if (!(sep instanceof PyStr)) throw Errors.typeError("must be str or None, not %s", sep.type.name);
        String sp = separator(sep);
        return list(right ? StrSearch.rsplit(v, sp, maxsplit) : StrSearch.split(v, sp, maxsplit));
    }

    @Exposed.Method(sig = "($self, /, sep=None, maxsplit=-1)", doc = StrDocs.SPLIT)
    static PyObject split(PyObject self, PyObject sep, long maxsplit) {
        return split(self, sep, maxsplit, false);
    }

    @Exposed.Method(sig = "($self, /, sep=None, maxsplit=-1)", doc = StrDocs.RSPLIT)
    static PyObject rsplit(PyObject self, PyObject sep, long maxsplit) {
        return split(self, sep, maxsplit, true);
    }

    @Exposed.Method(sig = "($self, /, keepends=False)", doc = StrDocs.SPLITLINES)
    static PyObject splitlines(PyObject self, int keepends) {
        return list(StrSearch.splitLines(self(self).value, keepends != 0));
    }

    /** sep.join(iterable): every item must be a str. */
    @Exposed.Method(sig = "($self, iterable, /)", doc = StrDocs.JOIN)
    static PyObject join(PyObject self, PyObject iterable) {
        PyObject[] items;
        if (iterable instanceof PyList l) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.array();
        } else {
            PyObject it = Abstract.getIterOrNull(iterable);
            if (it == null) throw Errors.typeError("can only join an iterable");
            items = Abstract.toArray(it);
        }
        if (items.length == 1 && items[0].type == PyStr.TYPE) return items[0];
        String sep = self(self).value;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr p)) {
                throw Errors.typeError("sequence item %d: expected str instance, %s found", i, items[i].type.name);
            }
            if (i > 0) b.append(sep);
            b.append(p.value);
        }
        return PyStr.of(b.toString());
    }

    // ------------------------------------------------------------------ translate

    /** translate: each character looked up in table; LookupError keeps it, None deletes it. */
    @Exposed.Method(sig = "($self, table, /)", doc = StrDocs.TRANSLATE)
    static PyObject translate(PyObject self, PyObject table) {
        PyStr s = self(self);
        String v = s.value;
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.LookupError)) throw e;
                b.appendCodePoint(cp);
                continue;
            }
            if (r == PyNone.NONE) continue;
            if (r instanceof PyInt ri) {
                if (ri.isBig() || ri.value < 0 || ri.value > 0x10FFFF) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                b.appendCodePoint((int) ri.value);
            } else if (r instanceof PyStr rs) {
                b.append(rs.value);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(b.toString());
    }

    /** str.maketrans(x[, y[, z]]): a dict from code points to code points, strs or None. */
    @Exposed.StaticMethod(sig = "(x, y=<unrepresentable>, z=<unrepresentable>, /)", doc = StrDocs.MAKETRANS)
    static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        int n = z != null ? 3 : y != null ? 2 : 1;
        PyObject[] given = {x, y, z};
        PyDict out = new PyDict();
        if (n == 1) {
            if (!(x instanceof PyDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                PyObject k = d.keyAt(e);
                PyObject val = d.valueAt(e);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    out.setItem(PyInt.of(ks.codePointAt(0)), val);
                } else if (k instanceof PyInt) {
                    out.setItem(k, val);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        // Clinic checks y and z first; x is checked by the implementation.
        for (int i = 1; i < n; i++) {
            if (!(given[i] instanceof PyStr)) {
                throw Errors.typeError("maketrans() argument %d must be str, not %s", i + 1, given[i].type.name);
            }
        }
        if (!(x instanceof PyStr)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        PyStr from = (PyStr) x, to = (PyStr) y;
        if (from.length() != to.length()) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length(); i++) {
            out.setItem(PyInt.of(from.codePointAt(i)), PyInt.of(to.codePointAt(i)));
        }
        if (n == 3) {
            PyStr zs = (PyStr) z;
            for (int i = 0; i < zs.length(); i++) out.setItem(PyInt.of(zs.codePointAt(i)), PyNone.NONE);
        }
        return out;
    }

    // ------------------------------------------------------------------ str.format

    @Exposed.Method(sig = "($self, /, *args, **kwargs)", doc = StrDocs.FORMAT)
    static PyObject format(PyObject self, PyObject args, PyObject kwargs) {
        return PyStr.of(StrFormatter.format(self(self).value, (PyTuple) args, (PyDict) kwargs));
    }

    @Exposed.Method(sig = "($self, mapping, /)", doc = StrDocs.FORMAT_MAP)
    static PyObject format_map(PyObject self, PyObject mapping) {
        return PyStr.of(StrFormatter.format(self(self).value, null, mapping));
    }
}
