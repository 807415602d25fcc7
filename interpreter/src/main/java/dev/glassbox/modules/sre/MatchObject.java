package dev.glassbox.modules.sre;

import dev.glassbox.imports.Importer;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.GenericAlias;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

/**
 * {@code re.Match} (MatchObject of Modules/_sre/sre.c): the subject, the pattern, pos/endpos,
 * lastindex and the spans of the groups (-1, -1 for a group that did not take part).
 */
@Exposed.Type(name = "Match", module = "re", baseType = false, gc = true, basicSize = 88, itemSize = 8,
        doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.")
public final class MatchObject extends PyObject {
    public static final PyType TYPE = PyType.fromClass(MatchObject.class);

    PyObject string;
    PyObject regs;
    PatternObject pattern;
    final int pos, endpos;
    final int lastindex;
    /** groups + 1 (group 0 is the whole match). */
    final int groups;
    /** Start and end of each group. */
    final int[] mark;

    /** pattern_new_match for a successful state. */
    MatchObject(PatternObject pattern, SreState state) {
        super(TYPE);
        this.pattern = pattern;
        Heap.incref(pattern);
        this.string = state.string;
        Heap.incref(string);
        this.groups = pattern.groups + 1;
        this.mark = new int[2 * groups];
        mark[0] = state.start;
        mark[1] = state.ptr;
        for (int i = 0, j = 0; i < pattern.groups; i++, j += 2) {
            if (j + 1 <= state.lastmark && state.mark[j] >= 0 && state.mark[j + 1] >= 0) {
                mark[j + 2] = state.mark[j];
                mark[j + 3] = state.mark[j + 1];
                if (mark[j + 2] > mark[j + 3]) {
                    // (the match object is dropped by the heap: its references go when it is queued)
                    throw wrongSpan();
                }
            } else {
                mark[j + 2] = mark[j + 3] = -1;
            }
        }
        this.pos = state.pos;
        this.endpos = state.endpos;
        this.lastindex = state.lastindex;
    }

    static RuntimeException wrongSpan() {
        return Errors.systemError("The span of capturing group is wrong, please report a bug for the re module.");
    }

    @Override
    public long basicSize() {
        return 88 + 8L * mark.length;
    }

    @Override
    public void traverse(Visitor v) {
        if (string != null) v.visit(string);
        if (regs != null) v.visit(regs);
        if (pattern != null) v.visit(pattern);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject a = string, b = regs, c = pattern;
        string = null;
        regs = null;
        pattern = null;
        r.release(a);
        r.release(b);
        r.release(c);
        super.release(r);
    }

    // ------------------------------------------------------------------ groups

    /** match_getslice_by_index: group index's text, or def when it did not take part. */
    private PyObject sliceByIndex(int index, PyObject def) {
        int k = index * 2;
        if (string == PyNone.NONE || mark[k] < 0) return def;
        boolean isBytes = !(string instanceof PyStr);
        int length = isBytes ? BytesOps.bytesOf(string).length : ((PyStr) string).length();
        int i = Math.min(mark[k], length), j = Math.min(mark[k + 1], length);
        return PatternObject.getslice(isBytes, string, i, j);
    }

    /** match_getindex: a group number or name to its index, or IndexError. */
    private int getIndex(PyObject index) {
        if (index == null) return 0;
        long i;
        if (index instanceof PyInt || index.type.special(SpecialMethod.__index__) != null) {
            PyInt v = Abstract.index(index);
            i = v.isBig() ? (v.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : v.value;
        } else {
            i = -1;
            if (pattern.groupindex != null) {
                PyObject v = pattern.groupindex.getItem(index);
                if (v instanceof PyInt n) i = n.isBig() ? -1 : n.value;
            }
        }
        if (i < 0 || i >= groups) throw Errors.indexError("no such group");
        return (int) i;
    }

    private PyObject getslice(PyObject index, PyObject def) {
        return sliceByIndex(getIndex(index), def);
    }

    @Exposed.Method(sig = "($self, *args)", conv = Exposed.Convention.VARARGS,
            doc = "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.")
    public PyObject group(PyObject args) {
        PyTuple a = (PyTuple) args;
        switch (a.size()) {
            case 0:
                return sliceByIndex(0, PyNone.NONE);
            case 1:
                return getslice(a.get(0), PyNone.NONE);
            default: {
                PyObject[] out = new PyObject[a.size()];
                for (int i = 0; i < out.length; i++) out[i] = getslice(a.get(i), PyNone.NONE);
                return PyTuple.of(out);
            }
        }
    }

    @Exposed.Method(sig = "($self, key, /)")
    public PyObject __getitem__(PyObject name) {
        return getslice(name, PyNone.NONE);
    }

    @Exposed.Method(sig = "($self, /, default=None)",
            doc = "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.")
    public PyObject groups(PyObject dflt) {
        PyObject[] out = new PyObject[groups - 1];
        for (int i = 1; i < groups; i++) out[i - 1] = sliceByIndex(i, dflt);
        return PyTuple.of(out);
    }

    @Exposed.Method(sig = "($self, /, default=None)",
            doc = "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.")
    public PyObject groupdict(PyObject dflt) {
        PyDict result = new PyDict();
        PyDict gi = pattern.groupindex;
        if (gi == null) return result;
        for (int e = gi.nextEntry(0); e >= 0; e = gi.nextEntry(e + 1)) {
            PyObject key = gi.keyAt(e);
            result.setItem(key, getslice(key, dflt));
        }
        return result;
    }

    @Exposed.Method(sig = "($self, group=0, /)", doc = "Return index of the start of the substring matched by group.")
    public long start(PyObject group) {
        return mark[getIndex(group) * 2];
    }

    @Exposed.Method(sig = "($self, group=0, /)", doc = "Return index of the end of the substring matched by group.")
    public long end(PyObject group) {
        return mark[getIndex(group) * 2 + 1];
    }

    @Exposed.Method(sig = "($self, group=0, /)", doc = "For match object m, return the 2-tuple (m.start(group), m.end(group)).")
    public PyObject span(PyObject group) {
        int i = getIndex(group);
        return PyTuple.of(PyInt.of(mark[2 * i]), PyInt.of(mark[2 * i + 1]));
    }

    @Exposed.Method(sig = "($self, /, template)",
            doc = "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.")
    public PyObject expand(PyObject template) {
        PyObject re = Importer.importFull("re");
        return Abstract.call(Abstract.getAttr(re, "_expand"), pattern, this, template);
    }

    // ------------------------------------------------------------------ attributes

    @Exposed.Getter(name = "string", doc = "The string passed to match() or search().")
    public PyObject getString() {
        return string;
    }

    @Exposed.Getter(name = "re", doc = "The regular expression object.")
    public PyObject getRe() {
        return pattern;
    }

    @Exposed.Getter(name = "pos", doc = "The index into the string at which the RE engine started looking for a match.")
    public PyObject getPos() {
        return PyInt.of(pos);
    }

    @Exposed.Getter(name = "endpos", doc = "The index into the string beyond which the RE engine will not go.")
    public PyObject getEndpos() {
        return PyInt.of(endpos);
    }

    @Exposed.Getter(name = "lastindex", doc = "The integer index of the last matched capturing group.")
    public PyObject getLastindex() {
        return lastindex >= 0 ? PyInt.of(lastindex) : PyNone.NONE;
    }

    @Exposed.Getter(name = "lastgroup", doc = "The name of the last matched capturing group.")
    public PyObject getLastgroup() {
        PyTuple ig = pattern.indexgroup;
        if (ig != null && lastindex >= 0 && lastindex < ig.size()) return ig.get(lastindex);
        return PyNone.NONE;
    }

    @Exposed.Getter(name = "regs")
    public PyObject getRegs() {
        if (regs == null) {
            PyObject[] out = new PyObject[groups];
            for (int i = 0; i < groups; i++) out[i] = PyTuple.of(PyInt.of(mark[2 * i]), PyInt.of(mark[2 * i + 1]));
            regs = PyTuple.of(out);
            Heap.incref(regs);
        }
        return regs;
    }


    // T_OBJECT/T_INT READONLY members in CPython: assignment and deletion say "readonly attribute"
    @Exposed.Setter(name = "string") public void setString(PyObject v) { throw SreModule.readonly(); }
    @Exposed.Setter(name = "re") public void setRe(PyObject v) { throw SreModule.readonly(); }
    @Exposed.Setter(name = "pos") public void setPos(PyObject v) { throw SreModule.readonly(); }
    @Exposed.Setter(name = "endpos") public void setEndpos(PyObject v) { throw SreModule.readonly(); }

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

    @Exposed.Method
    public PyObject __repr__() {
        PyObject group0 = sliceByIndex(0, PyNone.NONE);
        String r = PatternObject.truncate(Abstract.repr(group0).value, 50);
        return PyStr.of("<" + type.name + " object; span=(" + mark[0] + ", " + mark[1] + "), match=" + r + ">");
    }
}
