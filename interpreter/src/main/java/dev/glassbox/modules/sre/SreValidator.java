package dev.glassbox.modules.sre;

import static dev.glassbox.modules.sre.SreConstants.*;

/**
 * _validate of Modules/_sre/sre.c: checks that code passed to _sre.compile has the shape
 * re._compiler produces (operators with their arguments, skips inside the code, jumps that
 * do not cross, groups in range), so the engine never reads outside it. All jumps are
 * relative and forward.
 */
final class SreValidator {
    private final int[] code;
    private final long groups;
    private int pc;

    private SreValidator(int[] code, long groups) {
        this.code = code;
        this.groups = groups;
    }

    /** Thrown on the first defect; the caller turns it into RuntimeError("invalid SRE code"). */
    private static final class Invalid extends Exception {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private static final Invalid FAIL = new Invalid();

    static boolean valid(int[] code, long groups) {
        if (groups < 0 || groups > MAXGROUPS || code.length == 0 || code[code.length - 1] != SUCCESS) return false;
        SreValidator v = new SreValidator(code, groups);
        try {
            return !v.inner(0, code.length - 1);
        } catch (Invalid e) {
            return false;
        }
    }

    private int op(int end) throws Invalid {
        if (pc >= end) throw FAIL;
        return code[pc++];
    }

    private int arg(int end) throws Invalid {
        if (pc >= end) throw FAIL;
        return code[pc++];
    }

    /** GET_SKIP_ADJ: reads a skip that must stay within the code. */
    private int skip(int end, int adj) throws Invalid {
        if (pc >= end) throw FAIL;
        int skip = code[pc];
        if (u(skip) < adj || u(skip) - adj > end - pc) throw FAIL;
        pc++;
        return skip;
    }

    private void charset(int from, int end) throws Invalid {
        pc = from;
        while (pc < end) {
            int op = op(end);
            switch (op) {
                case NEGATE:
                    break;
                case LITERAL:
                    arg(end);
                    break;
                case RANGE:
                case RANGE_UNI_IGNORE:
                    arg(end);
                    arg(end);
                    break;
                case CHARSET:
                    if (8 > end - pc) throw FAIL;
                    pc += 8;
                    break;
                case BIGCHARSET: {
                    long count = u(arg(end));
                    if (64 > end - pc) throw FAIL;
                    for (int i = 0; i < 256; i++) {
                        int b = (code[pc + (i >> 2)] >>> ((i & 3) * 8)) & 0xff;
                        if (b >= count) throw FAIL;
                    }
                    pc += 64;
                    long offset = count * 8;
                    if (offset > end - pc) throw FAIL;
                    pc += (int) offset;
                    break;
                }
                case CATEGORY: {
                    int a = arg(end);
                    if (a < CATEGORY_DIGIT || a > CATEGORY_UNI_NOT_LINEBREAK) throw FAIL;
                    break;
                }
                default:
                    throw FAIL;
            }
        }
    }

    /** _validate_inner over [from, end): returns whether the last operator is a JUMP. */
    private boolean inner(int from, int end) throws Invalid {
        pc = from;
        if (pc > end) throw FAIL;
        while (pc < end) {
            int op = op(end);
            switch (op) {
                case MARK: {
                    int a = arg(end);
                    if (u(a) > 2 * groups + 1) throw FAIL;
                    break;
                }
                case LITERAL: case NOT_LITERAL: case LITERAL_IGNORE: case NOT_LITERAL_IGNORE:
                case LITERAL_UNI_IGNORE: case NOT_LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE:
                case NOT_LITERAL_LOC_IGNORE:
                    arg(end);
                    break;
                case SUCCESS:
                case FAILURE:
                    break;
                case AT: {
                    int a = arg(end);
                    if (a < AT_BEGINNING || a > AT_UNI_NON_BOUNDARY) throw FAIL;
                    break;
                }
                case ANY:
                case ANY_ALL:
                    break;
                case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE: {
                    int skip = skip(end, 0);
                    int here = pc;
                    // stop one before the end; the FAILURE is checked here
                    charset(here, here + skip - 2);
                    if (code[here + skip - 2] != FAILURE) throw FAIL;
                    pc = here + skip - 1;
                    break;
                }
                case INFO: {
                    // <INFO> <1=skip> <2=flags> <3=min> <4=max>, then a prefix or a charset
                    int skip = skip(end, 0);
                    int newcode = pc + skip - 1;
                    int flags = arg(end);
                    arg(end);
                    arg(end);
                    if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0) throw FAIL;
                    if ((flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0) throw FAIL;
                    if ((flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0) throw FAIL;
                    if ((flags & INFO_PREFIX) != 0) {
                        long prefixLen = u(arg(end));
                        arg(end);
                        if (prefixLen > newcode - pc) throw FAIL;
                        pc += (int) prefixLen;
                        if (prefixLen > newcode - pc) throw FAIL;
                        for (int i = 0; i < prefixLen; i++) if (u(code[pc + i]) >= prefixLen) throw FAIL;
                        pc += (int) prefixLen;
                    }
                    if ((flags & INFO_CHARSET) != 0) {
                        charset(pc, newcode - 1);
                        if (code[newcode - 1] != FAILURE) throw FAIL;
                        pc = newcode;
                    } else if (pc != newcode) {
                        throw FAIL;
                    }
                    break;
                }
                case BRANCH: {
                    int target = -1;
                    for (;;) {
                        int skip = skip(end, 0);
                        if (skip == 0) break;
                        int here = pc;
                        // stop two before the end: the JUMP is checked here
                        if (inner(here, here + skip - 3)) throw FAIL;
                        pc = here + skip - 3;
                        if (op(end) != JUMP) throw FAIL;
                        int s = skip(end, 0);
                        if (target < 0) target = pc + s - 1;
                        else if (pc + s - 1 != target) throw FAIL;
                    }
                    if (pc != target) throw FAIL;
                    break;
                }
                case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE: {
                    int skip = skip(end, 0);
                    long min = u(arg(end)), max = u(arg(end));
                    if (min > max || max > MAXREPEAT_VALUE) throw FAIL;
                    int here = pc;
                    if (inner(here, here + skip - 4)) throw FAIL;
                    pc = here + skip - 4;
                    if (op(end) != SUCCESS) throw FAIL;
                    break;
                }
                case REPEAT: case POSSESSIVE_REPEAT: {
                    int skip = skip(end, 0);
                    long min = u(arg(end)), max = u(arg(end));
                    if (min > max || max > MAXREPEAT_VALUE) throw FAIL;
                    int here = pc;
                    if (inner(here, here + skip - 3)) throw FAIL;
                    pc = here + skip - 3;
                    int o = op(end);
                    if (op == POSSESSIVE_REPEAT) {
                        if (o != SUCCESS) throw FAIL;
                    } else if (o != MAX_UNTIL && o != MIN_UNTIL) {
                        throw FAIL;
                    }
                    break;
                }
                case ATOMIC_GROUP: {
                    int skip = skip(end, 0);
                    int here = pc;
                    if (inner(here, here + skip - 2)) throw FAIL;
                    pc = here + skip - 2;
                    if (op(end) != SUCCESS) throw FAIL;
                    break;
                }
                case GROUPREF: case GROUPREF_IGNORE: case GROUPREF_UNI_IGNORE: case GROUPREF_LOC_IGNORE: {
                    int a = arg(end);
                    if (u(a) >= groups) throw FAIL;
                    break;
                }
                case GROUPREF_EXISTS: {
                    // <GROUPREF_EXISTS> <group> <skipyes> then [JUMP <skipno> else]; skips count from the group
                    int a = arg(end);
                    if (u(a) >= groups) throw FAIL;
                    int skip = skip(end, 1);
                    int base = pc - 2;
                    boolean jump = inner(base + 2, base + skip);
                    int last = base + skip;
                    if (jump) {
                        pc = base + skip - 1;
                        int s = skip(end, 0);
                        int here = pc;
                        if (inner(here, here + s - 1)) throw FAIL;
                        last = here + s - 1;
                    }
                    pc = last;
                    break;
                }
                case ASSERT:
                case ASSERT_NOT: {
                    int skip = skip(end, 0);
                    arg(end);
                    int base = pc - 1;
                    // stop one before the end; the SUCCESS is checked here
                    if (inner(base + 1, base + skip - 2)) throw FAIL;
                    pc = base + skip - 2;
                    if (op(end) != SUCCESS) throw FAIL;
                    break;
                }
                case JUMP:
                    if (pc + 1 != end) throw FAIL;
                    return true;
                default:
                    throw FAIL;
            }
        }
        return false;
    }
}
