package dev.glassbox.bytecode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython 3.11's {@code dis} in Java: the instruction records of {@code dis.get_instructions}
 * and the text of {@code dis.dis} / {@code dis.disassemble}, character for character
 * (Lib/dis.py {@code _get_instructions_bytes}, {@code _disassemble_bytes},
 * {@code Instruction._disassemble}, {@code _disassemble_recursive}).
 *
 * <p>The code array is a parameter: {@code co.code} for the compiler's output, or the VM's
 * quickened copy for {@code adaptive=True} (specialized opnames are then shown; argument
 * decoding uses the base opcode, as dis does). Known difference: a code object's address in
 * its repr is a stand-in ({@link CodeUnit#address()}).
 */
public final class Disassembler {
    private Disassembler() {}

    private static final int OPNAME_WIDTH = 20, OPARG_WIDTH = 5;
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
    private static final String[] FORMAT_CONVERTERS = {"", "str", "repr", "ascii"};
    /** The argrepr of each BINARY_OP oparg (opcode._nb_ops). */
    public static final String[] NB_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-",
            "/", "^", "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
    /** COMPARE_OP opargs (opcode.cmp_op). */
    public static final String[] CMP_OP = {"<", "<=", "==", "!=", ">", ">="};

    /**
     * One instruction as {@code dis.Instruction}: {@code arg} is null for opcodes without an
     * argument, {@code startsLine} null when no line starts here, {@code argval} the resolved
     * argument (a constant, a name, a jump target offset, a comparison string, ...).
     */
    public record Instruction(String opname, int opcode, Integer arg, Object argval, String argrepr,
                              int offset, Integer startsLine, boolean isJumpTarget,
                              LocationTable.Position positions) {

        /** {@code Instruction._disassemble}: one line of dis output, right-stripped. */
        public String format(int linenoWidth, boolean markAsCurrent, int offsetWidth) {
            StringBuilder sb = new StringBuilder();
            if (linenoWidth > 0) {
                sb.append(startsLine != null ? pad(Integer.toString(startsLine), linenoWidth, true)
                        : " ".repeat(linenoWidth)).append(' ');
            }
            sb.append(markAsCurrent ? "-->" : "   ").append(' ');
            sb.append(isJumpTarget ? ">>" : "  ").append(' ');
            sb.append(pad(Integer.toString(offset), offsetWidth, true)).append(' ');
            sb.append(pad(opname, OPNAME_WIDTH, false));
            if (arg != null) {
                sb.append(' ').append(pad(Integer.toString(arg), OPARG_WIDTH, true));
                if (!argrepr.isEmpty()) sb.append(" (").append(argrepr).append(')');
            }
            int end = sb.length();
            while (end > 0 && sb.charAt(end - 1) == ' ') end--;
            return sb.substring(0, end);
        }
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) return s;
        String sp = " ".repeat(width - s.length());
        return right ? sp + s : s + sp;
    }

    /** {@code dis.findlabels}: jump targets, in order of first appearance. */
    public static List<Integer> findLabels(byte[] code) {
        List<Integer> labels = new ArrayList<>();
        for (int[] ins : unpack(code)) {
            int offset = ins[0], op = ins[1], arg = ins[2];
            if (ins[3] == 0) continue;
            // dis tests the raw opcode here, so quickened jumps are not labels in adaptive mode.
            if (Opcode.exists(op) && !Opcode.isSpecialized(op) && Opcode.hasJrel(op)) {
                int label = offset + 2 + (Opcode.isBackwardJump(op) ? -arg : arg) * 2;
                if (!labels.contains(label)) labels.add(label);
            }
        }
        return labels;
    }

    /** {@code dis._unpack_opargs}: {offset, op, arg, hasArg} for each instruction, caches skipped. */
    static List<int[]> unpack(byte[] code) {
        List<int[]> out = new ArrayList<>();
        int extended = 0;
        int caches = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xff;
            int deop = deopt(op);
            caches = Opcode.exists(deop) ? Opcode.caches(deop) : 0;
            if (deop >= Opcode.HAVE_ARGUMENT) {
                int arg = (code[i + 1] & 0xff) | extended;
                extended = deop == Opcode.EXTENDED_ARG ? arg << 8 : 0;
                out.add(new int[] {i, op, arg, 1});
            } else {
                extended = 0;
                out.add(new int[] {i, op, 0, 0});
            }
        }
        return out;
    }

    private static int deopt(int op) {
        return Opcode.exists(op) ? Opcode.deopt(op) : op;
    }

    /** {@code dis.get_instructions(co)} over {@code code} (co.code, or a quickened copy). */
    public static List<Instruction> instructions(CodeUnit co, byte[] code, boolean showCaches) {
        Map<Integer, Integer> linestarts = new HashMap<>();
        for (int[] ls : LocationTable.lineStarts(co.linetable, co.firstlineno)) linestarts.put(ls[0], ls[1]);
        Set<Integer> labels = new HashSet<>(findLabels(code));
        for (ExceptionTable.Entry e : co.exceptionEntries()) {
            if (e.end() > e.start()) labels.add(e.target());
        }
        List<LocationTable.Position> positions = co.positions();
        int posIndex = 0;
        List<Instruction> out = new ArrayList<>();
        for (int[] ins : unpack(code)) {
            int offset = ins[0], op = ins[1], arg = ins[2];
            boolean hasArg = ins[3] != 0;
            int deop = deopt(op);
            LocationTable.Position pos = posIndex < positions.size() ? positions.get(posIndex) : LocationTable.Position.NONE;
            posIndex++;
            Object argval = null;
            String argrepr = "";
            if (hasArg) {
                argval = arg;
                if (Opcode.hasConst(deop)) {
                    if (deop == Opcode.LOAD_CONST) {
                        argval = co.consts[arg];
                        argrepr = ConstRepr.repr(argval);
                    } else {
                        argval = null;  // dis.UNKNOWN: only LOAD_CONST is resolved
                    }
                } else if (Opcode.hasName(deop)) {
                    if (deop == Opcode.LOAD_GLOBAL) {
                        argval = co.names[arg >> 1];
                        argrepr = (arg & 1) != 0 ? "NULL + " + argval : (String) argval;
                    } else {
                        argval = co.names[arg];
                        argrepr = (String) argval;
                    }
                } else if (Opcode.hasJrel(deop)) {
                    int target = offset + 2 + (Opcode.isBackwardJump(deop) ? -arg : arg) * 2;
                    argval = target;
                    argrepr = "to " + target;
                } else if (Opcode.hasLocal(deop) || Opcode.hasFree(deop)) {
                    argval = co.varnameFromOparg(arg);
                    argrepr = (String) argval;
                } else if (Opcode.hasCompare(deop)) {
                    argval = CMP_OP[arg];
                    argrepr = CMP_OP[arg];
                } else if (deop == Opcode.FORMAT_VALUE) {
                    argrepr = FORMAT_CONVERTERS[arg & 3];
                    argval = List.of(argrepr, (arg & 4) != 0);
                    if ((arg & 4) != 0) argrepr = argrepr.isEmpty() ? "with format" : argrepr + ", with format";
                } else if (deop == Opcode.MAKE_FUNCTION) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 4; i++) {
                        if ((arg & (1 << i)) != 0) {
                            if (sb.length() > 0) sb.append(", ");
                            sb.append(MAKE_FUNCTION_FLAGS[i]);
                        }
                    }
                    argrepr = sb.toString();
                } else if (deop == Opcode.BINARY_OP) {
                    argrepr = NB_OPS[arg];
                }
            }
            out.add(new Instruction(Opcode.name(op), op, hasArg ? arg : null, argval, argrepr, offset,
                    linestarts.get(offset), labels.contains(offset), pos));
            int caches = Opcode.exists(deop) ? Opcode.caches(deop) : 0;
            if (caches == 0) continue;
            if (!showCaches) {
                posIndex += caches;
                continue;
            }
            for (Map.Entry<String, Integer> f : Opcode.cacheFormat(deop).entrySet()) {
                int size = f.getValue();
                for (int i = 0; i < size; i++) {
                    offset += 2;
                    String cacheRepr = "";
                    // Only quickened instructions show their cache values, on each field's first entry.
                    if (i == 0 && op != deop) {
                        long v = 0;
                        for (int b = Math.min(offset + 2 * size, code.length) - 1; b >= offset; b--) {
                            v = (v << 8) | (code[b] & 0xff);
                        }
                        cacheRepr = f.getKey() + ": " + Long.toUnsignedString(v);
                    }
                    LocationTable.Position cp = posIndex < positions.size() ? positions.get(posIndex) : LocationTable.Position.NONE;
                    posIndex++;
                    out.add(new Instruction("CACHE", Opcode.CACHE, 0, null, cacheRepr, offset, null, false, cp));
                }
            }
        }
        return out;
    }

    /**
     * The structured form of {@code dis.dis(co)} for renderers (the kernel's {@code %dis}):
     * per code object its header ("Disassembly of ..." repr), its instructions, its exception
     * table and the listings of the code objects in its constants, in dis's order.
     */
    public record Listing(CodeUnit code, String header, List<Instruction> instructions,
                          List<ExceptionTable.Entry> exceptionTable, List<Listing> children) {}

    /** {@link Listing} of {@code co} and its nested code objects ({@code code} may be a quickened copy). */
    public static Listing listing(CodeUnit co, byte[] code, boolean showCaches) {
        List<Listing> children = new ArrayList<>();
        for (Object c : co.consts) {
            if (c instanceof CodeUnit inner) children.add(listing(inner, inner.code, showCaches));
        }
        return new Listing(co, co.repr(), instructions(co, code, showCaches), co.exceptionEntries(), children);
    }

    /** {@code dis.disassemble(co)}: one code object, no recursion; {@code lasti} marks "-->". */
    public static String disassemble(CodeUnit co, byte[] code, int lasti, boolean showCaches) {
        StringBuilder sb = new StringBuilder();
        List<int[]> starts = LocationTable.lineStarts(co.linetable, co.firstlineno);
        int linenoWidth = 0;
        if (!starts.isEmpty()) {
            int maxLine = 0;
            for (int[] s : starts) maxLine = Math.max(maxLine, s[1]);
            linenoWidth = maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        }
        int maxOffset = code.length - 2;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;
        for (Instruction ins : instructions(co, code, showCaches)) {
            if (linenoWidth > 0 && ins.startsLine() != null && ins.offset() > 0) sb.append('\n');
            sb.append(ins.format(linenoWidth, ins.offset() == lasti, offsetWidth)).append('\n');
        }
        List<ExceptionTable.Entry> entries = co.exceptionEntries();
        if (!entries.isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : entries) {
                sb.append("  ").append(e.start()).append(" to ").append(e.end() - 2).append(" -> ")
                        .append(e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code dis.dis(co)}: the code object, then each nested code object in co_consts. */
    public static String dis(CodeUnit co, boolean showCaches) {
        StringBuilder sb = new StringBuilder();
        disRecursive(co, sb, showCaches);
        return sb.toString();
    }

    private static void disRecursive(CodeUnit co, StringBuilder sb, boolean showCaches) {
        sb.append(disassemble(co, co.code, -1, showCaches));
        for (Object c : co.consts) {
            if (c instanceof CodeUnit inner) {
                sb.append('\n').append("Disassembly of ").append(inner.repr()).append(":\n");
                disRecursive(inner, sb, showCaches);
            }
        }
    }

    private static final String[] FLAG_NAMES = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
            "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};

    /** {@code dis.pretty_flags}. */
    public static String prettyFlags(int flags) {
        StringBuilder sb = new StringBuilder();
        int rest = flags;
        boolean done = false;
        for (int i = 0; i < 32; i++) {
            int flag = 1 << i;
            if ((rest & flag) != 0) {
                if (sb.length() > 0) sb.append(", ");
                sb.append(i < FLAG_NAMES.length ? FLAG_NAMES[i] : "0x" + Integer.toHexString(flag));
                rest ^= flag;
                if (rest == 0) {
                    done = true;
                    break;
                }
            }
        }
        if (!done) {
            if (sb.length() > 0) sb.append(", ");
            sb.append("0x").append(Integer.toHexString(rest));
        }
        return sb.toString();
    }

    /** {@code dis.code_info(co)} (what {@code dis.show_code} prints, without the final newline). */
    public static String codeInfo(CodeUnit co) {
        StringBuilder sb = new StringBuilder();
        sb.append("Name:              ").append(co.name).append('\n');
        sb.append("Filename:          ").append(co.filename).append('\n');
        sb.append("Argument count:    ").append(co.argcount).append('\n');
        sb.append("Positional-only arguments: ").append(co.posonlyargcount).append('\n');
        sb.append("Kw-only arguments: ").append(co.kwonlyargcount).append('\n');
        sb.append("Number of locals:  ").append(co.nlocals()).append('\n');
        sb.append("Stack size:        ").append(co.stacksize).append('\n');
        sb.append("Flags:             ").append(prettyFlags(co.flags));
        if (co.consts.length > 0) {
            sb.append("\nConstants:");
            for (int i = 0; i < co.consts.length; i++) sb.append('\n').append(pad(Integer.toString(i), 4, true)).append(": ").append(ConstRepr.repr(co.consts[i]));
        }
        section(sb, "Names:", co.names);
        section(sb, "Variable names:", co.varnames());
        section(sb, "Free variables:", co.freevars());
        section(sb, "Cell variables:", co.cellvars());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, String[] items) {
        if (items.length == 0) return;
        sb.append('\n').append(title);
        for (int i = 0; i < items.length; i++) sb.append('\n').append(pad(Integer.toString(i), 4, true)).append(": ").append(items[i]);
    }
}
