package dev.glassbox.bytecode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPython 3.11's instruction set: the single table every other part of Glassbox derives from
 * (assembler, code generator, disassembler, VM). It follows {@code Lib/opcode.py} (numbers,
 * {@code hasconst}/{@code hasname}/{@code hasjrel}/..., {@code _inline_cache_entries},
 * {@code _cache_format}, {@code _specializations}) and {@code Python/compile.c}
 * ({@code stack_effect()} and the compiler's pseudo-instructions).
 *
 * <p>Three kinds of opcodes share the number space:
 * <ul>
 * <li>real opcodes (0..176) — what the compiler emits into {@code co_code};</li>
 * <li>specialized (PEP 659) instructions, which only the VM writes over a real opcode at run
 *     time; each has a base opcode ({@link #deopt(int)}) and the same cache layout;</li>
 * <li>pseudo-instructions (negative numbers, as in compile.c) — {@code SETUP_FINALLY},
 *     {@code POP_BLOCK}, direction-less jumps — that exist only between code generation and
 *     assembly.</li>
 * </ul>
 * The constant names below are the opnames: the table reads them by reflection, so a name is
 * written exactly once.
 */
public final class Opcode {
    private Opcode() {}

    // ---- real opcodes: name = number (Lib/opcode.py) ----

    public static final int CACHE = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int NOP = 9;
    public static final int UNARY_POSITIVE = 10;
    public static final int UNARY_NEGATIVE = 11;
    public static final int UNARY_NOT = 12;
    public static final int UNARY_INVERT = 15;
    public static final int BINARY_SUBSCR = 25;
    public static final int GET_LEN = 30;
    public static final int MATCH_MAPPING = 31;
    public static final int MATCH_SEQUENCE = 32;
    public static final int MATCH_KEYS = 33;
    public static final int PUSH_EXC_INFO = 35;
    public static final int CHECK_EXC_MATCH = 36;
    public static final int CHECK_EG_MATCH = 37;
    public static final int WITH_EXCEPT_START = 49;
    public static final int GET_AITER = 50;
    public static final int GET_ANEXT = 51;
    public static final int BEFORE_ASYNC_WITH = 52;
    public static final int BEFORE_WITH = 53;
    public static final int END_ASYNC_FOR = 54;
    public static final int STORE_SUBSCR = 60;
    public static final int DELETE_SUBSCR = 61;
    public static final int GET_ITER = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int PRINT_EXPR = 70;
    public static final int LOAD_BUILD_CLASS = 71;
    public static final int LOAD_ASSERTION_ERROR = 74;
    public static final int RETURN_GENERATOR = 75;
    public static final int LIST_TO_TUPLE = 82;
    public static final int RETURN_VALUE = 83;
    public static final int IMPORT_STAR = 84;
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int YIELD_VALUE = 86;
    public static final int ASYNC_GEN_WRAP = 87;
    public static final int PREP_RERAISE_STAR = 88;
    public static final int POP_EXCEPT = 89;
    public static final int STORE_NAME = 90;
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;
    public static final int FOR_ITER = 93;
    public static final int UNPACK_EX = 94;
    public static final int STORE_ATTR = 95;
    public static final int DELETE_ATTR = 96;
    public static final int STORE_GLOBAL = 97;
    public static final int DELETE_GLOBAL = 98;
    public static final int SWAP = 99;
    public static final int LOAD_CONST = 100;
    public static final int LOAD_NAME = 101;
    public static final int BUILD_TUPLE = 102;
    public static final int BUILD_LIST = 103;
    public static final int BUILD_SET = 104;
    public static final int BUILD_MAP = 105;
    public static final int LOAD_ATTR = 106;
    public static final int COMPARE_OP = 107;
    public static final int IMPORT_NAME = 108;
    public static final int IMPORT_FROM = 109;
    public static final int JUMP_FORWARD = 110;
    public static final int JUMP_IF_FALSE_OR_POP = 111;
    public static final int JUMP_IF_TRUE_OR_POP = 112;
    public static final int POP_JUMP_FORWARD_IF_FALSE = 114;
    public static final int POP_JUMP_FORWARD_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;
    public static final int IS_OP = 117;
    public static final int CONTAINS_OP = 118;
    public static final int RERAISE = 119;
    public static final int COPY = 120;
    public static final int BINARY_OP = 122;
    public static final int SEND = 123;
    public static final int LOAD_FAST = 124;
    public static final int STORE_FAST = 125;
    public static final int DELETE_FAST = 126;
    public static final int POP_JUMP_FORWARD_IF_NOT_NONE = 128;
    public static final int POP_JUMP_FORWARD_IF_NONE = 129;
    public static final int RAISE_VARARGS = 130;
    public static final int GET_AWAITABLE = 131;
    public static final int MAKE_FUNCTION = 132;
    public static final int BUILD_SLICE = 133;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public static final int MAKE_CELL = 135;
    public static final int LOAD_CLOSURE = 136;
    public static final int LOAD_DEREF = 137;
    public static final int STORE_DEREF = 138;
    public static final int DELETE_DEREF = 139;
    public static final int JUMP_BACKWARD = 140;
    public static final int CALL_FUNCTION_EX = 142;
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;
    public static final int LOAD_CLASSDEREF = 148;
    public static final int COPY_FREE_VARS = 149;
    public static final int RESUME = 151;
    public static final int MATCH_CLASS = 152;
    public static final int FORMAT_VALUE = 155;
    public static final int BUILD_CONST_KEY_MAP = 156;
    public static final int BUILD_STRING = 157;
    public static final int LOAD_METHOD = 160;
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;
    public static final int PRECALL = 166;
    public static final int CALL = 171;
    public static final int KW_NAMES = 172;
    public static final int POP_JUMP_BACKWARD_IF_NOT_NONE = 173;
    public static final int POP_JUMP_BACKWARD_IF_NONE = 174;
    public static final int POP_JUMP_BACKWARD_IF_FALSE = 175;
    public static final int POP_JUMP_BACKWARD_IF_TRUE = 176;

    // ---- specialized instructions (Lib/opcode.py _specialized_instructions) ----
    public static final int BINARY_OP_ADAPTIVE = 3;
    public static final int BINARY_OP_ADD_FLOAT = 4;
    public static final int BINARY_OP_ADD_INT = 5;
    public static final int BINARY_OP_ADD_UNICODE = 6;
    public static final int BINARY_OP_INPLACE_ADD_UNICODE = 7;
    public static final int BINARY_OP_MULTIPLY_FLOAT = 8;
    public static final int BINARY_OP_MULTIPLY_INT = 13;
    public static final int BINARY_OP_SUBTRACT_FLOAT = 14;
    public static final int BINARY_OP_SUBTRACT_INT = 16;
    public static final int BINARY_SUBSCR_ADAPTIVE = 17;
    public static final int BINARY_SUBSCR_DICT = 18;
    public static final int BINARY_SUBSCR_GETITEM = 19;
    public static final int BINARY_SUBSCR_LIST_INT = 20;
    public static final int BINARY_SUBSCR_TUPLE_INT = 21;
    public static final int CALL_ADAPTIVE = 22;
    public static final int CALL_PY_EXACT_ARGS = 23;
    public static final int CALL_PY_WITH_DEFAULTS = 24;
    public static final int COMPARE_OP_ADAPTIVE = 26;
    public static final int COMPARE_OP_FLOAT_JUMP = 27;
    public static final int COMPARE_OP_INT_JUMP = 28;
    public static final int COMPARE_OP_STR_JUMP = 29;
    public static final int EXTENDED_ARG_QUICK = 34;
    public static final int JUMP_BACKWARD_QUICK = 38;
    public static final int LOAD_ATTR_ADAPTIVE = 39;
    public static final int LOAD_ATTR_INSTANCE_VALUE = 40;
    public static final int LOAD_ATTR_MODULE = 41;
    public static final int LOAD_ATTR_SLOT = 42;
    public static final int LOAD_ATTR_WITH_HINT = 43;
    public static final int LOAD_CONST__LOAD_FAST = 44;
    public static final int LOAD_FAST__LOAD_CONST = 45;
    public static final int LOAD_FAST__LOAD_FAST = 46;
    public static final int LOAD_GLOBAL_ADAPTIVE = 47;
    public static final int LOAD_GLOBAL_BUILTIN = 48;
    public static final int LOAD_GLOBAL_MODULE = 55;
    public static final int LOAD_METHOD_ADAPTIVE = 56;
    public static final int LOAD_METHOD_CLASS = 57;
    public static final int LOAD_METHOD_MODULE = 58;
    public static final int LOAD_METHOD_NO_DICT = 59;
    public static final int LOAD_METHOD_WITH_DICT = 62;
    public static final int LOAD_METHOD_WITH_VALUES = 63;
    public static final int PRECALL_ADAPTIVE = 64;
    public static final int PRECALL_BOUND_METHOD = 65;
    public static final int PRECALL_BUILTIN_CLASS = 66;
    public static final int PRECALL_BUILTIN_FAST_WITH_KEYWORDS = 67;
    public static final int PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS = 72;
    public static final int PRECALL_NO_KW_BUILTIN_FAST = 73;
    public static final int PRECALL_NO_KW_BUILTIN_O = 76;
    public static final int PRECALL_NO_KW_ISINSTANCE = 77;
    public static final int PRECALL_NO_KW_LEN = 78;
    public static final int PRECALL_NO_KW_LIST_APPEND = 79;
    public static final int PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST = 80;
    public static final int PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS = 81;
    public static final int PRECALL_NO_KW_METHOD_DESCRIPTOR_O = 113;
    public static final int PRECALL_NO_KW_STR_1 = 121;
    public static final int PRECALL_NO_KW_TUPLE_1 = 127;
    public static final int PRECALL_NO_KW_TYPE_1 = 141;
    public static final int PRECALL_PYFUNC = 143;
    public static final int RESUME_QUICK = 150;
    public static final int STORE_ATTR_ADAPTIVE = 153;
    public static final int STORE_ATTR_INSTANCE_VALUE = 154;
    public static final int STORE_ATTR_SLOT = 158;
    public static final int STORE_ATTR_WITH_HINT = 159;
    public static final int STORE_FAST__LOAD_FAST = 161;
    public static final int STORE_FAST__STORE_FAST = 167;
    public static final int STORE_SUBSCR_ADAPTIVE = 168;
    public static final int STORE_SUBSCR_DICT = 169;
    public static final int STORE_SUBSCR_LIST_INT = 170;
    public static final int UNPACK_SEQUENCE_ADAPTIVE = 177;
    public static final int UNPACK_SEQUENCE_LIST = 178;
    public static final int UNPACK_SEQUENCE_TUPLE = 179;
    public static final int UNPACK_SEQUENCE_TWO_TUPLE = 180;

    // ---- pseudo-instructions (Python/compile.c), never in co_code ----
    public static final int SETUP_FINALLY = -1;
    public static final int SETUP_CLEANUP = -2;
    public static final int SETUP_WITH = -3;
    public static final int POP_BLOCK = -4;
    public static final int JUMP = -5;
    public static final int JUMP_NO_INTERRUPT = -6;
    public static final int POP_JUMP_IF_FALSE = -7;
    public static final int POP_JUMP_IF_TRUE = -8;
    public static final int POP_JUMP_IF_NONE = -9;
    public static final int POP_JUMP_IF_NOT_NONE = -10;

    /** Opcodes at or above this take an oparg (the others ignore their second byte). */
    public static final int HAVE_ARGUMENT = 90;

    // ---- attribute flags ----
    public static final int ARG = 1, CONST = 2, NAME = 4, LOCAL = 8, FREE = 16, COMPARE = 32,
            JREL = 64, BACKWARD = 128, SPECIALIZED = 256, PSEUDO = 512;

    private static final int MIN_PSEUDO = -10;
    private static final String[] NAMES = new String[256 - MIN_PSEUDO];
    private static final int[] FLAGS = new int[256 - MIN_PSEUDO];
    private static final int[] CACHES = new int[256 - MIN_PSEUDO];
    private static final int[] BASE = new int[256 - MIN_PSEUDO];
    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    private static final Map<Integer, Map<String, Integer>> CACHE_FORMAT = new HashMap<>();

    static {
        for (Field f : Opcode.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (f.getType() != int.class || !Modifier.isPublic(m) || !Modifier.isStatic(m)) continue;
            String n = f.getName();
            if (isFlagName(n)) continue;
            try {
                int v = f.getInt(null);
                NAMES[v - MIN_PSEUDO] = n;
                BASE[v - MIN_PSEUDO] = v;
                BY_NAME.put(n, v);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        // The attribute table: number, inline cache entries, flags (Lib/opcode.py).
        op(CACHE, 0, 0);
        op(POP_TOP, 0, 0);
        op(PUSH_NULL, 0, 0);
        op(NOP, 0, 0);
        op(UNARY_POSITIVE, 0, 0);
        op(UNARY_NEGATIVE, 0, 0);
        op(UNARY_NOT, 0, 0);
        op(UNARY_INVERT, 0, 0);
        op(BINARY_SUBSCR, 4, 0);
        op(GET_LEN, 0, 0);
        op(MATCH_MAPPING, 0, 0);
        op(MATCH_SEQUENCE, 0, 0);
        op(MATCH_KEYS, 0, 0);
        op(PUSH_EXC_INFO, 0, 0);
        op(CHECK_EXC_MATCH, 0, 0);
        op(CHECK_EG_MATCH, 0, 0);
        op(WITH_EXCEPT_START, 0, 0);
        op(GET_AITER, 0, 0);
        op(GET_ANEXT, 0, 0);
        op(BEFORE_ASYNC_WITH, 0, 0);
        op(BEFORE_WITH, 0, 0);
        op(END_ASYNC_FOR, 0, 0);
        op(STORE_SUBSCR, 1, 0);
        op(DELETE_SUBSCR, 0, 0);
        op(GET_ITER, 0, 0);
        op(GET_YIELD_FROM_ITER, 0, 0);
        op(PRINT_EXPR, 0, 0);
        op(LOAD_BUILD_CLASS, 0, 0);
        op(LOAD_ASSERTION_ERROR, 0, 0);
        op(RETURN_GENERATOR, 0, 0);
        op(LIST_TO_TUPLE, 0, 0);
        op(RETURN_VALUE, 0, 0);
        op(IMPORT_STAR, 0, 0);
        op(SETUP_ANNOTATIONS, 0, 0);
        op(YIELD_VALUE, 0, 0);
        op(ASYNC_GEN_WRAP, 0, 0);
        op(PREP_RERAISE_STAR, 0, 0);
        op(POP_EXCEPT, 0, 0);
        op(STORE_NAME, 0, ARG|NAME);
        op(DELETE_NAME, 0, ARG|NAME);
        op(UNPACK_SEQUENCE, 1, ARG);
        op(FOR_ITER, 0, ARG|JREL);
        op(UNPACK_EX, 0, ARG);
        op(STORE_ATTR, 4, ARG|NAME);
        op(DELETE_ATTR, 0, ARG|NAME);
        op(STORE_GLOBAL, 0, ARG|NAME);
        op(DELETE_GLOBAL, 0, ARG|NAME);
        op(SWAP, 0, ARG);
        op(LOAD_CONST, 0, ARG|CONST);
        op(LOAD_NAME, 0, ARG|NAME);
        op(BUILD_TUPLE, 0, ARG);
        op(BUILD_LIST, 0, ARG);
        op(BUILD_SET, 0, ARG);
        op(BUILD_MAP, 0, ARG);
        op(LOAD_ATTR, 4, ARG|NAME);
        op(COMPARE_OP, 2, ARG|COMPARE);
        op(IMPORT_NAME, 0, ARG|NAME);
        op(IMPORT_FROM, 0, ARG|NAME);
        op(JUMP_FORWARD, 0, ARG|JREL);
        op(JUMP_IF_FALSE_OR_POP, 0, ARG|JREL);
        op(JUMP_IF_TRUE_OR_POP, 0, ARG|JREL);
        op(POP_JUMP_FORWARD_IF_FALSE, 0, ARG|JREL);
        op(POP_JUMP_FORWARD_IF_TRUE, 0, ARG|JREL);
        op(LOAD_GLOBAL, 5, ARG|NAME);
        op(IS_OP, 0, ARG);
        op(CONTAINS_OP, 0, ARG);
        op(RERAISE, 0, ARG);
        op(COPY, 0, ARG);
        op(BINARY_OP, 1, ARG);
        op(SEND, 0, ARG|JREL);
        op(LOAD_FAST, 0, ARG|LOCAL);
        op(STORE_FAST, 0, ARG|LOCAL);
        op(DELETE_FAST, 0, ARG|LOCAL);
        op(POP_JUMP_FORWARD_IF_NOT_NONE, 0, ARG|JREL);
        op(POP_JUMP_FORWARD_IF_NONE, 0, ARG|JREL);
        op(RAISE_VARARGS, 0, ARG);
        op(GET_AWAITABLE, 0, ARG);
        op(MAKE_FUNCTION, 0, ARG);
        op(BUILD_SLICE, 0, ARG);
        op(JUMP_BACKWARD_NO_INTERRUPT, 0, ARG|JREL|BACKWARD);
        op(MAKE_CELL, 0, ARG|FREE);
        op(LOAD_CLOSURE, 0, ARG|FREE);
        op(LOAD_DEREF, 0, ARG|FREE);
        op(STORE_DEREF, 0, ARG|FREE);
        op(DELETE_DEREF, 0, ARG|FREE);
        op(JUMP_BACKWARD, 0, ARG|JREL|BACKWARD);
        op(CALL_FUNCTION_EX, 0, ARG);
        op(EXTENDED_ARG, 0, ARG);
        op(LIST_APPEND, 0, ARG);
        op(SET_ADD, 0, ARG);
        op(MAP_ADD, 0, ARG);
        op(LOAD_CLASSDEREF, 0, ARG|FREE);
        op(COPY_FREE_VARS, 0, ARG);
        op(RESUME, 0, ARG);
        op(MATCH_CLASS, 0, ARG);
        op(FORMAT_VALUE, 0, ARG);
        op(BUILD_CONST_KEY_MAP, 0, ARG);
        op(BUILD_STRING, 0, ARG);
        op(LOAD_METHOD, 10, ARG|NAME);
        op(LIST_EXTEND, 0, ARG);
        op(SET_UPDATE, 0, ARG);
        op(DICT_MERGE, 0, ARG);
        op(DICT_UPDATE, 0, ARG);
        op(PRECALL, 1, ARG);
        op(CALL, 4, ARG);
        op(KW_NAMES, 0, ARG|CONST);
        op(POP_JUMP_BACKWARD_IF_NOT_NONE, 0, ARG|JREL|BACKWARD);
        op(POP_JUMP_BACKWARD_IF_NONE, 0, ARG|JREL|BACKWARD);
        op(POP_JUMP_BACKWARD_IF_FALSE, 0, ARG|JREL|BACKWARD);
        op(POP_JUMP_BACKWARD_IF_TRUE, 0, ARG|JREL|BACKWARD);
        // Specialized instructions and the opcode they specialize (opcode._specializations).
        spec(BINARY_OP_ADAPTIVE, BINARY_OP);
        spec(BINARY_OP_ADD_FLOAT, BINARY_OP);
        spec(BINARY_OP_ADD_INT, BINARY_OP);
        spec(BINARY_OP_ADD_UNICODE, BINARY_OP);
        spec(BINARY_OP_INPLACE_ADD_UNICODE, BINARY_OP);
        spec(BINARY_OP_MULTIPLY_FLOAT, BINARY_OP);
        spec(BINARY_OP_MULTIPLY_INT, BINARY_OP);
        spec(BINARY_OP_SUBTRACT_FLOAT, BINARY_OP);
        spec(BINARY_OP_SUBTRACT_INT, BINARY_OP);
        spec(BINARY_SUBSCR_ADAPTIVE, BINARY_SUBSCR);
        spec(BINARY_SUBSCR_DICT, BINARY_SUBSCR);
        spec(BINARY_SUBSCR_GETITEM, BINARY_SUBSCR);
        spec(BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR);
        spec(BINARY_SUBSCR_TUPLE_INT, BINARY_SUBSCR);
        spec(CALL_ADAPTIVE, CALL);
        spec(CALL_PY_EXACT_ARGS, CALL);
        spec(CALL_PY_WITH_DEFAULTS, CALL);
        spec(COMPARE_OP_ADAPTIVE, COMPARE_OP);
        spec(COMPARE_OP_FLOAT_JUMP, COMPARE_OP);
        spec(COMPARE_OP_INT_JUMP, COMPARE_OP);
        spec(COMPARE_OP_STR_JUMP, COMPARE_OP);
        spec(EXTENDED_ARG_QUICK, EXTENDED_ARG);
        spec(JUMP_BACKWARD_QUICK, JUMP_BACKWARD);
        spec(LOAD_ATTR_ADAPTIVE, LOAD_ATTR);
        spec(LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR);
        spec(LOAD_ATTR_MODULE, LOAD_ATTR);
        spec(LOAD_ATTR_SLOT, LOAD_ATTR);
        spec(LOAD_ATTR_WITH_HINT, LOAD_ATTR);
        spec(LOAD_CONST__LOAD_FAST, LOAD_CONST);
        spec(LOAD_FAST__LOAD_CONST, LOAD_FAST);
        spec(LOAD_FAST__LOAD_FAST, LOAD_FAST);
        spec(LOAD_GLOBAL_ADAPTIVE, LOAD_GLOBAL);
        spec(LOAD_GLOBAL_BUILTIN, LOAD_GLOBAL);
        spec(LOAD_GLOBAL_MODULE, LOAD_GLOBAL);
        spec(LOAD_METHOD_ADAPTIVE, LOAD_METHOD);
        spec(LOAD_METHOD_CLASS, LOAD_METHOD);
        spec(LOAD_METHOD_MODULE, LOAD_METHOD);
        spec(LOAD_METHOD_NO_DICT, LOAD_METHOD);
        spec(LOAD_METHOD_WITH_DICT, LOAD_METHOD);
        spec(LOAD_METHOD_WITH_VALUES, LOAD_METHOD);
        spec(PRECALL_ADAPTIVE, PRECALL);
        spec(PRECALL_BOUND_METHOD, PRECALL);
        spec(PRECALL_BUILTIN_CLASS, PRECALL);
        spec(PRECALL_BUILTIN_FAST_WITH_KEYWORDS, PRECALL);
        spec(PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, PRECALL);
        spec(PRECALL_NO_KW_BUILTIN_FAST, PRECALL);
        spec(PRECALL_NO_KW_BUILTIN_O, PRECALL);
        spec(PRECALL_NO_KW_ISINSTANCE, PRECALL);
        spec(PRECALL_NO_KW_LEN, PRECALL);
        spec(PRECALL_NO_KW_LIST_APPEND, PRECALL);
        spec(PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST, PRECALL);
        spec(PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS, PRECALL);
        spec(PRECALL_NO_KW_METHOD_DESCRIPTOR_O, PRECALL);
        spec(PRECALL_NO_KW_STR_1, PRECALL);
        spec(PRECALL_NO_KW_TUPLE_1, PRECALL);
        spec(PRECALL_NO_KW_TYPE_1, PRECALL);
        spec(PRECALL_PYFUNC, PRECALL);
        spec(RESUME_QUICK, RESUME);
        spec(STORE_ATTR_ADAPTIVE, STORE_ATTR);
        spec(STORE_ATTR_INSTANCE_VALUE, STORE_ATTR);
        spec(STORE_ATTR_SLOT, STORE_ATTR);
        spec(STORE_ATTR_WITH_HINT, STORE_ATTR);
        spec(STORE_FAST__LOAD_FAST, STORE_FAST);
        spec(STORE_FAST__STORE_FAST, STORE_FAST);
        spec(STORE_SUBSCR_ADAPTIVE, STORE_SUBSCR);
        spec(STORE_SUBSCR_DICT, STORE_SUBSCR);
        spec(STORE_SUBSCR_LIST_INT, STORE_SUBSCR);
        spec(UNPACK_SEQUENCE_ADAPTIVE, UNPACK_SEQUENCE);
        spec(UNPACK_SEQUENCE_LIST, UNPACK_SEQUENCE);
        spec(UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE);
        spec(UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE);
        for (int p = MIN_PSEUDO; p < 0; p++) FLAGS[p - MIN_PSEUDO] = PSEUDO | ARG;
        FLAGS[JUMP - MIN_PSEUDO] |= JREL;
        FLAGS[JUMP_NO_INTERRUPT - MIN_PSEUDO] |= JREL;
        for (int p = POP_JUMP_IF_NOT_NONE; p <= POP_JUMP_IF_FALSE; p++) FLAGS[p - MIN_PSEUDO] |= JREL;
        // Names and sizes (in code units) of the inline cache fields (opcode._cache_format).
        cacheFormat(LOAD_GLOBAL, "counter", 1, "index", 1, "module_keys_version", 2, "builtin_keys_version", 1);
        cacheFormat(BINARY_OP, "counter", 1);
        cacheFormat(UNPACK_SEQUENCE, "counter", 1);
        cacheFormat(COMPARE_OP, "counter", 1, "mask", 1);
        cacheFormat(BINARY_SUBSCR, "counter", 1, "type_version", 2, "func_version", 1);
        cacheFormat(LOAD_ATTR, "counter", 1, "version", 2, "index", 1);
        cacheFormat(STORE_ATTR, "counter", 1, "version", 2, "index", 1);
        cacheFormat(LOAD_METHOD, "counter", 1, "type_version", 2, "dict_offset", 1, "keys_version", 2, "descr", 4);
        cacheFormat(CALL, "counter", 1, "func_version", 2, "min_args", 1);
        cacheFormat(PRECALL, "counter", 1);
        cacheFormat(STORE_SUBSCR, "counter", 1);
    }

    /** The public int fields that are not opcodes. */
    private static boolean isFlagName(String n) {
        return switch (n) {
            case "ARG", "CONST", "NAME", "LOCAL", "FREE", "COMPARE", "JREL", "BACKWARD",
                    "SPECIALIZED", "PSEUDO", "MIN_PSEUDO", "HAVE_ARGUMENT", "INVALID_STACK_EFFECT" -> true;
            default -> false;
        };
    }

    private static void op(int op, int caches, int flags) {
        CACHES[op - MIN_PSEUDO] = caches;
        FLAGS[op - MIN_PSEUDO] = flags;
    }

    private static void spec(int op, int base) {
        BASE[op - MIN_PSEUDO] = base;
        CACHES[op - MIN_PSEUDO] = CACHES[base - MIN_PSEUDO];
        FLAGS[op - MIN_PSEUDO] = FLAGS[base - MIN_PSEUDO] | SPECIALIZED;
    }

    private static void cacheFormat(int op, Object... nameSize) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < nameSize.length; i += 2) m.put((String) nameSize[i], (Integer) nameSize[i + 1]);
        CACHE_FORMAT.put(op, Collections.unmodifiableMap(m));
    }

    // ---- queries ----

    /** True if {@code op} is a defined opcode (real, specialized or pseudo). */
    public static boolean exists(int op) {
        return op >= MIN_PSEUDO && op < 256 && NAMES[op - MIN_PSEUDO] != null;
    }

    /** The opname, or {@code "<N>"} as {@code dis} shows undefined numbers. */
    public static String name(int op) {
        String n = op >= MIN_PSEUDO && op < 256 ? NAMES[op - MIN_PSEUDO] : null;
        return n != null ? n : "<" + op + ">";
    }

    /** The opcode with this name, or -1000 if there is none. */
    public static int byName(String name) {
        Integer v = BY_NAME.get(name);
        return v == null ? -1000 : v;
    }

    /** Number of 2-byte CACHE entries that follow the instruction in co_code. */
    public static int caches(int op) { return CACHES[op - MIN_PSEUDO]; }

    /** The base opcode of a specialized instruction; other opcodes map to themselves. */
    public static int deopt(int op) { return BASE[op - MIN_PSEUDO]; }

    public static boolean hasArg(int op) { return (FLAGS[op - MIN_PSEUDO] & ARG) != 0; }
    public static boolean hasConst(int op) { return (FLAGS[op - MIN_PSEUDO] & CONST) != 0; }
    public static boolean hasName(int op) { return (FLAGS[op - MIN_PSEUDO] & NAME) != 0; }
    public static boolean hasLocal(int op) { return (FLAGS[op - MIN_PSEUDO] & LOCAL) != 0; }
    public static boolean hasFree(int op) { return (FLAGS[op - MIN_PSEUDO] & FREE) != 0; }
    public static boolean hasCompare(int op) { return (FLAGS[op - MIN_PSEUDO] & COMPARE) != 0; }
    /** A relative jump (the target is an oparg counted in code units from the next instruction). */
    public static boolean hasJrel(int op) { return (FLAGS[op - MIN_PSEUDO] & JREL) != 0; }
    /** Always false in 3.11: absolute jumps are gone. */
    public static boolean hasJabs(int op) { return false; }
    /** A relative jump whose oparg counts backwards. */
    public static boolean isBackwardJump(int op) { return (FLAGS[op - MIN_PSEUDO] & BACKWARD) != 0; }
    public static boolean isSpecialized(int op) { return (FLAGS[op - MIN_PSEUDO] & SPECIALIZED) != 0; }
    public static boolean isPseudo(int op) { return op < 0 && exists(op); }

    /** The cache fields of {@code op} (name to size in code units, in order), empty if none. */
    public static Map<String, Integer> cacheFormat(int op) {
        return CACHE_FORMAT.getOrDefault(deopt(op), Map.of());
    }

    /**
     * Jumps as compile.c's {@code is_jump}: the direction-less pseudo jumps and every real
     * relative jump (FOR_ITER and SEND included). Block pushes (SETUP_*) are not jumps.
     */
    public static boolean isJump(int op) { return hasJrel(op); }

    /** Unconditional jumps: control never falls through. */
    public static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    /** Instructions after which control never falls through (compile.c IS_SCOPE_EXIT_OPCODE + jumps). */
    public static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
    }

    /** Pseudo-instructions that set up an exception handler (their target is the handler). */
    public static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    /** The value {@code CPython}'s {@code stack_effect} returns for an opcode without one. */
    public static final int INVALID_STACK_EFFECT = Integer.MIN_VALUE;

    /**
     * The change in stack depth caused by {@code op} with {@code oparg}, as CPython's
     * {@code stack_effect(opcode, oparg, jump)} in Python/compile.c: {@code jump} is 1 for the
     * branch taken, 0 for fall-through, -1 for the maximum of both. Returns
     * {@link #INVALID_STACK_EFFECT} for opcodes that have none (specialized ones included).
     */
    public static int stackEffect(int op, int oparg, int jump) {
        switch (op) {
            case NOP, EXTENDED_ARG, RESUME, CACHE, SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT,
                    UNARY_INVERT, GET_ITER, SETUP_ANNOTATIONS, ASYNC_GEN_WRAP, YIELD_VALUE, POP_BLOCK,
                    DELETE_NAME, DELETE_GLOBAL, LOAD_ATTR, CHECK_EXC_MATCH, CHECK_EG_MATCH,
                    JUMP_FORWARD, JUMP_BACKWARD, JUMP, JUMP_BACKWARD_NO_INTERRUPT, JUMP_NO_INTERRUPT,
                    DELETE_FAST, RETURN_GENERATOR, KW_NAMES, MAKE_CELL, COPY_FREE_VARS, DELETE_DEREF,
                    GET_AWAITABLE, GET_AITER, GET_YIELD_FROM_ITER, LIST_TO_TUPLE:
                return 0;
            case POP_TOP, SET_ADD, LIST_APPEND, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR,
                    POP_EXCEPT, STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IS_OP, CONTAINS_OP,
                    IMPORT_NAME, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NONE, POP_JUMP_IF_NONE,
                    POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_IF_NOT_NONE,
                    POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_IF_FALSE,
                    POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_IF_TRUE,
                    PREP_RERAISE_STAR, RERAISE, STORE_FAST, CALL, STORE_DEREF, LIST_EXTEND, SET_UPDATE,
                    DICT_MERGE, DICT_UPDATE, BINARY_OP:
                return -1;
            case MAP_ADD, DELETE_SUBSCR, STORE_ATTR, MATCH_CLASS, END_ASYNC_FOR:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case LOAD_BUILD_CLASS, LOAD_CONST, LOAD_NAME, IMPORT_FROM, PUSH_EXC_INFO, WITH_EXCEPT_START,
                    LOAD_FAST, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, BEFORE_ASYNC_WITH, BEFORE_WITH,
                    GET_ANEXT, LOAD_METHOD, LOAD_ASSERTION_ERROR, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE,
                    MATCH_KEYS, COPY, PUSH_NULL:
                return 1;
            case UNPACK_SEQUENCE:
                return oparg - 1;
            case UNPACK_EX:
                return (oparg & 0xFF) + (oparg >> 8);
            case FOR_ITER:
                // -1 when the iterator is exhausted (jump), +1 while iterating.
                return jump > 0 ? -1 : 1;
            case SEND:
                return jump > 0 ? -1 : 0;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
                return 1 - oparg;
            case BUILD_MAP:
                return 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP:
                return -oparg;
            case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP:
                return jump != 0 ? 0 : -1;
            case LOAD_GLOBAL:
                return (oparg & 1) + 1;
            case SETUP_FINALLY, SETUP_WITH:
                // Nothing in the normal flow; the handler gets one more value pushed.
                return jump != 0 ? 1 : 0;
            case SETUP_CLEANUP:
                // As SETUP_FINALLY, plus lasti.
                return jump != 0 ? 2 : 0;
            case RAISE_VARARGS, PRECALL:
                return -oparg;
            case CALL_FUNCTION_EX:
                return -2 - ((oparg & 1) != 0 ? 1 : 0);
            case MAKE_FUNCTION:
                return -Integer.bitCount(oparg & 0x0F);
            case BUILD_SLICE:
                return oparg == 3 ? -2 : -1;
            case FORMAT_VALUE:
                // 2 -> 1 if there is a format spec on the stack, else 1 -> 1.
                return (oparg & 0x04) == 0x04 ? -1 : 0;
            default:
                return INVALID_STACK_EFFECT;
        }
    }

    /**
     * {@code _opcode.stack_effect(opcode, oparg=None, *, jump=None)} (Modules/_opcode.c):
     * {@code oparg} and {@code jump} may be null (None). Throws IllegalArgumentException with
     * CPython's ValueError message when the arguments are invalid.
     */
    public static int stackEffectChecked(int opcode, Integer oparg, Boolean jump) {
        int arg = 0;
        if (opcode >= HAVE_ARGUMENT) {
            if (oparg == null) {
                throw new IllegalArgumentException("stack_effect: opcode requires oparg but oparg was not specified");
            }
            arg = oparg;
        } else if (oparg != null) {
            throw new IllegalArgumentException("stack_effect: opcode does not permit oparg but oparg was specified");
        }
        int j = jump == null ? -1 : jump ? 1 : 0;
        int effect = opcode >= -10 && opcode < 256 ? stackEffect(opcode, arg, j) : INVALID_STACK_EFFECT;
        if (effect == INVALID_STACK_EFFECT) throw new IllegalArgumentException("invalid opcode or oparg");
        return effect;
    }
}
