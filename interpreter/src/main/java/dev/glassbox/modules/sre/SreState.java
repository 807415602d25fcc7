package dev.glassbox.modules.sre;

import static dev.glassbox.modules.sre.SreConstants.*;

import dev.glassbox.objects.BufferAccess;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyMemoryView;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.vm.Interpreter;

/**
 * SRE_STATE of Modules/_sre/sre.c: the subject (a str's code points or a bytes-like object's
 * bytes), the slice being matched, the group marks with lastmark/lastindex, the data stack
 * where backtracking saves marks, and the chain of active repeats. Positions are indices into
 * the subject (CPython's pointers minus {@code beginning}); an unset mark is -1 (NULL).
 * {@link SreMatcher} adds the matching engine over this state.
 */
class SreState {
    /** The subject object (held by the caller or by the scanner that owns this state). */
    final PyObject string;
    final boolean isBytes;
    // The subject's characters: exactly one of these is used (kind 0, 1 or 2).
    private final String str;
    private final int[] cps;
    private final byte[] bytes;
    private final int kind;
    final int length;

    final int[] code;
    /** The pattern's latin-1 bitmaps of its sets, by code position (see {@link #charset}). */
    private final long[][] sets;
    /** state->start, ->end, ->ptr: the slice's start (moves on in loops), end, and current position. */
    int start, end, ptr;
    /** The clamped pos and endpos arguments (the match object's pos and endpos). */
    final int pos, endpos;
    boolean matchAll, mustAdvance;

    int lastmark = -1, lastindex = -1;
    final int[] mark;

    /** The data stack: saved marks and repeat last_ptr values. */
    int[] dstack = new int[32];
    int dtop;
    /** The innermost active REPEAT. */
    Repeat repeat;

    /** For the interrupt check every 4096 dispatches (MAYBE_CHECK_SIGNALS). */
    int sigcount;
    private final Interpreter interp;

    /** A REPEAT's context (SRE_REPEAT): count so far, its code position, the zero-width guard. */
    static final class Repeat {
        int count;
        int pc;
        int lastPtr;
        Repeat prev;
    }

    /**
     * state_init: the subject's characters, the type check against the pattern, and pos/endpos
     * clamped into the subject.
     */
    SreState(PatternObject pattern, PyObject string, long start, long end) {
        this.string = string;
        this.code = pattern.code;
        this.sets = pattern.latin1Sets;
        if (string instanceof PyStr s) {
            isBytes = false;
            int n = s.length();
            if (n != s.value.length()) {
                cps = s.codePoints();
                str = null;
                kind = 1;
            } else {
                str = s.value;
                cps = null;
                kind = 0;
            }
            bytes = null;
            length = n;
        } else if (string instanceof PyBytes || string instanceof PyByteArray || string instanceof PyMemoryView) {
            isBytes = true;
            bytes = BytesOps.bytesOf(string);
            str = null;
            cps = null;
            kind = 2;
            length = bytes.length;
        } else {
            throw Errors.typeError("expected string or bytes-like object, got '%.200s'", string.type.name);
        }
        if (isBytes && pattern.isbytes == 0) throw Errors.typeError("cannot use a string pattern on a bytes-like object");
        if (!isBytes && pattern.isbytes > 0) throw Errors.typeError("cannot use a bytes pattern on a string-like object");
        if (start < 0) start = 0;
        else if (start > length) start = length;
        if (end < 0) end = 0;
        else if (end > length) end = length;
        this.start = (int) start;
        this.end = (int) end;
        this.pos = (int) start;
        this.endpos = (int) end;
        this.mark = new int[2 * pattern.groups + 2];
        this.interp = Interpreter.current();
        // the buffer is held until fini (a bytearray cannot be resized meanwhile)
        if (isBytes) BufferAccess.acquireExport(string);
    }

    private boolean finished;

    /** state_fini: releases the subject's buffer. */
    final void fini() {
        if (!finished) {
            finished = true;
            if (isBytes) BufferAccess.releaseExport(string);
        }
    }

    /** The character at index i of the subject. */
    final int ch(int i) {
        switch (kind) {
            case 0: return str.charAt(i);
            case 1: return cps[i];
            default: return bytes[i] & 0xff;
        }
    }

    /** state_reset: before each search of a loop (findall, sub, split, scanner). */
    final void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dtop = 0;
    }

    /** MAYBE_CHECK_SIGNALS: an interrupt request (Ctrl-C, the kernel's interrupt) raises KeyboardInterrupt. */
    final void checkSignals() {
        if (interp != null && interp.evalBreaker) dev.glassbox.vm.Signals.check();
    }

    static RuntimeException internalError() {
        return Errors.raise(ExceptionTypes.RuntimeError, "internal error in regular expression engine");
    }

    // ------------------------------------------------------------------ data stack

    private void grow(int n) {
        if (dtop + n > dstack.length) {
            int size = dtop + n;
            dstack = java.util.Arrays.copyOf(dstack, size + size / 4 + 256);
        }
    }

    final void push(int v) {
        if (dtop == dstack.length) grow(1);
        dstack[dtop++] = v;
    }

    final int pop() {
        return dstack[--dtop];
    }

    /** MARK_PUSH: marks 0..lastmark onto the data stack. */
    final void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            grow(n);
            System.arraycopy(mark, 0, dstack, dtop, n);
            dtop += n;
        }
    }

    /** MARK_POP: restores the marks and drops them from the stack. */
    final void markPop(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            dtop -= n;
            System.arraycopy(dstack, dtop, mark, 0, n);
        }
    }

    /** MARK_POP_KEEP: restores the marks, leaving them on the stack for the next alternative. */
    final void markPopKeep(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(dstack, dtop - n, mark, 0, n);
        }
    }

    final void markPopDiscard(int lm) {
        if (lm >= 0) dtop -= lm + 1;
    }

    // ------------------------------------------------------------------ character tests

    /** SRE(at): whether position p satisfies the AT code. */
    final boolean at(int p, int at) {
        boolean thisp, thatp;
        switch (at) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || ch(p - 1) == '\n';
            case AT_END:
                return (end - p == 1 && ch(p) == '\n') || p == end;
            case AT_END_LINE:
                return p == end || ch(p) == '\n';
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = p > 0 && SreChars.isWord(ch(p - 1));
                thisp = p < end && SreChars.isWord(ch(p));
                return at == AT_BOUNDARY ? thisp != thatp : thisp == thatp;
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = p > 0 && SreChars.isLocWord(ch(p - 1));
                thisp = p < end && SreChars.isLocWord(ch(p));
                return at == AT_LOC_BOUNDARY ? thisp != thatp : thisp == thatp;
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = p > 0 && SreChars.isUniWord(ch(p - 1));
                thisp = p < end && SreChars.isUniWord(ch(p));
                return at == AT_UNI_BOUNDARY ? thisp != thatp : thisp == thatp;
            default:
                return false;
        }
    }

    /**
     * Whether ch is in the set whose items start at code[set]. Below 256 the answer comes from a
     * bitmap of the set made on first use and kept with the pattern (the set's items are
     * evaluated once per character instead of at every test).
     */
    final boolean charset(int set, int ch) {
        if ((ch & ~0xff) == 0) {
            long[] bm = sets[set];
            if (bm == null) bm = latin1Set(set);
            return (bm[ch >>> 6] & (1L << ch)) != 0;
        }
        return charsetItems(set, ch);
    }

    private long[] latin1Set(int set) {
        long[] bm = new long[4];
        for (int c = 0; c < 256; c++) if (charsetItems(set, c)) bm[c >>> 6] |= 1L << c;
        sets[set] = bm;
        return bm;
    }

    /** SRE(charset): the set's items in order. */
    private boolean charsetItems(int set, int ch) {
        final int[] code = this.code;
        boolean ok = true;
        for (;;) {
            switch (code[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[set]) return ok;
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[set], ch)) return ok;
                    set++;
                    break;
                case CHARSET:
                    // a 256-bit bitmap in 8 words
                    if (ch >= 0 && ch < 256 && (code[set + (ch >>> 5)] & (1 << (ch & 31))) != 0) return ok;
                    set += 8;
                    break;
                case RANGE:
                    if (u(code[set]) <= u(ch) && u(ch) <= u(code[set + 1])) return ok;
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    // ch is already lower-cased
                    if (u(code[set]) <= u(ch) && u(ch) <= u(code[set + 1])) return ok;
                    int uch = SreChars.upperUnicode(ch);
                    if (u(code[set]) <= u(uch) && u(uch) <= u(code[set + 1])) return ok;
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes in 64 words> <blocks>
                    int count = code[set++];
                    int block = -1;
                    if (ch >= 0 && ch < 0x10000) {
                        int hi = ch >> 8;
                        // the index table holds bytes in native (little-endian) order
                        block = (code[set + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xff;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[set + (bit >>> 5)] & (1 << (bit & 31))) != 0) return ok;
                    }
                    set += count * 8;
                    break;
                }
                default:
                    // internal error: pretend it did not match, as sre.c does
                    return false;
            }
        }
    }

    /** SRE(charset_loc_ignore). */
    final boolean charsetLocIgnore(int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(set, lo)) return true;
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(set, up);
    }
}
