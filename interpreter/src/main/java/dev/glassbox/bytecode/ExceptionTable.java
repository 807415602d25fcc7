package dev.glassbox.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3.11 zero-cost exception table ({@code co_exceptiontable}), per CPython's
 * Objects/exception_handling_notes.txt: each entry is (start, size, target, depth&lt;&lt;1|lasti),
 * offsets in code units, each value a big-endian varint of 6-bit chunks with bit 6 meaning
 * "more follows"; the first byte of an entry also has bit 7 set, so the table can be
 * binary-searched.
 */
public final class ExceptionTable {
    private ExceptionTable() {}

    /**
     * One handler range. {@code start} and {@code end} (exclusive) and {@code target} are byte
     * offsets (as {@code dis} shows them); {@code depth} is the stack depth to unwind to;
     * {@code lasti} says whether the offset of the raising instruction is pushed too.
     */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    /** Encodes entries (compile.c assemble_emit_exception_table_entry). */
    public static byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            varint(out, e.start / 2, 0x80);
            varint(out, (e.end - e.start) / 2, 0);
            varint(out, e.target / 2, 0);
            varint(out, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
        }
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, int v, int msb) {
        int shift = 0;
        while ((v >>> shift) >= 64 && shift < 30) shift += 6;
        // Most significant chunk first; every chunk but the last has bit 6 set.
        for (; shift > 0; shift -= 6) {
            out.write(msb | 0x40 | ((v >>> shift) & 63));
            msb = 0;
        }
        out.write(msb | (v & 63));
    }

    /** Decodes a table (dis._parse_exception_table). */
    public static List<Entry> decode(byte[] table) {
        List<Entry> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = read(table, pos) * 2;
            int length = read(table, pos) * 2;
            int target = read(table, pos) * 2;
            int dl = read(table, pos);
            out.add(new Entry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private static int read(byte[] t, int[] pos) {
        int b = t[pos[0]++] & 0xff;
        int val = b & 63;
        while ((b & 64) != 0) {
            b = t[pos[0]++] & 0xff;
            val = (val << 6) | (b & 63);
        }
        return val;
    }

    /** The handler for the instruction at byte {@code offset}, or null (ceval get_exception_handler). */
    public static Entry find(List<Entry> entries, int offset) {
        for (Entry e : entries) {
            if (offset >= e.start && offset < e.end) return e;
        }
        return null;
    }
}
