package dev.glassbox.vm;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to a Python function's parameters (initialize_locals in
 * Python/ceval.c) with CPython's TypeError messages. Every stored value is counted.
 */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction fn, PyObject[] locals, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        CodeUnit u = fn.code.unit;
        int argc = u.argcount, kwonly = u.kwonlyargcount, posonly = u.posonlyargcount;
        boolean varargs = (u.flags & CodeUnit.CO_VARARGS) != 0, varkw = (u.flags & CodeUnit.CO_VARKEYWORDS) != 0;
        int total = argc + kwonly;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            store(locals, total + (varargs ? 1 : 0), kwdict);
        }
        int n = Math.min(nargs, argc);
        for (int i = 0; i < n; i++) store(locals, i, args[start + i]);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, nargs - argc)];
            System.arraycopy(args, start + n, rest, 0, rest.length);
            store(locals, total, PyTuple.of(rest));
        } else if (nargs > argc) {
            throw tooManyPositional(fn, nargs, kwonlyGiven(u, kwnames));
        }
        int nkw = kwnames == null ? 0 : kwnames.size();
        String fname = fn.qualname.value;
        for (int k = 0; k < nkw; k++) {
            PyStr key = (PyStr) kwnames.get(k);
            PyObject value = args[start + nargs + k];
            int idx = -1;
            for (int j = posonly; j < total; j++) {
                if (u.localsPlusNames[j].equals(key.value)) { idx = j; break; }
            }
            if (idx < 0) {
                if (kwdict != null) { kwdict.setItem(key, value); continue; }
                boolean isPosonly = false;
                for (int j = 0; j < posonly; j++) if (u.localsPlusNames[j].equals(key.value)) isPosonly = true;
                if (isPosonly) {
                    // positional_only_passed_as_keyword: every such name, in the order given.
                    List<String> bad = new ArrayList<>();
                    for (int k2 = 0; k2 < nkw; k2++) {
                        String kn = kwnames.get(k2).toString();
                        for (int j = 0; j < posonly; j++) if (u.localsPlusNames[j].equals(kn)) bad.add(kn);
                    }
                    throw Errors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", fname,
                            String.join(", ", bad));
                }
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", fname, key);
            }
            if (locals[idx] != null) throw Errors.typeError("%s() got multiple values for argument '%s'", fname, key);
            store(locals, idx, value);
        }
        // Defaults for missing positional parameters.
        PyTuple defs = fn.defaults;
        int ndefs = defs == null ? 0 : defs.size();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < argc; i++) {
            if (locals[i] != null) continue;
            int d = i - (argc - ndefs);
            if (d >= 0) store(locals, i, defs.get(d));
            else missing.add(u.localsPlusNames[i]);
        }
        if (!missing.isEmpty()) throw missingError(fname, missing, "positional");
        for (int i = argc; i < total; i++) {
            if (locals[i] != null) continue;
            PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItemStr(u.localsPlusNames[i]);
            if (d != null) store(locals, i, d);
            else missing.add(u.localsPlusNames[i]);
        }
        if (!missing.isEmpty()) throw missingError(fname, missing, "keyword-only");
    }

    private static void store(PyObject[] locals, int i, PyObject v) {
        Heap.incref(v);
        locals[i] = v;
    }

    private static RuntimeException missingError(String fname, List<String> names, String kind) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            b.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError("%s() missing %d required %s argument%s: %s", fname, names.size(), kind,
                names.size() == 1 ? "" : "s", b.toString());
    }

    /** How many keyword arguments name keyword-only parameters (for the "takes N positional" message). */
    private static int kwonlyGiven(CodeUnit u, PyTuple kwnames) {
        if (kwnames == null) return 0;
        int n = 0;
        for (PyObject k : kwnames.array()) {
            for (int j = u.argcount; j < u.argcount + u.kwonlyargcount; j++) {
                if (u.localsPlusNames[j].equals(k.toString())) n++;
            }
        }
        return n;
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, int kwGiven) {
        CodeUnit u = fn.code.unit;
        int argc = u.argcount;
        int ndefs = fn.defaults == null ? 0 : fn.defaults.size();
        String takes;
        if (ndefs > 0) takes = "from " + (argc - ndefs) + " to " + argc;
        else takes = String.valueOf(argc);
        String extra = kwGiven == 0 ? "" : " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven
                + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")";
        if (kwGiven > 0) {
            return Errors.typeError("%s() takes %s positional argument%s but %d%s were given", fn.qualname.value, takes,
                    takes.equals("1") ? "" : "s", given, extra);
        }
        return Errors.typeError("%s() takes %s positional argument%s but %d %s given", fn.qualname.value, takes,
                takes.equals("1") ? "" : "s", given, given == 1 ? "was" : "were");
    }
}
