package dev.glassbox.modules.sre;

import static dev.glassbox.modules.sre.SreConstants.*;

import dev.glassbox.imports.Importer;
import dev.glassbox.memory.Heap;
import dev.glassbox.modules.BuiltinsModule;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.GenericAlias;
import dev.glassbox.objects.Hashing;
import dev.glassbox.objects.MappingProxy;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyCallable;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyMemoryView;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyNotImplemented;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

/**
 * {@code re.Pattern} (PatternObject of Modules/_sre/sre.c): SRE code compiled by re._compiler,
 * with the pattern source, flags and group tables; the methods run {@link SreMatcher}.
 */
@Exposed.Type(name = "Pattern", module = "re", baseType = false, gc = true, basicSize = 96, itemSize = 4,
        doc = "Compiled regular expression object.")
public final class PatternObject extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PatternObject.class);

    static {
        TYPE.weakrefable = true;
    }

    PyObject pattern;
    final int flags;
    final int groups;
    /** The group name → number dict, or null when the pattern has no named group. */
    PyDict groupindex;
    /** The number → name tuple, or null. */
    PyTuple indexgroup;
    final int[] code;
    /** Bitmaps of the sets' members below 256, by the code position of the set, made on first use. */
    final long[][] latin1Sets;
    /** 1 for a bytes pattern, 0 for str, -1 when the source is None. */
    final int isbytes;

    PatternObject(PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup, int isbytes) {
        super(TYPE);
        this.pattern = pattern;
        Heap.incref(pattern);
        this.flags = flags;
        this.code = code;
        this.latin1Sets = new long[code.length][];
        this.groups = groups;
        this.isbytes = isbytes;
        if (groupindex.size() > 0) {
            this.groupindex = groupindex;
            Heap.incref(groupindex);
            if (indexgroup.size() > 0) {
                this.indexgroup = indexgroup;
                Heap.incref(indexgroup);
            }
        }
    }

    @Override
    public long basicSize() {
        return 96 + 4L * code.length;
    }

    @Override
    public void traverse(Visitor v) {
        if (groupindex != null) v.visit(groupindex);
        if (indexgroup != null) v.visit(indexgroup);
        if (pattern != null) v.visit(pattern);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject a = groupindex, b = indexgroup, c = pattern;
        groupindex = null;
        indexgroup = null;
        pattern = null;
        r.release(a);
        r.release(b);
        r.release(c);
        super.release(r);
    }

    // ------------------------------------------------------------------ attributes

    @Exposed.Getter(name = "pattern", doc = "The pattern string from which the RE object was compiled.")
    public PyObject getPattern() {
        return pattern == null ? PyNone.NONE : pattern;
    }

    @Exposed.Getter(name = "flags", doc = "The regex matching flags.")
    public PyObject getFlags() {
        return PyInt.of(flags);
    }

    @Exposed.Getter(name = "groups", doc = "The number of capturing groups in the pattern.")
    public PyObject getGroups() {
        return PyInt.of(groups);
    }

    @Exposed.Getter(name = "groupindex", doc = "A dictionary mapping group names to group numbers.")
    public PyObject getGroupindex() {
        if (groupindex == null) return new PyDict();
        return new MappingProxy(groupindex);
    }


    // T_OBJECT/T_INT READONLY members in CPython: assignment and deletion say "readonly attribute"
    @Exposed.Setter(name = "pattern") public void setPattern(PyObject v) { throw SreModule.readonly(); }
    @Exposed.Setter(name = "flags") public void setFlags(PyObject v) { throw SreModule.readonly(); }
    @Exposed.Setter(name = "groups") public void setGroups(PyObject v) { throw SreModule.readonly(); }

    // ------------------------------------------------------------------ matching

    private static final String POS_SIG = "($self, /, string, pos=0, endpos=sys.maxsize)";

    /** pattern_new_match: a Match of the state after a successful run, or None. */
    PyObject newMatch(SreState state, int status) {
        if (status == 0) return PyNone.NONE;
        return new MatchObject(this, state);
    }

    @Exposed.Method(sig = POS_SIG, doc = "Matches zero or more characters at the beginning of the string.")
    public PyObject match(PyObject string, long pos, long endpos) {
        SreMatcher state = new SreMatcher(this, string, pos, endpos);
        try {
            state.ptr = state.start;
            return newMatch(state, state.runMatch());
        } finally {
            state.fini();
        }
    }

    @Exposed.Method(sig = POS_SIG, doc = "Matches against all of the string.")
    public PyObject fullmatch(PyObject string, long pos, long endpos) {
        SreMatcher state = new SreMatcher(this, string, pos, endpos);
        try {
            state.ptr = state.start;
            state.matchAll = true;
            return newMatch(state, state.runMatch());
        } finally {
            state.fini();
        }
    }

    @Exposed.Method(sig = POS_SIG, doc = "Scan through string looking for a match, and return a corresponding match object instance.\n\n"
            + "Return None if no position in the string matches.")
    public PyObject search(PyObject string, long pos, long endpos) {
        SreMatcher state = new SreMatcher(this, string, pos, endpos);
        try {
            return newMatch(state, state.runSearch());
        } finally {
            state.fini();
        }
    }

    @Exposed.Method(sig = POS_SIG, doc = "Return a list of all non-overlapping matches of pattern in string.")
    public PyObject findall(PyObject string, long pos, long endpos) {
        SreMatcher state = new SreMatcher(this, string, pos, endpos);
        try {
            return findall(state);
        } finally {
            state.fini();
        }
    }

    private PyObject findall(SreMatcher state) {
        PyList list = new PyList();
        while (state.start <= state.end) {
            state.reset();
            state.ptr = state.start;
            if (state.runSearch() == 0) break;
            PyObject item;
            switch (groups) {
                case 0:
                    item = slice(state, state.start, state.ptr);
                    break;
                case 1:
                    item = groupSlice(state, 1, true);
                    break;
                default: {
                    PyObject[] items = new PyObject[groups];
                    for (int i = 0; i < groups; i++) items[i] = groupSlice(state, i + 1, true);
                    item = PyTuple.of(items);
                }
            }
            list.append(item);
            state.mustAdvance = state.ptr == state.start;
            state.start = state.ptr;
        }
        return list;
    }

    @Exposed.Method(sig = POS_SIG, doc = "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
            + "For each match, the iterator returns a match object.")
    public PyObject finditer(PyObject string, long pos, long endpos) {
        ScannerObject scanner = new ScannerObject(this, string, pos, endpos);
        Heap.incref(scanner);
        try {
            PyObject search = Abstract.getAttr(scanner, "search");
            return BuiltinsModule.iter(search, PyNone.NONE);
        } finally {
            Heap.decref(scanner);
        }
    }

    @Exposed.Method(sig = POS_SIG)
    public PyObject scanner(PyObject string, long pos, long endpos) {
        return new ScannerObject(this, string, pos, endpos);
    }

    @Exposed.Method(sig = "($self, /, string, maxsplit=0)", doc = "Split string by the occurrences of pattern.")
    public PyObject split(PyObject string, long maxsplit) {
        SreMatcher state = new SreMatcher(this, string, 0, Long.MAX_VALUE);
        try {
            return split(state, maxsplit);
        } finally {
            state.fini();
        }
    }

    private PyObject split(SreMatcher state, long maxsplit) {
        PyList list = new PyList();
        long n = 0;
        int last = state.start;
        while (maxsplit == 0 || n < maxsplit) {
            state.reset();
            state.ptr = state.start;
            if (state.runSearch() == 0) break;
            // the segment before this match, then the groups
            list.append(slice(state, last, state.start));
            for (int i = 0; i < groups; i++) list.append(groupSlice(state, i + 1, false));
            n++;
            state.mustAdvance = state.ptr == state.start;
            last = state.start = state.ptr;
        }
        list.append(slice(state, last, state.endpos));
        return list;
    }

    @Exposed.Method(sig = "($self, /, repl, string, count=0)",
            doc = "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.")
    public PyObject sub(PyObject repl, PyObject string, long count) {
        return subx(repl, string, count, false);
    }

    @Exposed.Method(sig = "($self, /, repl, string, count=0)",
            doc = "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.")
    public PyObject subn(PyObject repl, PyObject string, long count) {
        return subx(repl, string, count, true);
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyCallable || o.type.special(SpecialMethod.__call__) != null;
    }

    /** pattern_subx: a callable filter, a literal (no backslash) or a template compiled by re._subx. */
    private PyObject subx(PyObject ptemplate, PyObject string, long count, boolean subn) {
        PyObject filter;
        boolean filterIsCallable;
        if (isCallable(ptemplate)) {
            filter = ptemplate;
            filterIsCallable = true;
        } else {
            boolean literal;
            if (ptemplate instanceof PyStr s) {
                literal = s.value.indexOf('\\') < 0;
            } else if (ptemplate instanceof PyBytes || ptemplate instanceof PyByteArray || ptemplate instanceof PyMemoryView) {
                literal = true;
                for (byte b : BytesOps.bytesOf(ptemplate)) if (b == '\\') { literal = false; break; }
            } else {
                literal = false;
            }
            if (literal) {
                filter = ptemplate;
                filterIsCallable = false;
            } else {
                // not a literal: hand it over to the template compiler
                PyObject re = Importer.importFull("re");
                filter = Abstract.call(Abstract.getAttr(re, "_subx"), this, ptemplate);
                filterIsCallable = isCallable(filter);
            }
        }
        Heap.incref(filter);
        SreMatcher state = null;
        try {
            state = new SreMatcher(this, string, 0, Long.MAX_VALUE);
            PyList list = new PyList();
            long n = 0;
            int i = 0;
            while (count == 0 || n < count) {
                state.reset();
                state.ptr = state.start;
                if (state.runSearch() == 0) break;
                int b = state.start, e = state.ptr;
                if (i < b) list.append(slice(state, i, b));
                PyObject item;
                if (filterIsCallable) {
                    PyObject match = newMatch(state, 1);
                    Heap.incref(match);
                    try {
                        item = Abstract.call(filter, match);
                    } finally {
                        Heap.decref(match);
                    }
                } else {
                    item = filter;
                }
                if (item != PyNone.NONE) list.append(item);
                i = e;
                n++;
                state.mustAdvance = state.ptr == state.start;
                state.start = state.ptr;
            }
            if (i < state.endpos) list.append(slice(state, i, state.endpos));
            PyObject joiner = slice(state, 0, 0);
            PyObject item;
            if (list.size() == 0) {
                item = joiner;
            } else {
                Heap.incref(list);
                try {
                    item = Abstract.callMethod(joiner, "join", list);
                } finally {
                    Heap.decref(list);
                }
            }
            if (subn) return PyTuple.of(item, PyInt.of(n));
            return item;
        } finally {
            if (state != null) state.fini();
            Heap.decref(filter);
        }
    }

    // ------------------------------------------------------------------ slices

    /** getslice: the subject's [i, j) as str or bytes (a bytes subject whole is itself). */
    static PyObject getslice(boolean isBytes, PyObject string, int i, int j) {
        if (isBytes) {
            if (string.type == PyBytes.TYPE && i == 0) {
                byte[] all = BytesOps.bytesOf(string);
                if (j == all.length) return string;
                return PyBytes.wrap(java.util.Arrays.copyOfRange(all, i, j));
            }
            byte[] all = BytesOps.bytesOf(string);
            return PyBytes.wrap(java.util.Arrays.copyOfRange(all, i, j));
        }
        return ((PyStr) string).substring(i, j);
    }

    static PyObject slice(SreState state, int i, int j) {
        return getslice(state.isBytes, state.string, i, j);
    }

    /** state_getslice: group index's text from the marks, or None (an empty string when empty is set). */
    static PyObject groupSlice(SreState state, int index, boolean empty) {
        int k = (index - 1) * 2;
        int i, j;
        if (k >= state.lastmark || state.mark[k] < 0 || state.mark[k + 1] < 0) {
            if (!empty) return PyNone.NONE;
            i = j = 0;
        } else {
            i = state.mark[k];
            j = state.mark[k + 1];
            if (i > j) throw MatchObject.wrongSpan();
        }
        return slice(state, i, j);
    }

    // ------------------------------------------------------------------ object protocol

    @Exposed.Method
    public PyObject __copy__() {
        return this;
    }

    @Exposed.Method(sig = "($self, memo, /)")
    public PyObject __deepcopy__(PyObject memo) {
        return this;
    }

    @Exposed.ClassMethod(sig = "($type, item, /)", doc = "See PEP 585")
    public static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return GenericAlias.of(cls, item);
    }

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
            "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    @Exposed.Method
    public PyObject __repr__() {
        int f = flags;
        // re.UNICODE is implied for str patterns
        if (isbytes == 0 && (f & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) f &= ~FLAG_UNICODE;
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            int bit = 1 << i;
            if ((f & bit) != 0) {
                if (names.length() > 0) names.append('|');
                names.append(FLAG_NAMES[i]);
                f &= ~bit;
            }
        }
        if (f != 0) {
            if (names.length() > 0) names.append('|');
            names.append("0x").append(Integer.toHexString(f));
        }
        String text = truncate(Abstract.repr(getPattern()).value, 200);
        if (names.length() > 0) return PyStr.of("re.compile(" + text + ", " + names + ")");
        return PyStr.of("re.compile(" + text + ")");
    }

    /** The %.NR of PyUnicode_FromFormat: at most n code points. */
    static String truncate(String s, int n) {
        if (s.codePointCount(0, s.length()) <= n) return s;
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    private boolean sameAs(PatternObject o) {
        if (o == this) return true;
        if (flags != o.flags || isbytes != o.isbytes || !java.util.Arrays.equals(code, o.code)) return false;
        return Abstract.richCompareBool(getPattern(), o.getPattern(), Abstract.EQ);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PatternObject o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(sameAs(o));
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PatternObject o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(!sameAs(o));
    }

    @Exposed.Method
    public long __hash__() {
        long hash = Abstract.hash(getPattern());
        byte[] b = new byte[4 * code.length];
        for (int i = 0; i < code.length; i++) {
            int w = code[i];
            b[4 * i] = (byte) w;
            b[4 * i + 1] = (byte) (w >> 8);
            b[4 * i + 2] = (byte) (w >> 16);
            b[4 * i + 3] = (byte) (w >> 24);
        }
        hash ^= Hashing.hashBytes(b, b.length);
        hash ^= flags;
        hash ^= isbytes;
        hash ^= code.length;
        if (hash == -1) hash = -2;
        return hash;
    }
}
