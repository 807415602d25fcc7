package dev.glassbox.modules.sre;

import static dev.glassbox.modules.sre.SreConstants.*;

import dev.glassbox.objects.PyObject;

/**
 * The matching engine of Modules/_sre/sre_lib.h over {@link SreState}: SRE(match), SRE(count)
 * and SRE(search), with the same semantics (the order in which alternatives and repeat counts
 * are tried, how marks, lastmark and lastindex are saved and restored on backtracking, the
 * zero-width guards of repeats, and the search's prefix/charset shortcuts).
 *
 * <p>As in sre_lib.h, matching never recurses on the Java stack per pattern element: where the
 * C code "jumps" into a sub-pattern it pushes a context ({@link Ctx}) and continues in the
 * same loop; when the sub-pattern returns, the parent resumes at the label its context names.
 * Loop heads of BRANCH and the repeats are labels too, so that a resumed loop continues
 * without re-entering the operator.
 */
final class SreMatcher extends SreState {

    SreMatcher(PatternObject pattern, PyObject string, long start, long end) {
        super(pattern, string, start, end);
    }

    /** A match context (SRE(match_context)); reused from a pool. */
    static final class Ctx {
        int count;
        int chr;
        Repeat rep;
        int lastmark, lastindex;
        int pc, ptr;
        boolean toplevel;
        int jump;
    }

    private Ctx[] ctxs = new Ctx[16];
    private int ctxTop;

    private Ctx pushCtx(int jump, boolean toplevel) {
        if (ctxTop == ctxs.length) ctxs = java.util.Arrays.copyOf(ctxs, ctxTop * 2);
        Ctx c = ctxs[ctxTop];
        if (c == null) c = ctxs[ctxTop] = new Ctx();
        ctxTop++;
        c.jump = jump;
        c.toplevel = toplevel;
        c.rep = null;
        return c;
    }

    // Labels: where a context resumes after a sub-pattern returns (the C JUMP_* values), and
    // the loop heads of the operators that try several possibilities.
    private static final int JUMP_NONE = 0, JUMP_MAX_UNTIL_1 = 1, JUMP_MAX_UNTIL_2 = 2, JUMP_MAX_UNTIL_3 = 3,
            JUMP_MIN_UNTIL_1 = 4, JUMP_MIN_UNTIL_2 = 5, JUMP_MIN_UNTIL_3 = 6, JUMP_REPEAT = 7,
            JUMP_REPEAT_ONE_1 = 8, JUMP_REPEAT_ONE_2 = 9, JUMP_MIN_REPEAT_ONE = 10, JUMP_BRANCH = 11,
            JUMP_ASSERT = 12, JUMP_ASSERT_NOT = 13, JUMP_POSS_REPEAT_1 = 14, JUMP_POSS_REPEAT_2 = 15,
            JUMP_ATOMIC_GROUP = 16;
    private static final int L_ENTER = 20, L_DISPATCH = 21, L_EXIT = 22, L_BRANCH = 23, L_REPEAT_ONE_1 = 24,
            L_REPEAT_ONE_2 = 25, L_MIN_REPEAT_ONE = 26, L_MAX_UNTIL_2 = 27, L_MAX_UNTIL_3 = 28, L_POSS_1 = 29,
            L_POSS_2 = 30;

    // ------------------------------------------------------------------ entry points

    /** sre_match: a match at state.ptr (match, fullmatch, scanner.match). Returns 1 or 0. */
    int runMatch() {
        ctxTop = 0;
        return match(0, true);
    }

    /** sre_search. */
    int runSearch() {
        ctxTop = 0;
        return search();
    }

    // ------------------------------------------------------------------ count

    /** SRE(count): how many times (up to maxcount) the single-character item at pc matches from state.ptr. */
    private int count(int pc, int maxcount) {
        final int[] code = this.code;
        int p = ptr;
        int e = end;
        if (maxcount != MAXREPEAT && u(maxcount) < e - p) e = p + maxcount;
        int c;
        switch (code[pc]) {
            case IN:
                while (p < e && charset(pc + 2, ch(p))) p++;
                break;
            case ANY:
                while (p < e && ch(p) != '\n') p++;
                break;
            case ANY_ALL:
                p = e;
                break;
            case LITERAL:
                c = code[pc + 1];
                while (p < e && ch(p) == c) p++;
                break;
            case LITERAL_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(ch(p)) == c) p++;
                break;
            case LITERAL_UNI_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(ch(p)) == c) p++;
                break;
            case LITERAL_LOC_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.charLocIgnore(c, ch(p))) p++;
                break;
            case NOT_LITERAL:
                c = code[pc + 1];
                while (p < e && ch(p) != c) p++;
                break;
            case NOT_LITERAL_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(ch(p)) != c) p++;
                break;
            case NOT_LITERAL_UNI_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(ch(p)) != c) p++;
                break;
            case NOT_LITERAL_LOC_IGNORE:
                c = code[pc + 1];
                while (p < e && !SreChars.charLocIgnore(c, ch(p))) p++;
                break;
            // The following are what SRE(match) of the one-character item would do; done here
            // directly rather than through a nested match per character.
            case IN_IGNORE:
                while (p < e && charset(pc + 2, SreChars.lowerAscii(ch(p)))) p++;
                break;
            case IN_UNI_IGNORE:
                while (p < e && charset(pc + 2, SreChars.lowerUnicode(ch(p)))) p++;
                break;
            case IN_LOC_IGNORE:
                while (p < e && charsetLocIgnore(pc + 2, ch(p))) p++;
                break;
            case CATEGORY:
                c = code[pc + 1];
                while (p < e && SreChars.category(c, ch(p))) p++;
                break;
            default: {
                // repeated single-character pattern of another form
                int start = ptr;
                while (ptr < e) {
                    if (match(pc, false) == 0) break;
                }
                int n = ptr - start;
                ptr = start;
                return n;
            }
        }
        return p - ptr;
    }

    // ------------------------------------------------------------------ match

    /** Whether group g's marks (g counted from 0) are both set and ordered. */
    private boolean groupSet(int g2) {
        if (g2 >= lastmark) return false;
        int p = mark[g2], e = mark[g2 + 1];
        return p >= 0 && e >= 0 && e >= p;
    }

    /**
     * Matches a back reference to the group whose first mark index is g2 at position p, comparing
     * characters as folded by mode (0 exact, 1 ASCII, 2 Unicode, 3 locale). Returns the position
     * after it, or -1.
     */
    private int groupref(int g2, int p, int mode) {
        if (g2 >= lastmark) return -1;
        int s = mark[g2], e = mark[g2 + 1];
        if (s < 0 || e < 0 || e < s) return -1;
        final int end = this.end;
        while (s < e) {
            if (p >= end) return -1;
            int a = ch(p), b = ch(s);
            switch (mode) {
                case 0: break;
                case 1: a = SreChars.lowerAscii(a); b = SreChars.lowerAscii(b); break;
                case 2: a = SreChars.lowerUnicode(a); b = SreChars.lowerUnicode(b); break;
                default: a = SreChars.lowerLocale(a); b = SreChars.lowerLocale(b); break;
            }
            if (a != b) return -1;
            s++;
            p++;
        }
        return p;
    }

    /** The single-character operators: the position after a match of op at p, or -1. */
    private int single(int op, int pc, int p) {
        if (p >= end) return -1;
        int c = ch(p);
        final int[] code = this.code;
        boolean ok;
        switch (op) {
            case NOT_LITERAL: ok = c != code[pc]; break;
            case CATEGORY: ok = SreChars.category(code[pc], c); break;
            case ANY: ok = c != '\n'; break;
            case ANY_ALL: ok = true; break;
            case LITERAL_IGNORE: ok = SreChars.lowerAscii(c) == code[pc]; break;
            case LITERAL_UNI_IGNORE: ok = SreChars.lowerUnicode(c) == code[pc]; break;
            case LITERAL_LOC_IGNORE: ok = SreChars.charLocIgnore(code[pc], c); break;
            case NOT_LITERAL_IGNORE: ok = SreChars.lowerAscii(c) != code[pc]; break;
            case NOT_LITERAL_UNI_IGNORE: ok = SreChars.lowerUnicode(c) != code[pc]; break;
            case NOT_LITERAL_LOC_IGNORE: ok = !SreChars.charLocIgnore(code[pc], c); break;
            case IN_IGNORE: ok = charset(pc + 1, SreChars.lowerAscii(c)); break;
            case IN_UNI_IGNORE: ok = charset(pc + 1, SreChars.lowerUnicode(c)); break;
            case IN_LOC_IGNORE: ok = charsetLocIgnore(pc + 1, c); break;
            default: ok = false;
        }
        return ok ? p + 1 : -1;
    }

    /**
     * SRE(match): whether the pattern at code[pc] matches at state.ptr; on success state.ptr is
     * the end of the match. toplevel: the outermost call of match/fullmatch/search, where
     * match_all and must_advance apply.
     */
    private int match(int startPc, boolean toplevel) {
        final int[] code = this.code;
        final int end = this.end;
        final int base = ctxTop;
        Ctx ctx = pushCtx(JUMP_NONE, toplevel);
        int pc = startPc, p = 0, ret = 0;
        int label = L_ENTER;
        for (;;) {
            switch (label) {
                case L_ENTER:
                    p = ptr;
                    if (code[pc] == INFO) {
                        // <INFO> <1=skip> <2=flags> <3=min> ...: reject too short a subject
                        if (code[pc + 3] != 0 && u(end - p) < u(code[pc + 3])) {
                            ret = 0;
                            label = L_EXIT;
                            continue;
                        }
                        pc += code[pc + 1] + 1;
                    }
                    label = L_DISPATCH;
                    continue;

                case L_DISPATCH:
                    label = L_EXIT;
                    ret = 0;
                    dispatch:
                    for (;;) {
                        if ((++sigcount & 0xfff) == 0) checkSignals();
                        int op = code[pc++];
                        switch (op) {
                            case MARK: {
                                int i = code[pc];
                                if ((i & 1) != 0) lastindex = i / 2 + 1;
                                if (i > lastmark) {
                                    // marks skipped over are unset
                                    for (int j = lastmark + 1; j < i; j++) mark[j] = -1;
                                    lastmark = i;
                                }
                                mark[i] = p;
                                pc++;
                                continue dispatch;
                            }
                            case LITERAL:
                                if (p >= end || ch(p) != code[pc]) break dispatch;
                                pc++;
                                p++;
                                continue dispatch;
                            case IN:
                                if (p >= end || !charset(pc + 1, ch(p))) break dispatch;
                                pc += code[pc];
                                p++;
                                continue dispatch;
                            case NOT_LITERAL:
                                if (p >= end || ch(p) == code[pc]) break dispatch;
                                pc++;
                                p++;
                                continue dispatch;
                            case CATEGORY:
                                if (p >= end || !SreChars.category(code[pc], ch(p))) break dispatch;
                                pc++;
                                p++;
                                continue dispatch;
                            case ANY:
                                if (p >= end || ch(p) == '\n') break dispatch;
                                p++;
                                continue dispatch;
                            case ANY_ALL:
                                if (p >= end) break dispatch;
                                p++;
                                continue dispatch;
                            case LITERAL_IGNORE:
                                if (p >= end || SreChars.lowerAscii(ch(p)) != code[pc]) break dispatch;
                                pc++;
                                p++;
                                continue dispatch;
                            case LITERAL_UNI_IGNORE:
                                if (p >= end || SreChars.lowerUnicode(ch(p)) != code[pc]) break dispatch;
                                pc++;
                                p++;
                                continue dispatch;
                            case NOT_LITERAL_IGNORE:
                                if (p >= end || SreChars.lowerAscii(ch(p)) == code[pc]) break dispatch;
                                pc++;
                                p++;
                                continue dispatch;
                            case NOT_LITERAL_UNI_IGNORE:
                                if (p >= end || SreChars.lowerUnicode(ch(p)) == code[pc]) break dispatch;
                                pc++;
                                p++;
                                continue dispatch;
                            case LITERAL_LOC_IGNORE: case NOT_LITERAL_LOC_IGNORE:
                                p = single(op, pc, p);
                                if (p < 0) break dispatch;
                                pc++;
                                continue dispatch;
                            case IN_IGNORE:
                                if (p >= end || !charset(pc + 1, SreChars.lowerAscii(ch(p)))) break dispatch;
                                pc += code[pc];
                                p++;
                                continue dispatch;
                            case IN_UNI_IGNORE:
                                if (p >= end || !charset(pc + 1, SreChars.lowerUnicode(ch(p)))) break dispatch;
                                pc += code[pc];
                                p++;
                                continue dispatch;
                            case IN_LOC_IGNORE:
                                if (p >= end || !charsetLocIgnore(pc + 1, ch(p))) break dispatch;
                                pc += code[pc];
                                p++;
                                continue dispatch;
                            case SUCCESS:
                                if (ctx.toplevel && ((matchAll && p != end) || (mustAdvance && p == start))) break dispatch;
                                ptr = p;
                                ret = 1;
                                break dispatch;
                            case AT:
                                if (!at(p, code[pc])) break dispatch;
                                pc++;
                                continue dispatch;
                            case JUMP:
                            case INFO:
                                pc += code[pc];
                                continue dispatch;
                            case FAILURE:
                                break dispatch;
                            case GROUPREF:
                                p = groupref(code[pc] * 2, p, 0);
                                if (p < 0) break dispatch;
                                pc++;
                                continue dispatch;
                            case GROUPREF_IGNORE:
                                p = groupref(code[pc] * 2, p, 1);
                                if (p < 0) break dispatch;
                                pc++;
                                continue dispatch;
                            case GROUPREF_UNI_IGNORE:
                                p = groupref(code[pc] * 2, p, 2);
                                if (p < 0) break dispatch;
                                pc++;
                                continue dispatch;
                            case GROUPREF_LOC_IGNORE:
                                p = groupref(code[pc] * 2, p, 3);
                                if (p < 0) break dispatch;
                                pc++;
                                continue dispatch;
                            case GROUPREF_EXISTS:
                                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                                if (groupSet(code[pc] * 2)) pc += 2;
                                else pc += code[pc + 1];
                                continue dispatch;

                            case BRANCH:
                                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                if (repeat != null) markPush(ctx.lastmark);
                                label = L_BRANCH;
                                break dispatch;

                            case REPEAT_ONE: {
                                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                                if (u(code[pc + 1]) > end - p) break dispatch;
                                ptr = p;
                                int n = count(pc + 3, code[pc + 2]);
                                ctx.count = n;
                                p += n;
                                if (n < u(code[pc + 1])) break dispatch;
                                int tail = pc + code[pc];
                                if (code[tail] == SUCCESS && p == end && !(ctx.toplevel && mustAdvance && p == start)) {
                                    // the tail is empty: done
                                    ptr = p;
                                    ret = 1;
                                    break dispatch;
                                }
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                if (repeat != null) markPush(ctx.lastmark);
                                if (code[tail] == LITERAL) {
                                    // the tail starts with a literal: skip positions where it cannot match
                                    ctx.chr = code[tail + 1];
                                    label = L_REPEAT_ONE_1;
                                } else {
                                    label = L_REPEAT_ONE_2;
                                }
                                break dispatch;
                            }

                            case MIN_REPEAT_ONE: {
                                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                                if (u(code[pc + 1]) > end - p) break dispatch;
                                ptr = p;
                                if (code[pc + 1] == 0) {
                                    ctx.count = 0;
                                } else {
                                    int n = count(pc + 3, code[pc + 1]);
                                    if (n < u(code[pc + 1])) break dispatch;
                                    ctx.count = n;
                                    p += n;
                                }
                                if (code[pc + code[pc]] == SUCCESS
                                        && !(ctx.toplevel && ((matchAll && p != end) || (mustAdvance && p == start)))) {
                                    ptr = p;
                                    ret = 1;
                                    break dispatch;
                                }
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                if (repeat != null) markPush(ctx.lastmark);
                                label = L_MIN_REPEAT_ONE;
                                break dispatch;
                            }

                            case POSSESSIVE_REPEAT_ONE: {
                                // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                                if (p + u(code[pc + 1]) > end) break dispatch;
                                ptr = p;
                                int n = count(pc + 3, code[pc + 2]);
                                ctx.count = n;
                                p += n;
                                if (n < u(code[pc + 1])) break dispatch;
                                pc += code[pc];
                                if (code[pc] == SUCCESS && p == end && !(ctx.toplevel && mustAdvance && p == start)) {
                                    ptr = p;
                                    ret = 1;
                                    break dispatch;
                                }
                                continue dispatch;
                            }

                            case REPEAT: {
                                // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
                                Repeat r = new Repeat();
                                r.count = -1;
                                r.pc = pc;
                                r.prev = repeat;
                                r.lastPtr = -1;
                                repeat = r;
                                ctx.rep = r;
                                ptr = p;
                                ctx.pc = pc;
                                ctx.ptr = p;
                                ctx = pushCtx(JUMP_REPEAT, ctx.toplevel);
                                pc = pc + code[pc];
                                label = L_ENTER;
                                break dispatch;
                            }

                            case MAX_UNTIL: {
                                // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
                                Repeat r = repeat;
                                if (r == null) throw internalError();
                                ctx.rep = r;
                                ptr = p;
                                ctx.count = r.count + 1;
                                if (ctx.count < u(code[r.pc + 1])) {
                                    // not enough matches
                                    r.count = ctx.count;
                                    ctx.pc = pc;
                                    ctx.ptr = p;
                                    ctx = pushCtx(JUMP_MAX_UNTIL_1, ctx.toplevel);
                                    pc = r.pc + 3;
                                    label = L_ENTER;
                                    break dispatch;
                                }
                                label = L_MAX_UNTIL_2;
                                break dispatch;
                            }

                            case MIN_UNTIL: {
                                Repeat r = repeat;
                                if (r == null) throw internalError();
                                ctx.rep = r;
                                ptr = p;
                                ctx.count = r.count + 1;
                                ctx.pc = pc;
                                ctx.ptr = p;
                                if (ctx.count < u(code[r.pc + 1])) {
                                    r.count = ctx.count;
                                    ctx = pushCtx(JUMP_MIN_UNTIL_1, ctx.toplevel);
                                    pc = r.pc + 3;
                                    label = L_ENTER;
                                    break dispatch;
                                }
                                // see if the tail matches
                                repeat = r.prev;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                if (repeat != null) markPush(ctx.lastmark);
                                ctx = pushCtx(JUMP_MIN_UNTIL_2, ctx.toplevel);
                                label = L_ENTER;
                                break dispatch;
                            }

                            case POSSESSIVE_REPEAT:
                                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                                ptr = p;
                                ctx.count = 0;
                                label = L_POSS_1;
                                break dispatch;

                            case ATOMIC_GROUP:
                                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                                ptr = p;
                                ctx.pc = pc;
                                ctx.ptr = p;
                                ctx = pushCtx(JUMP_ATOMIC_GROUP, false);
                                pc = pc + 1;
                                label = L_ENTER;
                                break dispatch;

                            case ASSERT:
                                // <ASSERT> <skip> <back> <pattern>
                                if (u(p) < u(code[pc + 1])) break dispatch;
                                ptr = p - code[pc + 1];
                                ctx.pc = pc;
                                ctx.ptr = p;
                                ctx = pushCtx(JUMP_ASSERT, false);
                                pc = pc + 2;
                                label = L_ENTER;
                                break dispatch;

                            case ASSERT_NOT:
                                if (u(p) >= u(code[pc + 1])) {
                                    ptr = p - code[pc + 1];
                                    ctx.lastmark = lastmark;
                                    ctx.lastindex = lastindex;
                                    if (repeat != null) markPush(ctx.lastmark);
                                    ctx.pc = pc;
                                    ctx.ptr = p;
                                    ctx = pushCtx(JUMP_ASSERT_NOT, false);
                                    pc = pc + 2;
                                    label = L_ENTER;
                                    break dispatch;
                                }
                                pc += code[pc];
                                continue dispatch;

                            default:
                                // RANGE, NEGATE, CHARSET, ... are not operators
                                throw internalError();
                        }
                    }
                    continue;

                case L_EXIT: {
                    int jump = ctx.jump;
                    ctxTop--;
                    if (ctxTop == base) return ret;
                    ctx = ctxs[ctxTop - 1];
                    pc = ctx.pc;
                    p = ctx.ptr;
                    label = jump;
                    continue;
                }

                // ---------------------------------------------------------- BRANCH
                case JUMP_BRANCH:
                    if (ret != 0) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        label = L_EXIT;
                        continue;
                    }
                    if (repeat != null) markPopKeep(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    pc += code[pc];
                    // fall through: the next alternative
                case L_BRANCH:
                    for (; code[pc] != 0; pc += code[pc]) {
                        if (code[pc + 1] == LITERAL && (p >= end || ch(p) != code[pc + 2])) continue;
                        if (code[pc + 1] == IN && (p >= end || !charset(pc + 3, ch(p)))) continue;
                        break;
                    }
                    if (code[pc] == 0) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        ret = 0;
                        label = L_EXIT;
                        continue;
                    }
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx = pushCtx(JUMP_BRANCH, ctx.toplevel);
                    pc = pc + 1;
                    label = L_ENTER;
                    continue;

                // ---------------------------------------------------------- REPEAT_ONE
                case JUMP_REPEAT_ONE_1:
                    if (ret != 0) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        label = L_EXIT;
                        continue;
                    }
                    if (repeat != null) markPopKeep(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    p--;
                    ctx.count--;
                    // fall through
                case L_REPEAT_ONE_1: {
                    long min = u(code[pc + 1]);
                    while (ctx.count >= min && (p >= end || ch(p) != ctx.chr)) {
                        p--;
                        ctx.count--;
                    }
                    if (ctx.count < min) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        ret = 0;
                        label = L_EXIT;
                        continue;
                    }
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    int tail = pc + code[pc];
                    ctx = pushCtx(JUMP_REPEAT_ONE_1, ctx.toplevel);
                    pc = tail;
                    label = L_ENTER;
                    continue;
                }

                case JUMP_REPEAT_ONE_2:
                    if (ret != 0) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        label = L_EXIT;
                        continue;
                    }
                    if (repeat != null) markPopKeep(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    p--;
                    ctx.count--;
                    // fall through
                case L_REPEAT_ONE_2: {
                    if (ctx.count < u(code[pc + 1])) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        ret = 0;
                        label = L_EXIT;
                        continue;
                    }
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    int tail = pc + code[pc];
                    ctx = pushCtx(JUMP_REPEAT_ONE_2, ctx.toplevel);
                    pc = tail;
                    label = L_ENTER;
                    continue;
                }

                // ---------------------------------------------------------- MIN_REPEAT_ONE
                case JUMP_MIN_REPEAT_ONE: {
                    if (ret != 0) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        label = L_EXIT;
                        continue;
                    }
                    if (repeat != null) markPopKeep(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    ptr = p;
                    int n = count(pc + 3, 1);
                    if (n == 0) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        ret = 0;
                        label = L_EXIT;
                        continue;
                    }
                    p++;
                    ctx.count++;
                }
                    // fall through
                case L_MIN_REPEAT_ONE: {
                    if (code[pc + 2] == MAXREPEAT || ctx.count <= u(code[pc + 2])) {
                        ptr = p;
                        ctx.pc = pc;
                        ctx.ptr = p;
                        int tail = pc + code[pc];
                        ctx = pushCtx(JUMP_MIN_REPEAT_ONE, ctx.toplevel);
                        pc = tail;
                        label = L_ENTER;
                        continue;
                    }
                    if (repeat != null) markPopDiscard(ctx.lastmark);
                    ret = 0;
                    label = L_EXIT;
                    continue;
                }

                // ---------------------------------------------------------- REPEAT
                case JUMP_REPEAT:
                    repeat = ctx.rep.prev;
                    label = L_EXIT;
                    continue;

                // ---------------------------------------------------------- MAX_UNTIL
                case JUMP_MAX_UNTIL_1:
                case JUMP_MIN_UNTIL_1:
                    if (ret != 0) {
                        label = L_EXIT;
                        continue;
                    }
                    ctx.rep.count = ctx.count - 1;
                    ptr = p;
                    label = L_EXIT;
                    continue;

                case L_MAX_UNTIL_2: {
                    Repeat r = ctx.rep;
                    int max = code[r.pc + 2];
                    if ((ctx.count < u(max) || max == MAXREPEAT) && ptr != r.lastPtr) {
                        // we may have enough matches, but if we can match another item, do so
                        r.count = ctx.count;
                        ctx.lastmark = lastmark;
                        ctx.lastindex = lastindex;
                        markPush(ctx.lastmark);
                        // zero-width match protection
                        push(r.lastPtr);
                        r.lastPtr = ptr;
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx = pushCtx(JUMP_MAX_UNTIL_2, ctx.toplevel);
                        pc = r.pc + 3;
                        label = L_ENTER;
                        continue;
                    }
                    label = L_MAX_UNTIL_3;
                    continue;
                }

                case JUMP_MAX_UNTIL_2: {
                    Repeat r = ctx.rep;
                    r.lastPtr = pop();
                    if (ret != 0) {
                        markPopDiscard(ctx.lastmark);
                        label = L_EXIT;
                        continue;
                    }
                    markPop(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    r.count = ctx.count - 1;
                    ptr = p;
                }
                    // fall through: cannot match more repeated items here; make sure the tail matches
                case L_MAX_UNTIL_3:
                    repeat = ctx.rep.prev;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx = pushCtx(JUMP_MAX_UNTIL_3, ctx.toplevel);
                    label = L_ENTER;
                    continue;

                case JUMP_MAX_UNTIL_3:
                    repeat = ctx.rep;
                    if (ret != 0) {
                        label = L_EXIT;
                        continue;
                    }
                    ptr = p;
                    label = L_EXIT;
                    continue;

                // ---------------------------------------------------------- MIN_UNTIL
                case JUMP_MIN_UNTIL_2: {
                    Repeat r = ctx.rep;
                    Repeat repeatOfTail = repeat;
                    repeat = r;
                    if (ret != 0) {
                        if (repeatOfTail != null) markPopDiscard(ctx.lastmark);
                        label = L_EXIT;
                        continue;
                    }
                    if (repeatOfTail != null) markPop(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    ptr = p;
                    int max = code[r.pc + 2];
                    if ((ctx.count >= u(max) && max != MAXREPEAT) || ptr == r.lastPtr) {
                        ret = 0;
                        label = L_EXIT;
                        continue;
                    }
                    r.count = ctx.count;
                    // zero-width match protection
                    push(r.lastPtr);
                    r.lastPtr = ptr;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx = pushCtx(JUMP_MIN_UNTIL_3, ctx.toplevel);
                    pc = r.pc + 3;
                    label = L_ENTER;
                    continue;
                }

                case JUMP_MIN_UNTIL_3: {
                    Repeat r = ctx.rep;
                    r.lastPtr = pop();
                    if (ret != 0) {
                        label = L_EXIT;
                        continue;
                    }
                    r.count = ctx.count - 1;
                    ptr = p;
                    label = L_EXIT;
                    continue;
                }

                // ---------------------------------------------------------- POSSESSIVE_REPEAT
                case JUMP_POSS_REPEAT_1:
                    if (ret == 0) {
                        ptr = p;
                        label = L_EXIT;
                        continue;
                    }
                    ctx.count++;
                    // fall through
                case L_POSS_1:
                    if (ctx.count < u(code[pc + 1])) {
                        // not enough matches yet
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx = pushCtx(JUMP_POSS_REPEAT_1, false);
                        pc = pc + 3;
                        label = L_ENTER;
                        continue;
                    }
                    // clear the position so that the loop below is entered
                    p = -1;
                    label = L_POSS_2;
                    continue;

                case JUMP_POSS_REPEAT_2:
                    if (ret != 0) {
                        markPopDiscard(ctx.lastmark);
                        ctx.count++;
                        label = L_POSS_2;
                        continue;
                    }
                    markPop(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    ptr = p;
                    // the tail
                    pc += code[pc] + 1;
                    p = ptr;
                    label = L_DISPATCH;
                    continue;

                case L_POSS_2: {
                    int max = code[pc + 2];
                    if ((ctx.count < u(max) || max == MAXREPEAT) && ptr != p) {
                        ctx.lastmark = lastmark;
                        ctx.lastindex = lastindex;
                        markPush(ctx.lastmark);
                        // an iteration that matches the empty string ends the loop
                        p = ptr;
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx = pushCtx(JUMP_POSS_REPEAT_2, false);
                        pc = pc + 3;
                        label = L_ENTER;
                        continue;
                    }
                    pc += code[pc] + 1;
                    p = ptr;
                    label = L_DISPATCH;
                    continue;
                }

                // ---------------------------------------------------------- ATOMIC_GROUP, ASSERT
                case JUMP_ATOMIC_GROUP:
                    if (ret == 0) {
                        ptr = p;
                        label = L_EXIT;
                        continue;
                    }
                    pc += code[pc];
                    p = ptr;
                    label = L_DISPATCH;
                    continue;

                case JUMP_ASSERT:
                    if (ret == 0) {
                        label = L_EXIT;
                        continue;
                    }
                    pc += code[pc];
                    label = L_DISPATCH;
                    continue;

                case JUMP_ASSERT_NOT:
                    if (ret != 0) {
                        if (repeat != null) markPopDiscard(ctx.lastmark);
                        ret = 0;
                        label = L_EXIT;
                        continue;
                    }
                    if (repeat != null) markPop(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    pc += code[pc];
                    label = L_DISPATCH;
                    continue;

                default:
                    throw internalError();
            }
        }
    }

    // ------------------------------------------------------------------ search

    /** SRE(search): the first position from state.start where the pattern matches. */
    private int search() {
        final int[] code = this.code;
        int p = start;
        int end = this.end;
        int status;
        int prefixLen = 0, prefixSkip = 0, prefix = -1, charset = -1, overlap = -1;
        int flags = 0;
        int pc = 0;

        if (p > end) return 0;

        if (code[0] == INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            if (code[3] != 0 && u(end - p) < u(code[3])) return 0;
            if (u(code[3]) > 1) {
                // adjust the end point (but leave at least one character, so the literal search works)
                long e = end - (u(code[3]) - 1);
                end = e <= p ? p : (int) e;
            }
            if ((flags & INFO_PREFIX) != 0) {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            } else if ((flags & INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }

        if (prefixLen == 1) {
            // the pattern starts with a literal character
            int c = code[prefix];
            end = this.end;
            mustAdvance = false;
            while (p < end) {
                while (ch(p) != c) {
                    if (++p >= end) return 0;
                }
                start = p;
                ptr = p + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) return 1; // the whole pattern
                status = match(pc + 2 * prefixSkip, false);
                if (status != 0) return status;
                ++p;
                lastmark = lastindex = -1;
            }
            return 0;
        }

        if (prefixLen > 1) {
            // a known prefix: use the overlap table to skip forward as fast as possible
            end = this.end;
            if (prefixLen > end - p) return 0;
            while (p < end) {
                int c = code[prefix];
                while (ch(p++) != c) {
                    if (p >= end) return 0;
                }
                if (p >= end) return 0;
                int i = 1;
                mustAdvance = false;
                do {
                    if (ch(p) == code[prefix + i]) {
                        if (++i != prefixLen) {
                            if (++p >= end) return 0;
                            continue;
                        }
                        // a potential match
                        start = p - (prefixLen - 1);
                        ptr = p - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) return 1;
                        status = match(pc + 2 * prefixSkip, false);
                        if (status != 0) return status;
                        // close but no cigar: try again
                        if (++p >= end) return 0;
                        lastmark = lastindex = -1;
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return 0;
        }

        if (charset >= 0) {
            // the pattern starts with a character from a known set
            end = this.end;
            mustAdvance = false;
            for (;;) {
                while (p < end && !charset(charset, ch(p))) p++;
                if (p >= end) return 0;
                start = p;
                ptr = p;
                status = match(pc, false);
                if (status != 0) break;
                p++;
                lastmark = lastindex = -1;
            }
            return status;
        }

        // general case
        start = ptr = p;
        status = match(pc, true);
        mustAdvance = false;
        if (status == 0 && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = ptr = end;
            return 0;
        }
        while (status == 0 && p < end) {
            p++;
            lastmark = lastindex = -1;
            start = ptr = p;
            status = match(pc, false);
        }
        return status;
    }
}
