package dev.glassbox.modules.sre;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/**
 * {@code _sre.SRE_Scanner} (ScannerObject of Modules/_sre/sre.c): a search state kept across
 * calls; each match()/search() continues where the previous match ended (must_advance after an
 * empty one), and None once a call found nothing. finditer iterates over its search.
 */
@Exposed.Type(name = "SRE_Scanner", module = "_sre", baseType = false, gc = true, basicSize = 240)
public final class ScannerObject extends PyObject {
    public static final PyType TYPE = PyType.fromClass(ScannerObject.class);

    PatternObject pattern;
    private final SreMatcher state;
    private PyObject string;
    /** state->start == NULL: a call found nothing, so every later call returns None. */
    private boolean done;
    private boolean executing;

    ScannerObject(PatternObject pattern, PyObject string, long pos, long endpos) {
        super(TYPE);
        this.state = new SreMatcher(pattern, string, pos, endpos);
        this.pattern = pattern;
        Heap.incref(pattern);
        this.string = string;
        Heap.incref(string);
    }

    @Override
    public void traverse(Visitor v) {
        if (pattern != null) v.visit(pattern);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        // scanner_dealloc: state_fini (the string), then the pattern
        PyObject s = string, p = pattern;
        if (s != null) state.fini();
        string = null;
        pattern = null;
        r.release(s);
        r.release(p);
        super.release(r);
    }

    @Exposed.Getter(name = "pattern")
    public PyObject getPattern() {
        return pattern;
    }


    // T_OBJECT/T_INT READONLY members in CPython: assignment and deletion say "readonly attribute"
    @Exposed.Setter(name = "pattern") public void setPattern(PyObject v) { throw SreModule.readonly(); }

    private PyObject run(boolean search) {
        if (executing) throw Errors.valueError("regular expression scanner already executing");
        if (done) return PyNone.NONE;
        executing = true;
        try {
            state.reset();
            state.ptr = state.start;
            int status = search ? state.runSearch() : state.runMatch();
            PyObject match = pattern.newMatch(state, status);
            if (status == 0) {
                done = true;
            } else {
                state.mustAdvance = state.ptr == state.start;
                state.start = state.ptr;
            }
            return match;
        } finally {
            executing = false;
        }
    }

    @Exposed.Method
    public PyObject match() {
        return run(false);
    }

    @Exposed.Method
    public PyObject search() {
        return run(true);
    }
}
